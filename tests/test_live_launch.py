"""`oo-classroom --teach` and `--join` as started from a terminal, against the hub in its own process."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.config import Config
from app.launch import with_devices
from app.main import parse_args
from hub.store import Store
from tests.camera_video import numbered_video
from tests.test_launch import wait_for


def test_device_flags_override_the_config_for_the_run_and_are_checked_like_it() -> None:
    args = parse_args(["--teach", "--code", "K7MPQ2", "--camera", "1", "--microphone", "USB mic", "--speakers", ""])
    assert (args.teach, args.code, args.join) == (True, "K7MPQ2", None)
    config = with_devices(Config(), args.devices)
    assert (config.devices.camera, config.devices.microphone, config.devices.speakers) == (1, "USB mic", "")
    assert with_devices(
        Config(), parse_args(["--join", "k7m-pq2", "--camera", "lesson.mp4"]).devices
    ).devices.camera == ("lesson.mp4")
    for wrong in (["--code", "K7MPQ2"], ["--teach", "--join", "K7MPQ2"], ["--camera", ""]):
        with pytest.raises(SystemExit):
            parse_args(wrong)


def start(home: Path, url: str, token: str, role: str, *flags: str) -> subprocess.Popen[str]:
    config = home / "school.toml"
    home.mkdir(parents=True)
    config.write_text(f'[hub]\nurl = "{url}"\ntoken = "{token}"\n[ui]\nrole = "{role}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "widgets.main", "--config", str(config), *flags],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def line_with(process: subprocess.Popen[str], text: str, seconds: float = 60) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if select.select([process.stdout], [], [], 0.2)[0]:
            line = process.stdout.readline()
            if text in line:
                return line
        assert process.poll() is None, f"exited with {process.returncode}: {process.stderr.read()}"  # type: ignore[union-attr]
    pytest.fail(f"{text!r} not printed within {seconds} s")


def test_teach_prints_the_code_and_join_comes_into_the_lesson(hub_process: str, hub_dir: Path, tmp_path: Path) -> None:
    store = Store(hub_dir)
    try:
        teacher_token = store.issue_token("teacher", "Ms. Lin")
        classroom_token = store.issue_token("classroom", "Lanyu 3")
    finally:
        store.close()
    camera = str(numbered_video(tmp_path / "camera.avi", frames=30))
    teacher = start(
        tmp_path / "t", hub_process, teacher_token, "teacher", "--teach", "--code", "K7MPQ2", "--camera", camera
    )
    classroom = None
    try:
        assert line_with(teacher, "Live lesson code:").split(":", 1)[1].strip() == "K7MPQ2"
        classroom = start(
            tmp_path / "c", hub_process, classroom_token, "classroom", "--join", "k7m-pq2", "--camera", camera
        )
        log = tmp_path / "c" / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log"
        wait_for(log, "live lesson: live", classroom)
        wait_for(log, "answering the teacher's offer", classroom)
        for process in (classroom, teacher):
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
            assert "Traceback" not in process.stderr.read()  # type: ignore[union-attr]
    finally:
        for process in (teacher, classroom):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
