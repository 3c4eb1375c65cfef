"""SIGKILL a classroom PC at random moments while pupils answer and results sync; lose nothing.

Two PCs of two classrooms work at once against one hub process, each killed 60 times (120 kills
in all) at a random moment after it has started working, and restarted; then each finishes. At the
end the hub holds every answer exactly once, every answer a pupil saw accepted is among them, and
each PC's outbox is empty.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from hub.store import Store

KILLS_PER_PC = 60  # 100 each made this one test a sixth of the suite's 10 minutes
PUPILS = 800  # more work than 100 short runs can finish, so every kill lands mid-work
DRIVER = [sys.executable, "-m", "tests.quiz_driver"]


def run_driver(pc: Path, url: str, token: str, think: float, kill_after: float | None) -> list[str]:
    """One run of the PC; returns the 'ok' lines it printed (answers confirmed to pupils)."""
    driver = subprocess.Popen(
        [*DRIVER, str(pc), url, token, str(PUPILS), str(think)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert driver.stdout is not None
    assert driver.stdout.readline() == "ready\n", driver.stderr.read() if driver.stderr else ""
    if kill_after is None:
        out, err = driver.communicate(timeout=120)
        assert driver.returncode == 0 and out.endswith("done\n"), err
    else:
        time.sleep(kill_after)
        driver.send_signal(signal.SIGKILL)
        out, _ = driver.communicate(timeout=30)
        assert "done" not in out, "the PC finished its work before the kill: raise PUPILS"
    # a line the kill cut short was not yet a confirmation the pupil saw
    return [line for line in out.split("\n")[:-1] if line.startswith("ok ")]


def hammer(pc: Path, url: str, token: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    confirmed: list[str] = []
    for _ in range(KILLS_PER_PC):
        confirmed += run_driver(pc, url, token, 0.01, rng.uniform(0.0, 0.3))
    return confirmed + run_driver(pc, url, token, 0.0, None)


def test_sigkill_at_120_moments_loses_and_duplicates_nothing(hub_process: str, hub_dir: Path, tmp_path: Path) -> None:
    store = Store(hub_dir)  # the admin enrols two PCs while the hub runs
    tokens = {name: store.issue_token("classroom", name) for name in ("Lanyu 3", "Green Island 5")}
    store.close()
    with ThreadPoolExecutor(2) as pool:
        futures = {
            name: pool.submit(hammer, tmp_path / name, hub_process, token, seed)
            for seed, (name, token) in enumerate(tokens.items())
        }
        confirmed = {name: future.result() for name, future in futures.items()}

    hub_db = sqlite3.connect(hub_dir / "hub.db")
    for name in tokens:
        pc = sqlite3.connect(tmp_path / name / "classroom.db")
        assert pc.execute("pragma integrity_check").fetchone() == ("ok",)
        assert pc.execute("select count(*) from outbox").fetchone() == (0,)
        kept = dict(pc.execute("select attempt_id || ' ' || question_id, id from answers").fetchall())
        on_hub = [row[0] for row in hub_db.execute("select id from results where classroom = ?", [name])]
        assert len(kept) == PUPILS * 6  # every pupil finished both quizzes, one answer per question
        assert sorted(on_hub) == sorted(kept.values()), "the hub and the PC disagree"
        per_question = hub_db.execute(
            "select count(*) from results where classroom = ? group by pupil, quiz_id, question_id", [name]
        ).fetchall()
        assert set(per_question) == {(1,)}, "a question was answered twice across restarts"
        accepted = {line.removeprefix("ok ") for line in confirmed[name]}
        assert accepted <= set(kept), "an answer a pupil saw accepted was lost"
        pc.close()
    hub_db.close()
