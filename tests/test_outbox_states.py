"""Stateful property test of the outbox against the hub's store: sent once, lost never.

Any interleaving of answering, sending, the hub receiving, replies lost or arriving, crashes and
restarts of the client keeps every answer either waiting in the outbox or stored on the hub, and
the hub never holds an answer twice. Real SQLite files on both sides; only the wire is modelled.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.outbox import Outbox
from app.quizzes import QuizStore
from hub.demo import LESSONS
from hub.result_store import add_results
from hub.store import Store
from media.database import open_database

QUIZ: dict[str, Any] = LESSONS[1]["quiz"]
PUPILS = ["陳怡君", "林志明", "Ana Lin"]


class OutboxMachine(RuleBasedStateMachine):
    @initialize()
    def open(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="outbox-"))
        self.hub = Store(self.folder / "hub")
        self.given: set[str] = set()
        self.requests: list[list[dict[str, Any]]] = []  # on the wire to the hub
        self.replies: list[dict[str, str]] = []  # on the wire back to the client
        self._open_client()

    def _open_client(self) -> None:
        self.db = open_database(self.folder / "classroom.db", durable=True)
        self.store = QuizStore(self.db)
        self.outbox = Outbox(self.db)

    def teardown(self) -> None:
        self.db.close()
        self.hub.close()
        shutil.rmtree(self.folder)

    def hub_ids(self) -> list[str]:
        return [row["id"] for row in self.hub.db.query("select id from results")]

    @rule(pupil=st.sampled_from(PUPILS))
    def answer(self, pupil: str) -> None:
        attempt = self.store.unfinished(QUIZ["id"], pupil) or self.store.start(QUIZ, pupil)
        answered = self.store.answers(attempt)
        question = next(q for q in QUIZ["questions"] if q["id"] not in answered)
        self.given.add(self.store.answer(attempt, question["id"], 4))
        if len(answered) + 1 == len(QUIZ["questions"]):
            self.store.finish(attempt)

    @rule(size=st.integers(1, 4))
    def send(self, size: int) -> None:
        batch = self.outbox.batch(size)
        if batch:
            self.requests.append(batch)

    @precondition(lambda self: self.requests)
    @rule(data=st.data())
    def hub_receives(self, data: st.DataObject) -> None:
        batch = self.requests.pop(data.draw(st.integers(0, len(self.requests) - 1)))
        receipt = add_results(self.hub.db, batch, "Lanyu 3")
        self.replies.append({item.id: item.status for item in receipt})

    @precondition(lambda self: self.requests)
    @rule(data=st.data())
    def request_lost(self, data: st.DataObject) -> None:
        self.requests.pop(data.draw(st.integers(0, len(self.requests) - 1)))

    @precondition(lambda self: self.replies)
    @rule(data=st.data(), lost=st.booleans())
    def reply_arrives_or_is_lost(self, data: st.DataObject, lost: bool) -> None:
        receipt = self.replies.pop(data.draw(st.integers(0, len(self.replies) - 1)))
        if not lost:
            self.outbox.acknowledge([i for i, status in receipt.items() if status in ("stored", "duplicate")])

    @rule()
    def crash_and_restart(self) -> None:
        # replies to the dead process are lost; requests already on the wire may still arrive
        self.replies.clear()
        self.db.conn.close()
        self._open_client()

    @rule()
    def a_good_link_drains_the_outbox(self) -> None:
        while batch := self.outbox.batch(3):
            receipt = add_results(self.hub.db, batch, "Lanyu 3")
            self.outbox.acknowledge([item.id for item in receipt])
        assert set(self.hub_ids()) == self.given

    @invariant()
    def sent_once_lost_never(self) -> None:
        hub = self.hub_ids()
        assert len(hub) == len(set(hub)), "the hub holds an answer twice"
        assert set(hub) <= self.given, "the hub holds an answer nobody gave"
        waiting = {item.id for item in self.outbox.batch(10_000)}
        assert self.given <= waiting | set(hub), "an answer is neither waiting nor on the hub"


OutboxMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestOutbox = OutboxMachine.TestCase
