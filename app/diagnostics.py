"""A diagnostics bundle for the district's IT staff: one zip with what they ask for first.

Secrets (the token, TURN passwords) never go in: the config is written with them masked.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import zipfile
from contextlib import closing
from dataclasses import asdict, fields
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from app.config import SECTIONS, Config
from app.config_values import masked
from app.network.check import FILE_NAME as NETWORK_CHECK

PACKAGES = (
    "oo-classroom",
    "PySide6-Essentials",
    "av",
    "aiortc",
    "aiohttp",
    "opencv-python-headless",
    "sounddevice",
    "numpy",
    "sqlite-utils",
)


def redacted_config(config: Config) -> dict[str, Any]:
    """The effective settings with every secret masked."""
    settings: dict[str, Any] = {}
    for name, section in SECTIONS.items():
        values = asdict(getattr(config, name))
        for option in fields(section):
            if option.metadata["secret"]:
                value = values[option.name]
                values[option.name] = (
                    masked(value)
                    if isinstance(value, str)
                    else [{**v, "password": masked(v["password"])} for v in value]
                )
        settings[name] = {key: str(value) if isinstance(value, Path) else value for key, value in values.items()}
    return settings


def versions() -> str:
    lines = [f"python {sys.version.split()[0]} ({platform.platform()})", f"sqlite {sqlite3.sqlite_version}"]
    for package in PACKAGES:
        try:
            lines.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            lines.append(f"{package} not installed")
    return "\n".join(lines) + "\n"


def devices() -> str:
    """Sound devices as PortAudio sees them (defaults marked), and the cameras OpenCV can open."""
    lines = []
    try:
        from media.sound_devices import sound_devices

        for kind in ("input", "output"):
            found = sound_devices(kind)  # type: ignore[arg-type]
            names = [f"{d.number} {d.name}" + (" (default)" if d.default else "") for d in found]
            lines.append(f"sound {kind}s: " + ("; ".join(names) if names else "none"))
    except Exception as e:  # no PortAudio, no sound server: that is the finding
        lines.append(f"sound devices: none ({e})")
    from media.camera import CAMERA_NUMBERS, list_cameras

    cameras = [f"{c.number} {c.name}".strip() for c in list_cameras()]
    tried = f"{CAMERA_NUMBERS[0]}-{CAMERA_NUMBERS[-1]}"
    lines.append("cameras: " + ("; ".join(cameras) if cameras else f"none could be opened ({tried} tried)"))
    return "\n".join(lines) + "\n"


def state(data_dir: Path) -> dict[str, Any]:
    """What classroom.db and cache.db hold, read-only (the app may be running)."""
    found: dict[str, Any] = {}
    queries = {
        "classroom.db": {
            "answers waiting": "select count(*) from outbox",
            "answers kept": "select count(*) from answers",
            "catalog fetched": "select fetched_at from hub_documents where name = 'catalog'",
        },
        "cache.db": {"videos": "select id, state, stored * chunk_size, size, reason from videos"},
    }
    for name, asks in queries.items():
        path = data_dir / name
        if not path.exists():
            found[name] = "missing"
            continue
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            found[name] = {key: _ask(db, sql) for key, sql in asks.items()}
    return found


def _ask(db: sqlite3.Connection, sql: str) -> Any:
    try:
        return db.execute(sql).fetchall()
    except sqlite3.Error as e:  # a table not made yet (the PC never reached the hub), a damaged file
        return f"unreadable: {e}"


def last_network_check(data_dir: Path) -> str:
    """The last network check as saved, or a note that none was run on this PC."""
    try:
        return (data_dir / NETWORK_CHECK).read_text(encoding="utf-8")
    except FileNotFoundError:
        note = "never run on this PC: oo-classroom check-network, or IT setup, Check the network"
        return json.dumps({"network check": note}, indent=2) + "\n"
    except (OSError, UnicodeDecodeError) as e:
        return json.dumps({"network check": f"unreadable: {e}"}, indent=2) + "\n"


def write_bundle(config: Config, data_dir: Path, log_dir: Path, out: Path) -> Path:
    """Write the zip to out (a folder gets a dated file name); returns the file written."""
    if out.is_dir():
        out = out / f"oo-classroom-diagnostics-{datetime.now():%Y%m%d-%H%M%S}.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("versions.txt", versions())
        bundle.writestr("config.json", json.dumps(redacted_config(config), ensure_ascii=False, indent=2))
        bundle.writestr("devices.txt", devices())
        bundle.writestr("state.json", json.dumps(state(data_dir), ensure_ascii=False, indent=2, default=str))
        bundle.writestr(NETWORK_CHECK, last_network_check(data_dir))
        for log in sorted(log_dir.glob("oo-classroom.log*")):
            bundle.write(log, f"logs/{log.name}")
    return out
