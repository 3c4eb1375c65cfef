"""A classroom PC's quiz work without the screens, for crash tests: pupils answer while results sync.

    python -m tests.quiz_driver DATA_DIR HUB_URL TOKEN PUPILS THINK_SECONDS

Prints "ready" once working, "ok ANSWER_ID" after each answer is confirmed to the pupil (saved),
and "done" when every pupil has finished every quiz and the outbox is empty. Uses the app's own
QuizStore, Quizzes and ResultSync: only the pupils' hands are simulated.
"""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.hub_client import HubClient
from app.outbox import Outbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore
from app.result_sync import ResultSync
from hub.demo import LESSONS
from media.database import open_database

QUIZZES: list[dict[str, Any]] = [LESSONS[0]["quiz"], LESSONS[2]["quiz"]]


def answer_for(question: dict[str, Any]) -> Any:
    return question.get("answer", "x")


async def keep_sending(sync: ResultSync) -> None:
    while True:
        await sync.send_all()
        await asyncio.sleep(0.01)


async def work(data_dir: Path, url: str, token: str, pupils: int, think: float) -> None:
    db = open_database(data_dir / "classroom.db", durable=True)
    store = QuizStore(db)
    client = HubClient(url, token)
    sync = ResultSync(Outbox(db), client)
    quizzes = Quizzes(store, sync.answer_queued)
    sender = asyncio.get_running_loop().create_task(keep_sending(sync))
    print("ready", flush=True)
    for n in range(pupils):
        pupil = f"pupil {n:04d}"
        for quiz in QUIZZES:
            done = db.execute(
                "select 1 from attempts where quiz_id = ? and pupil = ? and finished_at is not null",
                [quiz["id"], pupil],
            ).fetchone()
            if done:
                continue
            session = quizzes.begin(quiz, pupil)
            while (question := session.question) is not None:
                session.submit(answer_for(question))
                print("ok", session.attempt.id, question["id"], flush=True)
                await asyncio.sleep(think * random.random())
    sender.cancel()
    while not await sync.send_all():
        await asyncio.sleep(0.2)
    await sync.stop()
    await client.close()
    db.close()
    print("done", flush=True)


def main() -> None:
    QCoreApplication(sys.argv[:1])  # for the quiz timer's QObject machinery
    data_dir, url, token, pupils, think = sys.argv[1:6]
    asyncio.run(work(Path(data_dir), url, token, int(pupils), float(think)))


if __name__ == "__main__":
    main()
