"""How a setting may be written: each parser takes a TOML value and returns it typed, or raises
ValueError saying what was expected; and the way sizes and rates are written back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.pin import well_formed

translate = QCoreApplication.translate

LANGUAGES = ("en", "zh_TW")
ROLES = ("classroom", "teacher")
_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "tb": 1000**4,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
    "tib": 1024**4,
}
_RATE_UNITS = {"bit/s": 1 / 8, "kbit/s": 1000 / 8, "mbit/s": 1000**2 / 8, "b/s": 1, "kb/s": 1000, "mb/s": 1000**2}


# parsers: take the TOML value, return the typed value or raise ValueError("expected ...")


def parse_text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(translate("config", "expected text in quotes"))
    return value


def parse_url(value: Any) -> str:
    text = parse_text(value).strip().rstrip("/")
    parts = urlsplit(text)
    if text and (parts.scheme not in ("http", "https") or not parts.hostname):
        raise ValueError(translate("config", 'expected an address like "http://hub.school.example:8750"'))
    return text


def parse_size(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", value) if isinstance(value, str) else None
    if match is None or match.group(2).lower() not in _UNITS:
        raise ValueError(translate("config", 'expected a size like "20 GB" or "500 MB", or a number of bytes'))
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def parse_rate(value: Any) -> int:
    """Bytes per second; 0 means no cap."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip() == "0":
        return 0
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z/]+)\s*", value) if isinstance(value, str) else None
    if match is None or match.group(2).lower() not in _RATE_UNITS:
        raise ValueError(translate("config", 'expected a rate like "2 Mbit/s" or "500 kbit/s", or 0 for no cap'))
    return int(float(match.group(1)) * _RATE_UNITS[match.group(2).lower()])


def parse_window(value: Any) -> str:
    text = parse_text(value).strip()
    times = r"([01]\d|2[0-3]):[0-5]\d"
    if text and not re.fullmatch(f"{times}-{times}", text):
        raise ValueError(translate("config", 'expected a time window like "18:00-07:00", or "" for any time'))
    return text


def parse_language(value: Any) -> str:
    text = parse_text(value)
    if text not in ("", *LANGUAGES):
        raise ValueError(translate("config", 'expected "en", "zh_TW", or "" for the system language'))
    return text


def parse_role(value: Any) -> str:
    text = parse_text(value)
    if text not in ROLES:
        raise ValueError(translate("config", 'expected "classroom" or "teacher"'))
    return text


def parse_pin_hash(value: Any) -> str:
    """The teacher/IT PIN's salted hash; "" for no PIN."""
    text = parse_text(value).strip()
    if text and not well_formed(text):
        raise ValueError(
            translate(
                "config",
                'expected "" (no PIN) or the line `oo-classroom config pin` prints, like'
                ' pin_hash = "pbkdf2_sha256$600000$…"; never the PIN itself',
            )
        )
    return text


def parse_minutes(value: Any) -> int:
    """A whole number of minutes, at least 1 (also as text, as the setup screen gives it)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(translate("config", "expected a whole number of minutes, 1 or more, like 3"))
    return value


def parse_stun(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.startswith("stun:") for v in value):
        raise ValueError(translate("config", 'expected a list like ["stun:stun.school.example:3478"]'))
    return tuple(value)


def parse_turn(value: Any) -> tuple[dict[str, str], ...]:
    ok = isinstance(value, list) and all(
        isinstance(v, dict)
        and set(v) == {"url", "username", "password"}
        and all(isinstance(x, str) for x in v.values())
        and v["url"].startswith(("turn:", "turns:"))
        for v in value
    )
    if not ok:
        raise ValueError(
            translate("config", 'expected a list of {url = "turn:host:3478", username = "...", password = "..."}')
        )
    return tuple(value)


def parse_camera(value: Any) -> int | str:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value:
        return value
    raise ValueError(translate("config", "expected a camera number (0 for the first camera) or a video file path"))


def parse_path(value: Any) -> Path:
    return Path(parse_text(value)).expanduser()


def size_setting(size: int) -> str:
    """A byte count as a settings file writes it ("20 GB"), which parse_size reads back."""
    for unit in ("tb", "gb", "mb", "kb", "tib", "gib", "mib", "kib"):
        if size and size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]} {unit.upper().replace('I', 'i').replace('KB', 'kB')}"
    return str(size)


def rate_setting(rate: int) -> str:
    """Bytes per second as a settings file writes them ("2 Mbit/s"), which parse_rate reads back."""
    bits = rate * 8
    for unit, factor in (("Mbit/s", 1000**2), ("kbit/s", 1000)):
        if bits and bits % factor == 0:
            return f"{bits // factor} {unit}"
    return f"{bits} bit/s" if bits else "0"


def masked(secret: str) -> str:
    """Enough of a secret to tell two apart, never enough to use it."""
    return "•" * 8 + secret[-4:] if len(secret) > 8 else "•" * len(secret)
