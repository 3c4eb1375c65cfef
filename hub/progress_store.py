"""Progress on the hub: each event stored once by the client's UUID, the newest value kept per
(classroom, lesson, viewer, kind) for the course grid.

Tables: `progress_events` (id: the event's UUID, lowercased; classroom; received_at), the ledger that makes a
repeat harmless, and `progress` (classroom, lesson_id, viewer, kind, at, fraction, correct, questions): the newest
value by the event's own time `at` (UTC). Deleting a course leaves both alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.course_plan import utc
from hub.database import Database
from hub.result_store import now, receipts
from protocol.http.progress import ProgressEvent
from protocol.http.results import Receipt


def create_progress_tables(db: Database) -> None:
    db.execute("create table if not exists progress_events (id text primary key, classroom text, received_at text)")
    db.execute(
        "create table if not exists progress (classroom text, lesson_id text, viewer text, kind text, at text,"
        " fraction double precision, correct bigint, questions bigint,"
        " primary key (classroom, lesson_id, viewer, kind))"
    )


def add_progress(db: Database, events: Sequence[ProgressEvent], classroom: str) -> list[Receipt]:
    """Store a batch once per event id in one transaction; 'stored' or 'duplicate' per event, in the order sent.

    A stored event replaces the value of its (classroom, lesson, viewer, kind) only when it is newer (by `at`),
    so events arriving out of order keep the newest. Rows go in in id order: overlapping batches never deadlock.
    """
    received_at = now()
    order = sorted(range(len(events)), key=lambda i: events[i].id.lower())
    with db.transaction():
        ids = [events[i].id.lower() for i in order]
        inserted = db.query(
            f"insert into progress_events (id, classroom, received_at) values {', '.join(['(?, ?, ?)'] * len(ids))}"
            " on conflict (id) do nothing returning id",
            [value for i in ids for value in (i, classroom, received_at)],
        )
        fresh = {row["id"] for row in inserted}
        done: set[str] = set()
        for i in order:
            event = events[i]
            if event.id.lower() in fresh and event.id.lower() not in done:
                done.add(event.id.lower())
                _keep_newest(db, event, classroom)
    return receipts([event.id for event in events], fresh)


def _keep_newest(db: Database, event: ProgressEvent, classroom: str) -> None:
    db.execute(
        "insert into progress (classroom, lesson_id, viewer, kind, at, fraction, correct, questions)"
        " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (classroom, lesson_id, viewer, kind) do update set"
        " at = excluded.at, fraction = excluded.fraction, correct = excluded.correct, questions = excluded.questions"
        " where excluded.at > progress.at",
        [classroom, event.lesson, event.viewer, event.kind, utc(event.at), event.fraction, event.right, event.total],
    )


def progress_of(db: Database, classrooms: Sequence[str], lessons: Sequence[str]) -> list[dict[str, Any]]:
    """The newest values of these classrooms on these lessons."""
    if not classrooms or not lessons:
        return []
    rooms = ", ".join("?" for _ in classrooms)
    ids = ", ".join("?" for _ in lessons)
    return db.query(
        f"select * from progress where classroom in ({rooms}) and lesson_id in ({ids}) order by viewer",
        [*classrooms, *lessons],
    )
