"""The hub's settings file (`oo-hub --config hub.toml`): the engines a district runs at scale.

Every section is optional. Without the file the hub is its embedded default: SQLite in the
data folder, video files served by the hub, live media in a star around the teacher's PC and
no TURN credentials. Every mistake is reported with the file, the line, the key and what was
expected (protocol/settings_file.py reads it, as it reads the client's); the hub then does not start.

    [store]
    db = "postgresql://oo_hub@db.district.example/oo_hub"  # default: hub.db in the data folder

    [videos]                      # nginx serves the data folder's videos/ with secure_link
    url = "https://videos.district.example/lessons/"
    secret = "..."                # nginx's secure_link_md5 secret
    link_seconds = 600            # how long a signed link may start a download

    [turn]                        # coturn with use-auth-secret
    urls = ["turn:turn.district.example:3478?transport=udp"]
    secret = "..."                # coturn's static-auth-secret
    credential_seconds = 43200

    [janus]                       # Janus VideoRoom as the lesson's SFU
    url = "http://janus.district.example:8088/janus"
    admin_key = "..."             # the VideoRoom plugin's admin_key (creates rooms)
    token_secret = "..."          # janus.jcfg's token_auth_secret (signs clients' tokens)
    client_url = "https://janus.district.example/janus"  # as clients reach it (default: url)

    [limits]                      # what one address or one slow peer may cost the hub (docs/deploy.md)
    failed_tokens = 30            # bad tokens an address may send per window before 429
    failed_joins = 10             # wrong join codes a PC (address and token) may send per window
    window_seconds = 60
    idle_seconds = 30             # an HTTP connection without a whole request for this long is closed
    join_seconds = 60             # a live socket not in a lesson this long after it opened is closed
    send_seconds = 10             # a live peer that takes longer to take one message is disconnected
    send_queue = 256              # messages waiting for one live peer; one more disconnects it
    log_seconds = 60              # one log line per address and kind of failure per this long
    trusted_proxies = ["127.0.0.1", "::1"]  # their X-Forwarded-For names the client's address

    [uploads]                     # teachers' and admins' resumable uploads (tus 1.0.0 at /api/v1/uploads)
    max_size = 2147483648         # bytes one upload may have (2 GiB); said before the upload starts
    expire_days = 7               # an unfinished upload without a byte for this long is removed
    keep_originals = false        # true keeps a lesson's uploaded original after its verified transcode
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hub.database import shown_url
from protocol.settings_file import SettingsFileError, Wording, read_sections, setting


class SettingsError(ValueError):
    """The settings file cannot be used; the message says where and what to do."""


def _checked(kind: type, expected: str, extra: Callable[[Any], bool] | None = None) -> Callable[[Any], Any]:
    """A parser: a value of kind (a list: of text, kept as a tuple) that passes extra, else ValueError."""

    def parse(value: Any) -> Any:
        good = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        if good and kind is list:
            good = all(isinstance(v, str) for v in value)
            value = tuple(value)
        if not good or (extra is not None and not extra(value)):
            raise ValueError(f"expected {expected}")
        return value

    return parse


def _option(default: Any, kind: type, expected: str, extra: Callable[[Any], bool] | None = None, **more: Any) -> Any:
    return setting(default, parse=_checked(kind, expected, extra), expected=expected, **more)


def _http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _networks(values: tuple[str, ...]) -> bool:
    try:
        for value in values:
            ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False
    return True


def _at_least(least: int) -> Callable[[Any], bool]:
    return lambda v: v >= least


def _db_url(value: Any) -> str:
    """ "" or a usable postgresql:// URL; a wrong one is named without its password."""
    url = _checked(str, 'a URL like "postgresql://user@host/dbname"')(value)
    if not url:
        return ""
    from psycopg import ProgrammingError  # only when a database is set: it takes ~0.1 s to import
    from psycopg.conninfo import conninfo_to_dict

    shown = shown_url(url)
    if urlsplit(url).scheme not in ("postgresql", "postgres"):
        raise ValueError(f"expected a postgresql:// URL, not {shown!r}")
    try:
        conninfo_to_dict(url)
        _ = urlsplit(url).port  # libpq leaves a bad port until it connects
    except (ValueError, ProgrammingError) as e:
        raise ValueError(
            f"{shown!r} is not a usable PostgreSQL URL ({str(e).strip()});"
            ' expected the form "postgresql://user:password@host:5432/dbname"'
        ) from e
    return url


_SECONDS = "a whole number of seconds, {} or more"
_ADDRESS = 'an address like "{}"'


@dataclass(frozen=True)
class StoreSettings:
    """Where the hub keeps its data."""

    db: str = setting("", parse=_db_url, secret=True, expected='a URL like "postgresql://user@host/dbname"')
    """"" for SQLite in the data folder, or a postgresql:// URL."""


@dataclass(frozen=True)
class VideoServer:
    """A web server (nginx) that serves the videos with signed links."""

    url: str = _option(MISSING, str, _ADDRESS.format("https://videos.example/lessons/"), _http_url)
    """Base URL under which the web server serves the data folder's videos/ (ends with /)."""
    # it sits in quotes in nginx.conf, where $ starts a variable: a mismatch nginx would never report
    secret: str = _option(
        MISSING,
        str,
        "the secret nginx's secure_link_md5 uses: letters, digits, - and _ (openssl rand -hex 32)",
        lambda v: re.fullmatch(r"[A-Za-z0-9_-]+", v) is not None,
        secret=True,
    )
    """nginx's secure_link_md5 secret (deploy/nginx-videos.conf); signs the links the hub hands out."""
    link_seconds: int = _option(600, int, _SECONDS.format(10), _at_least(10))
    """How long a signed link may start a download; a download running longer is not cut."""


