"""The TOML config file: every option declared once, validated whole at start.

One file provisions many classroom PCs. A mistake is reported with the file, the line, the key
and what was expected; the file itself is never rewritten.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import ConfigError

translate = QCoreApplication.translate

APP_NAME = "oo-classroom"
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


def option(default: Any, parse: Callable[[Any], Any], title: object, secret: bool = False) -> Any:
    """Declare an option: its default, its parser, a translatable title for the setup screen,
    and whether it holds a secret (never echoed in messages or logs)."""
    return field(default=default, metadata={"parse": parse, "title": title, "secret": secret})


@dataclass(frozen=True)
class HubSettings:
    url: str = option("", parse_url, QT_TRANSLATE_NOOP("config", "Hub address"))
    """Base address of the hub, for example http://hub.school.example:8750."""
    token: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Enrolment token"), secret=True)
    """This PC's bearer token, from `oo-hub token`. A secret: never logged or shown whole."""


@dataclass(frozen=True)
class NetworkSettings:
    stun: tuple[str, ...] = option((), parse_stun, QT_TRANSLATE_NOOP("config", "STUN servers"))
    """STUN servers for live lessons."""
    turn: tuple[dict[str, str], ...] = option((), parse_turn, QT_TRANSLATE_NOOP("config", "TURN servers"), secret=True)
    """TURN relays with their credentials, for links that block UDP."""
    proxy: str = option("", parse_url, QT_TRANSLATE_NOOP("config", "HTTP proxy"))
    """Proxy for the hub and downloads; "" for none."""
    live_cap: int = option(0, parse_rate, QT_TRANSLATE_NOOP("config", "Live lesson speed limit"))
    """Bytes per second each live link may send (its picture gets smaller first, then goes); 0 for no cap."""


@dataclass(frozen=True)
class StorageSettings:
    data_dir: Path = option(
        platformdirs.user_data_path(APP_NAME), parse_path, QT_TRANSLATE_NOOP("config", "Data folder")
    )
    """Where classroom.db (quiz answers, settings) and cache.db (lesson videos) live."""
    quota: int = option(20 * 1000**3, parse_size, QT_TRANSLATE_NOOP("config", "Video storage limit"))
    """Bytes the video cache may use."""


@dataclass(frozen=True)
class DownloadSettings:
    bandwidth_cap: int = option(0, parse_rate, QT_TRANSLATE_NOOP("config", "Download speed limit"))
    """Bytes per second for video downloads; 0 for no cap."""
    window: str = option("", parse_window, QT_TRANSLATE_NOOP("config", "Download hours"))
    """When videos may download, for example "18:00-07:00"; "" for any time."""


@dataclass(frozen=True)
class UiSettings:
    language: str = option("", parse_language, QT_TRANSLATE_NOOP("config", "Language"))
    """"en", "zh_TW", or "" to follow the system."""
    role: str = option("classroom", parse_role, QT_TRANSLATE_NOOP("config", "This PC is for"))
    """"classroom" (it opens on the lessons) or "teacher" (it opens on the teacher's screen)."""


@dataclass(frozen=True)
class DeviceSettings:
    camera: int | str = option(0, parse_camera, QT_TRANSLATE_NOOP("config", "Camera"))
    """Camera number, or a video file played as a camera."""
    microphone: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Microphone"))
    """Input device name; "" for the system default."""
    speakers: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Speakers"))
    """Output device name; "" for the system default."""


@dataclass(frozen=True)
class Config:
    """The validated settings of this PC."""

    hub: HubSettings = HubSettings()
    network: NetworkSettings = NetworkSettings()
    storage: StorageSettings = StorageSettings()
    downloads: DownloadSettings = DownloadSettings()
    ui: UiSettings = UiSettings()
    devices: DeviceSettings = DeviceSettings()
    source: Path | None = None
    """The provisioned file these settings came from; None for the defaults."""
    overrides: Path | None = None
    """This PC's own file of settings changed in IT setup, when it has any."""
    overridden: frozenset[tuple[str, str]] = frozenset()
    """The (section, key) pairs whose value comes from the overrides file."""


