"""`oo-classroom config check FILE`, `config example` and `config pin`, for IT staff."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.config import load
from app.errors import ConfigError
from app.pin import MIN_LENGTH, hash_pin

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


def make_pin(ask: Callable[[str], str] = getpass.getpass) -> int:
    """Ask for the teacher/IT PIN twice without showing it, print the `[ui] pin_hash` line that holds its salted
    hash (the PIN itself goes nowhere); 0 when printed, 1 when the two differ, it is too short or input ended."""
    try:
        pin = ask(
            translate("config", "Teacher/IT PIN (at least {count} characters; not shown): ").format(count=MIN_LENGTH)
        )
        again = ask(translate("config", "The same PIN again: "))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)  # after the prompt the PIN was being typed at
        print(translate("config", "No PIN was made."), file=sys.stderr)
        return 1
    if len(pin) < MIN_LENGTH:
        print(
            translate("config", "The PIN needs at least {count} characters; no PIN was made.").format(count=MIN_LENGTH),
            file=sys.stderr,
        )
        return 1
    if pin != again:
        print(translate("config", "The two PINs differ; no PIN was made. Try again."), file=sys.stderr)
        return 1
    print(
        translate("config", "Put this line under [ui] in the settings file (it holds no PIN, only a salted hash):"),
        file=sys.stderr,
    )
    print(f'pin_hash = "{hash_pin(pin)}"')
    return 0
