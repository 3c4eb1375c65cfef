"""`oo-classroom --demo` as a user starts it: a process that stays up until told to close."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def wait_for(path: Path, text: str, process: subprocess.Popen[str], seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        log = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in log:
            return log
        if process.poll() is not None:
            pytest.fail(f"the app exited with {process.returncode} before {text!r}:\n{process.stderr.read()}")  # type: ignore[union-attr]
        time.sleep(0.2)
    pytest.fail(f"{text!r} not logged within {seconds} s; log so far:\n{log}")


def children(pid: int) -> list[int]:
    """The processes whose parent is pid (read from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while the list was read
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def ended(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists() or " Z " in Path(f"/proc/{pid}/stat").read_text():
            return True
        time.sleep(0.1)
    return False


def start_demo(home: Path, demo_source: Path, *args: str) -> subprocess.Popen[str]:
    """The client with --demo, as a user starts it, its demo hub's videos rendered once for the run."""
    shutil.copytree(demo_source / "videos", home / ".local" / "share" / "oo-classroom" / "demo" / "hub" / "videos")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "widgets.main", "--demo", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_demo_opens_lists_lessons_stays_up_and_closes_cleanly(demo_source: Path, tmp_path: Path, language: str) -> None:
    home = tmp_path / "home"
    app = start_demo(home, demo_source, "--lang", language)
    log = home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log"
    try:
        opened = wait_for(log, "catalog: 4 lessons", app)
        assert f"main window open ({language}, hub http://127.0.0.1:" in opened
        (hub,) = children(app.pid)  # the demo hub runs as the client's child process
        time.sleep(3)
        assert app.poll() is None, "the app should stay up until it is closed"
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
        assert ended(hub, 1), "the demo hub ends with the client"
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert "closing" in log.read_text(encoding="utf-8")
    assert (home / ".local" / "share" / "oo-classroom" / "demo" / "classroom.db").exists()
    assert "Traceback" not in app.stderr.read()  # type: ignore[union-attr]


def test_a_killed_client_leaves_no_demo_hub_running(demo_source: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    app = start_demo(home, demo_source)
    try:
        wait_for(home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log", "catalog: 4 lessons", app)
        (hub,) = children(app.pid)
        app.kill()
        app.wait(timeout=10)
        assert ended(hub, 15), "the demo hub notices that its client is gone and stops"
    finally:
        if app.poll() is None:
            app.kill()


def test_the_self_test_lists_the_demo_lessons_and_exits_0(demo_source: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(demo_source / "videos", home / ".local" / "share" / "oo-classroom" / "demo" / "hub" / "videos")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "--demo", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test: the main window lists 4 lessons" in result.stdout


def test_a_thread_that_dies_is_logged_after_start_up(tmp_path: Path) -> None:
    script = (
        "import logging, sys, threading\n"
        "logging.basicConfig(format='LOGGED %(levelname)s %(message)s', stream=sys.stdout)\n"
        "from widgets.main import main\n"
        "main(['config', 'example'])\n"
        "def work():\n"
        "    raise ValueError('the worker broke')\n"
        "thread = threading.Thread(target=work, name='player-present')\n"
        "thread.start()\n"
        "thread.join()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "LOGGED CRITICAL thread player-present died" in done.stdout
    assert "ValueError: the worker broke" in done.stdout


@pytest.mark.parametrize(("language", "said"), [("en", "No display was found"), ("zh_TW", "找不到顯示器")])
def test_without_a_display_it_says_so_and_how_to_run_it(tmp_path: Path, language: str, said: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "--lang", language], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1, result.stderr
    assert said in result.stderr and "QT_QPA_PLATFORM=offscreen oo-classroom" in result.stderr
    assert "xcb" not in result.stderr