# the sections and their settings classes, from Config's fields (annotations are strings here)
SECTIONS: dict[str, type] = {f.name: globals()[str(f.type)] for f in fields(Config) if str(f.type).endswith("Settings")}


def line_of(text: str, section: str, key: str | None = None) -> int | None:
    """The 1-based line where [section] key (or the section header) is written, if it can be found."""
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.fullmatch(r"\[\[?\s*([\w.-]+)\s*\]\]?\s*(#.*)?", stripped)
        if header:
            current, _, table = header.group(1).partition(".")
            if current == section and (key is None or table == key):  # [[network.turn]] is network's turn
                return number
        elif key is not None and current == section and re.match(rf'["\']?{re.escape(key)}["\']?\s*[=.]', stripped):
            return number
    return None


def _unknown(name: str, known: list[str], did_you_mean: str, known_are: str) -> str:
    """A misspelt name gets the nearest known one, anything else the list of known names."""
    hint = difflib.get_close_matches(f"[{name}]" if known[0].startswith("[") else name, known, 1)
    return did_you_mean.format(hint=hint[0]) if hint else known_are.format(names=", ".join(known))


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The validated values of one file, by section; ConfigError lists every mistake with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(
            translate("config", "Cannot read the config file {path}: {error}").format(path=path, error=e)
        ) from e
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            translate(
                "config",
                "{path}: this is not valid TOML: {error}. Fix that line; text values need quotes,"
                ' like url = "http://hub:8750".',
            ).format(path=path, error=e)
        ) from e
    problems: list[str] = []

    def problem(section: str, key: str | None, message: str) -> None:
        line = line_of(text, section, key)
        where = f"{path}, " + (translate("config", "line {line}").format(line=line) + ": " if line else "")
        problems.append(f"{where}[{section}]" + (f" {key}" if key else "") + f": {message}")

    sections: dict[str, dict[str, Any]] = {}
    for name, value in raw.items():
        if name not in SECTIONS:
            problem(
                name,
                None,
                _unknown(
                    name,
                    [f"[{s}]" for s in SECTIONS],
                    translate("config", "unknown section; did you mean {hint}?"),
                    translate("config", "unknown section; known sections: {names}"),
                ),
            )
            continue
        if not isinstance(value, dict):
            problem(name, None, translate("config", "expected a section [{name}] with keys under it").format(name=name))
            continue
        sections[name] = {}
        for key, item in value.items():
            try:
                sections[name][key] = parse_value(name, key, item)
            except ValueError as e:
                problem(name, key, str(e))
    if problems:
        raise ConfigError("\n".join(problems))
    return sections


def parse_value(section: str, key: str, value: Any) -> Any:
    """One setting as written in a file (or typed on the setup screen), validated and typed.

    ValueError says what was expected, and what was found unless the setting is a secret.
    """
    known = {f.name: f for f in fields(SECTIONS[section])}
    if key not in known:
        raise ValueError(
            _unknown(
                key,
                list(known),
                translate("config", "unknown key; did you mean {hint}?"),
                translate("config", "unknown key; known keys: {names}"),
            )
        )
    try:
        return known[key].metadata["parse"](value)
    except ValueError as e:
        if known[key].metadata["secret"]:
            raise
        raise ValueError(f"{e} (" + translate("config", "found {value!r}").format(value=value) + ")") from e


def load(path: Path | None, overrides: Path | None = None) -> Config:
    """The settings of path (None: the built-in defaults) with this PC's overrides on top, when
    that file exists. ConfigError lists every mistake of both files with its line."""
    read: list[dict[str, dict[str, Any]]] = []
    problems: list[str] = []
    for file in (path, overrides if overrides is not None and overrides.exists() else None):
        try:
            read.append(_read(file) if file is not None else {})
        except ConfigError as e:
            problems.append(str(e))
    if problems:
        raise ConfigError("\n".join(problems))
    provisioned, changed = read
    sections = {
        name: replace(settings(), **{**provisioned.get(name, {}), **changed.get(name, {})})
        for name, settings in SECTIONS.items()
    }
    return Config(
        **sections,
        source=path,
        overrides=overrides if changed else None,
        overridden=frozenset((name, key) for name, values in changed.items() for key in values),
    )
