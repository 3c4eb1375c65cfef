"""One client per user and data folder: a second start shows the first one's window and leaves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.test_launch import wait_for


def start(home: Path, config: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "widgets.main", "--config", str(config), "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def settings(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[hub]\nurl = "http://127.0.0.1:9"\n[storage]\ndata_dir = "{tmp_path / name}"\n', encoding="utf-8")
    return path


def test_a_second_start_brings_the_first_forward_and_another_folder_runs_beside_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    log = home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log"
    first = start(home, settings(tmp_path, "lanyu"))
    other = None
    try:
        wait_for(log, "main window open", first)
        second = start(home, settings(tmp_path, "lanyu"))
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open on this PC; its window was brought to the front" in out
        wait_for(log, "started again on this data folder: showing the window", first)
        sync = subprocess.run(
            [sys.executable, "-m", "widgets.main", "sync", "--config", str(settings(tmp_path, "lanyu"))],
            env={**os.environ, "HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert sync.returncode == 0 and "keeps it up to date itself; nothing was done" in sync.stdout
        assert first.poll() is None
        other = start(home, settings(tmp_path, "green-island"))  # another data folder: its own client
        wait_for(log, f"data in {tmp_path / 'green-island'}", other)
        assert other.poll() is None
    finally:
        for process in (first, other):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                assert process.wait(timeout=30) == 0
    later = tmp_path / "later"  # a home of its own, so its log holds only its own lines
    third = start(later, settings(tmp_path, "lanyu"))  # the first one has gone: this one runs
    try:
        wait_for(later / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log", "main window open", third)
    finally:
        third.send_signal(signal.SIGTERM)
        assert third.wait(timeout=30) == 0
