"""The first start on a PC that nobody set up: what the short guide asks, and keeping the answers.

A PC given a provisioned settings file (--config, or the default file) never sees the guide; nor
does one whose settings were changed on IT setup, nor the demo.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.config import load
from app.errors import ConfigError
from app.settings import Settings, default_config_path

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)


@dataclass
class FirstRunAnswers:
    """What the guide found out."""

    role: str = "classroom"
    """"classroom" or "teacher"."""
    provisioning: Path | None = None
    """A settings file from the IT staff, used instead of url and token."""
    url: str = ""
    """The hub's address typed in ("" to set it up later)."""
    token: str = ""
    """This PC's token typed in."""
    devices: dict[str, Any] = field(default_factory=dict)
    """The camera, microphone and speakers picked while testing them."""


def needs_guide(settings: Settings) -> bool:
    return settings.provisioned is None and not settings.overrides.exists()


def keep(settings: Settings, answers: FirstRunAnswers) -> Settings:
    """Keep the answers: a provisioning file becomes this user's default settings file, the rest
    goes to this PC's own file. Returns the settings to start with; ConfigError when a value is
    wrong or a file cannot be written, and then nothing is kept."""
    provisioned = settings.provisioned
    if answers.provisioning is not None:
        load(answers.provisioning)  # ConfigError names every mistake with its line
        provisioned = default_config_path()
    kept = Settings(provisioned, settings.overrides)
    changes: dict[str, dict[str, Any]] = {"ui": {"role": answers.role}}
    if answers.provisioning is None and (answers.url or answers.token):
        changes["hub"] = {"url": answers.url, "token": answers.token}
    if answers.devices:
        changes["devices"] = answers.devices
    copied = provisioned is not None and provisioned != settings.provisioned
    if copied:
        assert provisioned is not None and answers.provisioning is not None
        try:
            provisioned.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(answers.provisioning, provisioned)
        except OSError as e:
            raise ConfigError(
                translate("first run", "Could not copy {file} to {path}: {error}").format(
                    file=answers.provisioning, path=provisioned, error=e.strerror or e
                )
            ) from e
    try:
        kept.save(changes)
    except ConfigError:
        if copied:
            assert provisioned is not None
            provisioned.unlink(missing_ok=True)
        raise
    if copied:
        logger.info("provisioned from %s (copied to %s)", answers.provisioning, provisioned)
    return kept