@dataclass(frozen=True)
class TurnServer:
    """coturn with use-auth-secret: the hub hands out short-lived credentials."""

    urls: tuple[str, ...] = _option(
        MISSING,
        list,
        'a list like ["turn:turn.example:3478?transport=udp"]',
        lambda v: bool(v) and all(u.startswith(("turn:", "turns:")) for u in v),
    )
    secret: str = _option(MISSING, str, "coturn's static-auth-secret, in quotes", bool, secret=True)
    credential_seconds: int = _option(43200, int, _SECONDS.format(60), _at_least(60))


@dataclass(frozen=True)
class JanusServer:
    """Janus VideoRoom as the lessons' SFU."""

    url: str = _option(MISSING, str, _ADDRESS.format("http://janus.example:8088/janus"), _http_url)
    """Janus's HTTP API as the hub reaches it, for example http://janus.example:8088/janus."""
    admin_key: str = _option(MISSING, str, "the VideoRoom plugin's admin_key, in quotes", bool, secret=True)
    token_secret: str = _option(MISSING, str, "janus.jcfg's token_auth_secret, in quotes", bool, secret=True)
    client_url: str = _option("", str, _ADDRESS.format("https://janus.example/janus"), _http_url)
    """Janus's HTTP API as the clients reach it, if not at url (behind nginx, a public name)."""


_WHOLE = "a whole number, 1 or more"


@dataclass(frozen=True)
class Limits:
    """What one address, or one slow live peer, may cost the hub; only failures count against an address."""

    failed_tokens: int = _option(30, int, _WHOLE, _at_least(1))
    """Requests with a bad token one address may send per window; more get 429 with Retry-After (good tokens pass)."""
    failed_joins: int = _option(10, int, _WHOLE, _at_least(1))
    """Joins with a wrong code one PC (its address and token) may send per window; then its joins wait."""
    window_seconds: int = _option(60, int, _SECONDS.format(1), _at_least(1))
    """The window the failure budgets count in."""
    idle_seconds: int = _option(30, int, _SECONDS.format(1), _at_least(1))
    """An HTTP connection that has no whole request this long after it opened or its last answer is closed:
    idle keep-alive connections and headers sent a byte at a time (slowloris) alike."""
    join_seconds: int = _option(60, int, _SECONDS.format(1), _at_least(1))
    """A live socket that has not started or joined a lesson this long after it opened is closed."""
    send_seconds: int = _option(10, int, _SECONDS.format(1), _at_least(1))
    """A live peer whose socket takes longer than this to take one message is disconnected."""
    send_queue: int = _option(256, int, "a whole number of messages, 16 or more", _at_least(16))
    """Messages that may wait for one live peer; one more disconnects it (it comes back by itself)."""
    log_seconds: int = _option(60, int, _SECONDS.format(1), _at_least(1))
    """Repeated failures from one address are logged once per this long, with how many were left out."""
    trusted_proxies: tuple[str, ...] = _option(
        ("127.0.0.1", "::1"), list, 'a list of addresses or networks like ["127.0.0.1", "10.0.0.0/8"]', _networks
    )
    """Addresses (or networks) of proxies in front of the hub: for their requests the last X-Forwarded-For
    address is the client's. nginx on the hub's machine is on loopback."""


@dataclass(frozen=True)
class UploadSettings:
    """Resumable uploads of lesson videos."""

    max_size: int = _option(2 * 1024**3, int, "a whole number of bytes, 1 or more", _at_least(1))
    """The largest upload the hub takes, in bytes; OPTIONS says it (Tus-Max-Size) and POST refuses a larger one."""
    expire_days: int = _option(7, int, "a whole number of days, 1 or more", _at_least(1))
    """An unfinished upload that has had no byte for this many days is removed (its teacher starts again)."""
    keep_originals: bool = _option(False, bool, "true or false")
    """Keep a lesson's uploaded original in uploads/ after its transcode was verified (default: remove it)."""


@dataclass(frozen=True)
class HubServerSettings:
    """The engines this hub uses; a section not in the file is the embedded default (or none)."""

    store: StoreSettings = field(default_factory=StoreSettings)
    videos: VideoServer | None = None
    turn: TurnServer | None = None
    janus: JanusServer | None = None
    limits: Limits = field(default_factory=Limits)
    uploads: UploadSettings = field(default_factory=UploadSettings)


_SECTIONS: dict[str, type] = {
    "store": StoreSettings,
    "videos": VideoServer,
    "turn": TurnServer,
    "janus": JanusServer,
    "limits": Limits,
    "uploads": UploadSettings,
}


def load_hub_settings(path: Path | None, db: str | None = None) -> HubServerSettings:
    """The settings in path (None: the defaults), with --db put over [store] db.

    Raises SettingsError listing every mistake with its file and line.
    """
    try:
        read = read_sections(path, _SECTIONS, Wording()) if path is not None else {}
    except SettingsFileError as e:
        raise SettingsError(str(e)) from e
    sections = {name: _SECTIONS[name](**values) for name, values in read.items()}
    if db is not None:
        try:
            sections["store"] = StoreSettings(db=_db_url(db))
        except ValueError as e:
            raise SettingsError(f"--db: {e}") from e
    return HubServerSettings(**sections)
