"""A classroom PC's progress without the screens, for crash tests: pupils watch and finish quizzes while the
outbox is sent.

    python -m tests.progress_driver DATA_DIR HUB_URL TOKEN PUPILS

Prints "ready" once working and "done" when every pupil's progress is recorded and the outbox is empty. Uses the
app's own ProgressLog, ProgressOutbox and ResultSync: only the pupils are simulated. A pupil whose progress is
already kept (a run before the kill recorded it) is not recorded again.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from app.hub_client import HubClient
from app.outbox import Outbox
from app.progress_log import Done, ProgressLog
from app.progress_outbox import ProgressOutbox
from app.quizzes import QuizStore, now
from app.result_sync import ResultSync
from media.database import open_database


async def keep_sending(sync: ResultSync) -> None:
    while True:
        await sync.send_all()
        await asyncio.sleep(0.01)


def kept(db: sqlite_utils.Database, pupil: str, kind: str) -> bool:
    row = db.execute(
        "select 1 from lesson_progress where lesson = 'english-fruit' and viewer = ? and kind = ?", [pupil, kind]
    ).fetchone()
    return row is not None


async def work(data_dir: Path, url: str, token: str, pupils: int) -> None:
    db = open_database(data_dir / "classroom.db", durable=True)
    QuizStore(db)  # the answers' outbox
    client = HubClient(url, token)
    sync = ResultSync(Outbox(db), client, ProgressOutbox(db))
    log = ProgressLog(db, sync.send_soon)
    sender = asyncio.get_running_loop().create_task(keep_sending(sync))
    print("ready", flush=True)
    for n in range(pupils):
        pupil = f"pupil {n:04d}"
        if not kept(db, pupil, "watched"):
            log.record_fraction("english-fruit", pupil, "watched", round((n % 10 + 1) / 10, 1), now())
        if not kept(db, pupil, "quiz"):
            log.record_quiz("english-fruit", pupil, Done(n % 4, 3), now())
        await asyncio.sleep(0.002)
    sender.cancel()
    while not await sync.send_all():
        await asyncio.sleep(0.2)
    await sync.stop()
    await client.close()
    db.close()
    print("done", flush=True)


def main() -> None:
    QCoreApplication(sys.argv[:1])
    data_dir, url, token, pupils = sys.argv[1:5]
    asyncio.run(work(Path(data_dir), url, token, int(pupils)))


if __name__ == "__main__":
    main()
