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
"""

from __future__ import annotations

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
class HubSettings:
    store: StoreSettings = field(default_factory=StoreSettings)
    videos: VideoServer | None = None
    turn: TurnServer | None = None
    janus: JanusServer | None = None


def _http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


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
        "urls": (list, 'a list like ["turn:turn.example:3478?transport=udp"]', None),
        "secret": (str, "coturn's static-auth-secret, in quotes", bool),
        "credential_seconds": (int, "a whole number of seconds, 60 or more", lambda v: v >= 60),
    },
    "janus": {
        "url": (str, 'an address like "http://janus.example:8088/janus"', _http_url),
        "admin_key": (str, "the VideoRoom plugin's admin_key, in quotes", bool),
        "token_secret": (str, "janus.jcfg's token_auth_secret, in quotes", bool),
        "client_url": (str, 'an address like "https://janus.example/janus"', _http_url),
    },
}
_CLASSES: dict[str, type] = {"store": StoreSettings, "videos": VideoServer, "turn": TurnServer, "janus": JanusServer}


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
        good = isinstance(value, kind) and not isinstance(value, bool) and (extra is None or extra(value))
        if kind is list:
            good = good and bool(value) and all(isinstance(v, str) and v.startswith(("turn:", "turns:")) for v in value)
            value = tuple(value)
        if not good:
            raise SettingsError(f"{path}: [{name}] {item.name}: expected {expected}.")
        values[item.name] = value
    return _CLASSES[name](**values)
