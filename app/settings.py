"""Settings changed on the IT setup screen: this PC's own file, on top of the provisioned one.

One provisioned file serves many PCs and is never written. This PC's file holds only the settings
that differ from it, as they were typed, and is replaced whole and atomically on every save.
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.config import APP_NAME, Config, load, parse_value
from app.errors import ConfigError

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

HEADER = (
    "# Settings changed on this PC in O&O Classroom's IT setup screen. They take precedence over\n"
    "# {source}.\n# Delete this file to go back to those.\n\n"
)


def default_config_path() -> Path:
    """The provisioned file used when no --config is given (if it exists)."""
    return platformdirs.user_config_path(APP_NAME) / f"{APP_NAME}.toml"


def overrides_path() -> Path:
    """This PC's own settings file."""
    return platformdirs.user_config_path(APP_NAME) / "this-pc.toml"


def toml_text(values: dict[str, dict[str, Any]]) -> str:
    """Settings as TOML: text, whole numbers, lists of text, and lists of tables ([[network.turn]])."""
    lines: list[str] = []
    for section, items in values.items():
        tables = {
            key: value
            for key, value in items.items()
            if isinstance(value, list) and value and isinstance(value[0], dict)
        }
        lines.append(f"[{section}]")
        lines += [f"{key} = {_value(value)}" for key, value in items.items() if key not in tables]
        for key, rows in tables.items():
            for row in rows:
                lines.append(f"[[{section}.{key}]]")
                lines += [f"{name} = {_value(item)}" for name, item in row.items()]
        lines.append("")
    return "\n".join(lines)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):  # JSON's escapes are TOML's, but for DEL, which TOML wants escaped
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")


class Settings(QObject):
    """The provisioned file and this PC's overrides. Must be used in the Qt thread."""

    saved = Signal()
    """This PC's file was written or removed; the new settings apply from the next start."""

    def __init__(self, provisioned: Path | None, overrides: Path) -> None:
        super().__init__()
        self.provisioned = provisioned
        self.overrides = overrides

    def load(self) -> Config:
        """The effective settings; ConfigError lists the mistakes of either file."""
        return load(self.provisioned, self.overrides)

    def has_own(self) -> bool:
        """Whether this PC has settings of its own (its file exists)."""
        return self.overrides.exists()

    def save(self, changes: dict[str, dict[str, Any]]) -> None:
        """Keep the changed settings (as typed) in this PC's file; a value equal to the provisioned
        one drops its override. Nothing is written unless every change is valid: ConfigError says
        "[section] key: what was expected" for each one that is not, or why the file cannot be written.
        """
        base = load(self.provisioned)
        kept = self._written()
        problems = []
        for section, values in changes.items():
            for key, value in values.items():
                try:
                    parsed = parse_value(section, key, value)
                except ValueError as e:
                    in_key = QCoreApplication.translate("config", "[{section}] {key}: {problem}")
                    problems.append(in_key.format(section=section, key=key, problem=e))
                    continue
                if parsed == getattr(getattr(base, section), key):
                    kept.get(section, {}).pop(key, None)
                else:
                    kept.setdefault(section, {})[key] = list(value) if isinstance(value, tuple) else value
        if problems:
            raise ConfigError("\n".join(problems))
        kept = {section: values for section, values in kept.items() if values}
        self._write(toml_text(kept) if kept else None)
        logger.info("settings of this PC saved: %s", ", ".join(f"[{s}] {k}" for s in kept for k in kept[s]) or "none")
        self.saved.emit()

    def forget(self) -> None:
        """Back to the provisioned settings: this PC's file goes."""
        self._write(None)
        logger.info("settings of this PC removed")
        self.saved.emit()

    def _written(self) -> dict[str, dict[str, Any]]:
        try:
            return tomllib.loads(self.overrides.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(
                translate("settings", "Cannot read this PC's settings file {path}: {error}").format(
                    path=self.overrides, error=e
                )
            ) from e

    def _write(self, text: str | None) -> None:
        header = HEADER.format(source=self.provisioned or "the built-in defaults")
        temporary = self.overrides.with_name(self.overrides.name + ".new")
        try:
            if text is None:
                self.overrides.unlink(missing_ok=True)
                return
            self.overrides.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "w", encoding="utf-8") as file:
                file.write(header + text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.overrides)
        except OSError as e:
            temporary.unlink(missing_ok=True)
            raise ConfigError(
                translate(
                    "settings",
                    "Could not save the settings in {path}: {error}. Nothing was changed; check that the disk"
                    " has room and that the folder can be written.",
                ).format(path=self.overrides, error=e.strerror or e)
            ) from e
