"""The hub's settings file (`oo-hub --config hub.toml`): the engines a district runs at scale.

Every section is optional. Without the file the hub is its embedded default: SQLite in the
data folder, video files served by the hub, live media in a star around the teacher's PC and
no TURN credentials. A mistake is reported with the file, the key and what was expected; the
hub then does not start.

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
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hub.database import shown_url


class SettingsError(ValueError):
    """The settings file cannot be used; the message says where and what to do."""


@dataclass(frozen=True)
class StoreSettings:
    db: str = ""
    """"" for SQLite in the data folder, or a postgresql:// URL."""


@dataclass(frozen=True)
class VideoServer:
    url: str
    """Base URL under which the web server serves the data folder's videos/ (ends with /)."""
    secret: str
    """nginx's secure_link_md5 secret (deploy/nginx-videos.conf); signs the links the hub hands out."""
    link_seconds: int = 600
    """How long a signed link may start a download; a download running longer is not cut."""


@dataclass(frozen=True)
class TurnServer:
    urls: tuple[str, ...]
    secret: str
    credential_seconds: int = 43200


@dataclass(frozen=True)
class JanusServer:
    url: str
    """Janus's HTTP API as the hub reaches it, for example http://janus.example:8088/janus."""
    admin_key: str
    token_secret: str
    client_url: str = ""
    """Janus's HTTP API as the clients reach it, if not at url (behind nginx, a public name)."""


@dataclass(frozen=True)
class Limits:
    """What one address, or one slow live peer, may cost the hub; only failures count against an address."""

    failed_tokens: int = 30
    """Requests with a bad token one address may send per window; more get 429 with Retry-After (good tokens pass)."""
    failed_joins: int = 10
    """Joins with a wrong code one PC (its address and token) may send per window; then its joins wait."""
    window_seconds: int = 60
    """The window the failure budgets count in."""
    idle_seconds: int = 30
    """An HTTP connection that has no whole request this long after it opened or its last answer is closed:
    idle keep-alive connections and headers sent a byte at a time (slowloris) alike."""
    join_seconds: int = 60
    """A live socket that has not started or joined a lesson this long after it opened is closed."""
    send_seconds: int = 10
    """A live peer whose socket takes longer than this to take one message is disconnected."""
    send_queue: int = 256
    """Messages that may wait for one live peer; one more disconnects it (it comes back by itself)."""
    log_seconds: int = 60
    """Repeated failures from one address are logged once per this long, with how many were left out."""
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    """Addresses (or networks) of proxies in front of the hub: for their requests the last X-Forwarded-For
    address is the client's. nginx on the hub's machine is on loopback."""


@dataclass(frozen=True)
class HubSettings:
    store: StoreSettings = field(default_factory=StoreSettings)
    videos: VideoServer | None = None
    turn: TurnServer | None = None
    janus: JanusServer | None = None
    limits: Limits = field(default_factory=Limits)


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


def _at_least(least: int) -> Any:
    return lambda v: v >= least


