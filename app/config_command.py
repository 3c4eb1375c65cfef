"""`oo-classroom config check FILE` and `oo-classroom config example`, for IT staff."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.config import load
from app.errors import ConfigError

translate = QCoreApplication.translate


def example() -> str:
    """A commented settings file with every key (it is checked against the options by a test)."""
    return resources.files("resources").joinpath("example.toml").read_text(encoding="utf-8")


def check(path: Path) -> int:
    """Validate a file without starting anything; 0 when it can be used, 2 when it has mistakes."""
    try:
        load(path)
    except ConfigError as e:
        print(e, file=sys.stderr)
        return 2
    print(translate("config", "{path}: no mistakes found.").format(path=path))
    return 0
