"""SIGKILL a classroom PC at random moments while its pupils' progress is recorded and sent; then a run finishes.

The hub must hold every event exactly once: one per change the PC recorded (a pupil's watched fraction and quiz
score), none lost between the local record and the outbox, none recorded or stored twice across the restarts.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from hub.store import Store

KILLS = 15
PUPILS = 1500  # more than a short run can finish, so every kill lands mid-work
DRIVER = [sys.executable, "-m", "tests.progress_driver"]


def run_driver(pc: Path, url: str, token: str, kill_after: float | None) -> None:
    driver = subprocess.Popen(
        [*DRIVER, str(pc), url, token, str(PUPILS)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert driver.stdout is not None
    assert driver.stdout.readline() == "ready\n", driver.stderr.read() if driver.stderr else ""
    if kill_after is None:
        out, err = driver.communicate(timeout=180)
        assert driver.returncode == 0 and out.endswith("done\n"), err
        return
    time.sleep(kill_after)
    driver.send_signal(signal.SIGKILL)
    out, _ = driver.communicate(timeout=30)
    assert "done" not in out, "the PC finished its work before the kill: raise PUPILS"


def test_sigkill_at_random_moments_then_every_event_is_on_the_hub_once(
    hub_process: str, hub_dir: Path, tmp_path: Path
) -> None:
    store = Store(hub_dir)
    token = store.issue_token("classroom", "Lanyu 3")
    store.close()
    pc = tmp_path / "pc"
    rng = random.Random(18)
    for _ in range(KILLS):
        run_driver(pc, hub_process, token, rng.uniform(0.0, 0.4))
    hub_db = sqlite3.connect(hub_dir / "hub.db")
    sent_before = hub_db.execute("select count(*) from progress_events").fetchone()[0]
    assert 0 < sent_before < 2 * PUPILS, "the kills should land while events are still being sent"
    run_driver(pc, hub_process, token, None)

    local = sqlite3.connect(pc / "classroom.db")
    assert local.execute("pragma integrity_check").fetchone() == ("ok",)
    assert local.execute("select count(*) from progress_outbox").fetchone() == (0,)
    kept = local.execute("select viewer, kind, fraction, right from lesson_progress order by viewer, kind").fetchall()
    assert len(kept) == 2 * PUPILS
    # one event per change recorded: a second event for the same change would be a second UUID here
    assert hub_db.execute("select count(*) from progress_events where classroom = 'Lanyu 3'").fetchone() == (
        2 * PUPILS,
    )
    on_hub = hub_db.execute(
        "select viewer, kind, fraction, correct from progress where classroom = 'Lanyu 3' order by viewer, kind"
    ).fetchall()
    assert on_hub == kept
    local.close()
    hub_db.close()
