"""The diagnostics bundle IT staff send to the district: useful, and without secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from app.quizzes import QuizStore
from hub.demo import LESSONS
from media.database import open_database


def test_the_bundle_has_what_the_desk_needs_and_no_secret(tmp_path: Path) -> None:
    data = tmp_path / "pc"
    db = open_database(data / "classroom.db", durable=True)
    store = QuizStore(db)
    store.answer(store.start(LESSONS[0]["quiz"], "陳怡君"), "q1", "b")  # one answer waiting
    db.close()
    log_dir = tmp_path / "state" / "oo-classroom" / "log"
    log_dir.mkdir(parents=True)
    (log_dir / "oo-classroom.log").write_text("2026-11-25 INFO app.catalog: catalog: 3 lessons\n", encoding="utf-8")
    config = tmp_path / "school.toml"
    config.write_text(
        f'[hub]\nurl = "http://hub.lanyu.example:8750"\ntoken = "tok-abcdefghijklmnop-SECRET"\n'
        f'[storage]\ndata_dir = "{data}"\n[[network.turn]]\nurl = "turn:turn.lanyu.example:3478"\n'
        'username = "lanyu"\npassword = "turn-PASSWORD-42"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "diagnostics", "--config", str(config), "--output", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == tmp_path and path.name.startswith("oo-classroom-diagnostics-")
    with zipfile.ZipFile(path) as bundle:
        names = set(bundle.namelist())
        assert names == {
            "versions.txt",
            "config.json",
            "devices.txt",
            "state.json",
            "network-check.json",
            "logs/oo-classroom.log",
        }
        everything = b"".join(bundle.read(name) for name in names)
        settings = json.loads(bundle.read("config.json"))
        state = json.loads(bundle.read("state.json"))
        versions = bundle.read("versions.txt").decode()
        devices = bundle.read("devices.txt").decode()
        network = json.loads(bundle.read("network-check.json"))
    assert b"SECRET" not in everything and b"PASSWORD" not in everything
    assert settings["hub"]["token"].endswith("CRET") and settings["hub"]["url"] == "http://hub.lanyu.example:8750"
    assert settings["network"]["turn"][0]["username"] == "lanyu"
    assert state["classroom.db"]["answers waiting"] == [[1]] and state["cache.db"] == "missing"
    assert "PySide6-Essentials 6.11.3" in versions and "av " in versions
    assert "cameras: none could be opened" in devices  # no camera on these machines
    assert network["network check"].startswith("never run on this PC")