_CHECKS: dict[str, dict[str, tuple[type, str, Any]]] = {
    # section -> key -> (type, what is expected, extra check or None)
    "store": {"db": (str, 'a URL like "postgresql://user@host/dbname"', None)},
    "videos": {
        "url": (str, 'an address like "https://videos.example/lessons/"', _http_url),
        # it sits in quotes in nginx.conf, where $ starts a variable: a mismatch nginx would never report
        "secret": (
            str,
            "the secret nginx's secure_link_md5 uses: letters, digits, - and _ (openssl rand -hex 32)",
            lambda v: re.fullmatch(r"[A-Za-z0-9_-]+", v) is not None,
        ),
        "link_seconds": (int, "a whole number of seconds, 10 or more", lambda v: v >= 10),
    },
    "turn": {
        "urls": (
            list,
            'a list like ["turn:turn.example:3478?transport=udp"]',
            lambda v: bool(v) and all(u.startswith(("turn:", "turns:")) for u in v),
        ),
        "secret": (str, "coturn's static-auth-secret, in quotes", bool),
        "credential_seconds": (int, "a whole number of seconds, 60 or more", lambda v: v >= 60),
    },
    "janus": {
        "url": (str, 'an address like "http://janus.example:8088/janus"', _http_url),
        "admin_key": (str, "the VideoRoom plugin's admin_key, in quotes", bool),
        "token_secret": (str, "janus.jcfg's token_auth_secret, in quotes", bool),
        "client_url": (str, 'an address like "https://janus.example/janus"', _http_url),
    },
    "limits": {
        "failed_tokens": (int, "a whole number, 1 or more", _at_least(1)),
        "failed_joins": (int, "a whole number, 1 or more", _at_least(1)),
        "window_seconds": (int, "a whole number of seconds, 1 or more", _at_least(1)),
        "idle_seconds": (int, "a whole number of seconds, 1 or more", _at_least(1)),
        "join_seconds": (int, "a whole number of seconds, 1 or more", _at_least(1)),
        "send_seconds": (int, "a whole number of seconds, 1 or more", _at_least(1)),
        "send_queue": (int, "a whole number of messages, 16 or more", _at_least(16)),
        "log_seconds": (int, "a whole number of seconds, 1 or more", _at_least(1)),
        "trusted_proxies": (list, 'a list of addresses or networks like ["127.0.0.1", "10.0.0.0/8"]', _networks),
    },
}
_CLASSES: dict[str, type] = {
    "store": StoreSettings,
    "videos": VideoServer,
    "turn": TurnServer,
    "janus": JanusServer,
    "limits": Limits,
}


def load(path: Path | None, db: str | None = None) -> HubSettings:
    """The settings in path (None: the defaults), with --db put over [store] db."""
    raw: dict[str, Any] = {}
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise SettingsError(f"{path}: cannot read it ({e.strerror}).") from e
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise SettingsError(f"{path}: not a valid TOML file: {e}.") from e
    sections: dict[str, Any] = {}
    for name, table in raw.items():
        if name not in _CHECKS or not isinstance(table, dict):
            raise SettingsError(f"{path}: unknown section [{name}]; known are {', '.join(_CHECKS)}.")
        sections[name] = _section(path, name, table)
    if db is not None:
        sections["store"] = StoreSettings(db=db)
    store = sections.get("store", StoreSettings())
    if store.db:
        _check_db_url(store.db)
    return HubSettings(**sections)


def _check_db_url(url: str) -> None:
    from psycopg import ProgrammingError  # only when a database is set: it takes ~0.1 s to import
    from psycopg.conninfo import conninfo_to_dict

    shown = shown_url(url)
    if urlsplit(url).scheme not in ("postgresql", "postgres"):
        raise SettingsError(f"[store] db: expected a postgresql:// URL, not {shown!r}.")
    try:
        conninfo_to_dict(url)
        _ = urlsplit(url).port  # libpq leaves a bad port until it connects
    except (ValueError, ProgrammingError) as e:
        raise SettingsError(
            f"[store] db: {shown!r} is not a usable PostgreSQL URL ({str(e).strip()});"
            ' expected the form "postgresql://user:password@host:5432/dbname".'
        ) from e


def _section(path: Path | None, name: str, table: dict[str, Any]) -> Any:
    checks = _CHECKS[name]
    for key in table:
        if key not in checks:
            raise SettingsError(f"{path}: [{name}] has no key {key!r}; known are {', '.join(checks)}.")
    values: dict[str, Any] = {}
    for item in fields(_CLASSES[name]):
        if item.name not in table:
            if item.default is MISSING:
                raise SettingsError(f"{path}: [{name}] needs {item.name} ({checks[item.name][1]}).")
            continue
        kind, expected, extra = checks[item.name]
        value = table[item.name]
        good = isinstance(value, kind) and not isinstance(value, bool)
        if good and kind is list:
            good = all(isinstance(v, str) for v in value)
            value = tuple(value)
        good = good and (extra is None or extra(value))
        if not good:
            raise SettingsError(f"{path}: [{name}] {item.name}: expected {expected}.")
        values[item.name] = value
    return _CLASSES[name](**values)
