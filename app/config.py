"""The TOML config file: every option declared once, validated whole at start.

One file provisions many classroom PCs. A mistake is reported with the file, the line, the key
and what was expected (protocol/settings_file.py reads it); the file itself is never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.config_values import (
    parse_camera,
    parse_language,
    parse_minutes,
    parse_path,
    parse_pin_hash,
    parse_rate,
    parse_role,
    parse_size,
    parse_stun,
    parse_text,
    parse_turn,
    parse_url,
    parse_window,
)
from app.errors import ConfigError
from protocol import settings_file
from protocol.settings_file import SettingsFileError, Wording, nearest, read_sections, setting

translate = QCoreApplication.translate

APP_NAME = "oo-classroom"


def option(default: Any, parse: Callable[[Any], Any], title: object, secret: bool = False) -> Any:
    """Declare an option: its default, its parser, a translatable title for the setup screen,
    and whether it holds a secret (never echoed in messages or logs)."""
    return setting(default, parse=parse, secret=secret, title=title)


@dataclass(frozen=True)
class HubConnection:
    """Which hub this PC talks to, and as whom."""

    url: str = option("", parse_url, QT_TRANSLATE_NOOP("config", "Hub address"))
    """Base address of the hub, for example http://hub.school.example:8750."""
    token: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Enrolment token"), secret=True)
    """This PC's bearer token, from `oo-hub token`. A secret: never logged or shown whole."""


@dataclass(frozen=True)
class NetworkSettings:
    """How live lessons and the hub are reached through the school's network."""

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
    """Where this PC keeps its data, and how much video it may hold."""

    data_dir: Path = option(
        platformdirs.user_data_path(APP_NAME), parse_path, QT_TRANSLATE_NOOP("config", "Data folder")
    )
    """Where classroom.db (quiz answers, settings) and cache.db (lesson videos) live."""
    quota: int = option(20 * 1000**3, parse_size, QT_TRANSLATE_NOOP("config", "Video storage limit"))
    """Bytes the video cache may use."""


@dataclass(frozen=True)
class DownloadSettings:
    """When and how fast lesson videos download."""

    bandwidth_cap: int = option(0, parse_rate, QT_TRANSLATE_NOOP("config", "Download speed limit"))
    """Bytes per second for video downloads; 0 for no cap."""
    window: str = option("", parse_window, QT_TRANSLATE_NOOP("config", "Download hours"))
    """When videos may download, for example "18:00-07:00"; "" for any time."""


@dataclass(frozen=True)
class UiSettings:
    """How the program looks, which screen it opens on, and who may open the teacher's and IT staff's screens."""

    language: str = option("", parse_language, QT_TRANSLATE_NOOP("config", "Language"))
    """"en", "zh_TW", or "" to follow the system."""
    role: str = option("classroom", parse_role, QT_TRANSLATE_NOOP("config", "This PC is for"))
    """"classroom" (it opens on the lessons) or "teacher" (it opens on the teacher's screen)."""
    pin_hash: str = option("", parse_pin_hash, QT_TRANSLATE_NOOP("config", "Teacher/IT PIN"), secret=True)
    """The salted hash of the PIN a classroom PC asks for before the teacher's and IT staff's screens, from
    `oo-classroom config pin`; "" for none (anyone may open them). A teacher's PC never asks."""
    lock_after_minutes: int = option(3, parse_minutes, QT_TRANSLATE_NOOP("config", "Lock again after (minutes)"))
    """Minutes without a key or a mouse move after which an unlocked classroom PC locks again."""


@dataclass(frozen=True)
class DeviceSettings:
    """The camera, microphone and speakers of live lessons."""

    camera: int | str = option(0, parse_camera, QT_TRANSLATE_NOOP("config", "Camera"))
    """Camera number, or a video file played as a camera."""
    microphone: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Microphone"))
    """Input device name; "" for the system default."""
    speakers: str = option("", parse_text, QT_TRANSLATE_NOOP("config", "Speakers"))
    """Output device name; "" for the system default."""


@dataclass(frozen=True)
class Config:
    """The validated settings of this PC."""

    hub: HubConnection = HubConnection()
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
SECTIONS: dict[str, type] = {f.name: globals()[str(f.type)] for f in fields(Config) if str(f.type) in globals()}


def _wording() -> Wording:
    """The mistakes of a config file in the user's language (asked when needed: the language is set at start)."""
    in_key = translate("config", "[{section}] {key}: {problem}")
    in_section = translate("config", "[{section}]: {problem}")
    unknown_section = in_section.replace("{problem}", translate("config", "unknown section; known sections: {names}"))
    unknown_key = in_key.replace("{problem}", translate("config", "unknown key; known keys: {names}"))
    return Wording(
        line=translate("config", "line {line}"),
        at_line=translate("config", "{path}, {line}: {problem}"),
        in_file=translate("config", "{path}, {problem}"),
        in_key=in_key,
        cannot_read=translate("config", "Cannot read the config file {path}: {error}"),
        not_toml=translate(
            "config",
            "{path}: this is not valid TOML: {error}. Fix that line; text values need quotes,"
            ' like url = "http://hub:8750".',
        ),
        unknown_section=unknown_section,
        unknown_section_hint=in_section.replace(
            "{problem}", translate("config", "unknown section; did you mean {hint}?")
        ),
        not_a_section=in_section.replace(
            "{problem}", translate("config", "expected a section [{name}] with keys under it")
        ).replace("{name}", "{section}"),
        unknown_key=unknown_key,
        unknown_key_hint=in_key.replace("{problem}", translate("config", "unknown key; did you mean {hint}?")),
        found=translate("config", "{problem} (found {value!r})"),
        comma=translate("config", ", "),
    )


def parse_value(section: str, key: str, value: Any) -> Any:
    """One setting as written in a file (or typed on the setup screen), validated and typed.

    ValueError says what was expected, and what was found unless the setting is a secret.
    """
    known = {f.name: f for f in fields(SECTIONS[section])}
    if key not in known:
        raise ValueError(
            nearest(
                key,
                list(known),
                translate("config", "unknown key; did you mean {hint}?"),
                translate("config", "unknown key; known keys: {names}"),
                translate("config", ", "),
            )
        )
    return settings_file.parse_value(known[key], value, _wording())


def _read(path: Path) -> dict[str, dict[str, Any]]:
    try:
        return read_sections(path, SECTIONS, _wording())
    except SettingsFileError as e:
        raise ConfigError(str(e)) from e


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
