"""`oo-classroom sync` as a cron job runs it: one pass, a summary, an exit status."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.outbox import Outbox
from app.quizzes import QuizStore
from app.sync_command import SyncReport
from hub.demo import LESSONS
from hub.store import Store
from media.cache import Cache
from media.cache_reader import file_sha256
from media.database import open_database
from media.downloader import DownloadSummary
from media.video_state import VideoState
from tests.conftest import catalog_videos


def sync(tmp_path: Path, url: str, token: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "school.toml"
    config.write_text(
        f'[hub]\nurl = "{url}"\ntoken = "{token}"\n[storage]\ndata_dir = "{tmp_path / "pc"}"\n', encoding="utf-8"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run(
        [sys.executable, "-m", "widgets.main", "sync", "--config", str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def answered_offline(tmp_path: Path) -> int:
    """Two pupils answered the fruit quiz while the link was down."""
    db = open_database(tmp_path / "pc" / "classroom.db", durable=True)
    store = QuizStore(db)
    quiz: dict[str, Any] = LESSONS[0]["quiz"]
    for pupil in ("陳怡君", "林志明"):
        attempt = store.start(quiz, pupil)
        for question in quiz["questions"]:
            store.answer(attempt, question["id"], question["answer"])
    waiting = Outbox(db).count()
    db.close()
    return waiting


def test_one_pass_sends_everything_and_says_so(hub_process: str, hub_dir: Path, tmp_path: Path) -> None:
    store = Store(hub_dir)
    token = store.issue_token("classroom", "Lanyu 3")
    assert answered_offline(tmp_path) == 6
    result = sync(tmp_path, hub_process, token)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Catalog: 4 lessons.",
        "Videos: 3 on this PC.",
        "Answers: 6 sent, none waiting.",
        "Everything is up to date.",
    ]
    assert store.db.count("results") == 6
    cache = Cache(tmp_path / "pc" / "cache.db", 10**9)
    assert {s.id: s.state for s in cache.statuses()} == {v.id: VideoState.READY for v in catalog_videos(store)}
    cache.close()
    again = sync(tmp_path, hub_process, token)  # nothing left to do: nothing fetched again
    assert again.returncode == 0 and again.stdout.splitlines()[1:3] == [
        "Videos: 3 on this PC.",
        "Answers: 0 sent, none waiting.",
    ]
    store.close()


def test_hub_down_is_status_1_and_keeps_the_answers(tmp_path: Path) -> None:
    assert answered_offline(tmp_path) == 6
    result = sync(tmp_path, "http://127.0.0.1:9", "token")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Catalog: Cannot reach the hub at http://127.0.0.1:9 (nothing answers")
    assert lines[1] == "Videos: 0 on this PC."  # the catalog never arrived: no video to fetch
    assert lines[2].startswith("Answers: 0 sent, 6 waiting: Cannot reach the hub")
    assert lines[3] == "Not everything was done (catalog, answers); run it again when the link is up."
    db = open_database(tmp_path / "pc" / "classroom.db", durable=True)
    assert Outbox(db).count() == 6
    db.close()


def test_the_report_reads_in_chinese_punctuation_in_zh_tw(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    i18n.install(qapp, "zh_TW")
    try:
        report = SyncReport()
        report.catalog(0, "連不上")
        report.videos(DownloadSummary(ready=["a"], failed={"lesson-1": "太大了", "lesson-2": "損壞了"}))
        assert report.summary() == 1
    finally:
        i18n.install(qapp, "en")
    assert capsys.readouterr().out.splitlines()[1:] == [
        "影片：這台電腦上有 1 部，另有 2 部沒有下載：lesson-1：太大了；lesson-2：損壞了",
        "有些工作沒有完成（課程目錄、影片）；請在網路恢復後再執行一次。",
    ]


def test_a_bad_config_is_status_2(tmp_path: Path) -> None:
    config = tmp_path / "school.toml"
    config.write_text("[hub]\nurl = 42\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "sync", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{config}, line 2: [hub] url: expected text in quotes" in result.stderr


def test_sigkill_of_sync_at_random_moments_then_a_run_completes(
    hub_process: str, hub_dir: Path, tmp_path: Path
) -> None:
    store = Store(hub_dir)
    token = store.issue_token("classroom", "Lanyu 3")
    videos = catalog_videos(store)
    store.close()
    config = tmp_path / "school.toml"
    config.write_text(
        f'[hub]\nurl = "{hub_process}"\ntoken = "{token}"\n[storage]\ndata_dir = "{tmp_path / "pc"}"\n'
        '[downloads]\nbandwidth_cap = "1 Mbit/s"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    command = [sys.executable, "-m", "widgets.main", "sync", "--config", str(config)]
    rng = random.Random(7)
    for _ in range(12):
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 3.0))  # after start-up, somewhere in the downloads
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        if (tmp_path / "pc" / "cache.db").exists():
            with closing(sqlite3.connect(tmp_path / "pc" / "cache.db")) as db:
                assert db.execute("pragma integrity_check").fetchone() == ("ok",)
    cache = Cache(tmp_path / "pc" / "cache.db", 10**9)
    try:  # every kill landed while videos were still downloading
        assert any(s.state is not VideoState.READY for s in cache.statuses())
    finally:
        cache.close()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Videos: 3 on this PC." in done.stdout.splitlines()
    cache = Cache(tmp_path / "pc" / "cache.db", 10**9)
    try:
        assert {s.id: s.state for s in cache.statuses()} == {v.id: VideoState.READY for v in videos}
    finally:
        cache.close()
    for video in videos:
        assert file_sha256(tmp_path / "pc" / "cache.db", video.id) == video.sha256
