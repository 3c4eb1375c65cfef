"""Quiz results on the hub: stored once each by the client's UUID, read back for teachers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from hub.database import Database
from protocol.http.results import Receipt, Result, StoredResult


def now() -> str:
    """The hub's clock, UTC, as ISO 8601: the only time results are ordered by."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


CURRENT_VERSION = "(select max(q.version) from quiz_versions q where q.quiz_id = results.quiz_id)"
"""The newest version of a result's quiz (hub/quiz_versions.py): the one an answer that names none was given."""


def create_results_table(db: Database) -> None:
    """The results table; needs the quiz_versions table (created first) to give older answers their version."""
    db.execute(
        "create table if not exists results (id text primary key, quiz_id text, question_id text, pupil text,"
        " answer text, answered_at text, classroom text, received_at text, seq bigint, quiz_version bigint)"
    )
    if "seq" not in db.columns("results"):
        # only SQLite files from before seq lack it; rowid was their order of arrival
        db.execute("alter table results add column seq bigint")
        db.execute("update results set seq = rowid")
    if "quiz_version" not in db.columns("results"):
        # answers from before versions were given the quiz as it is now: its version when versions began
        db.execute("alter table results add column quiz_version bigint")
        db.execute(f"update results set quiz_version = {CURRENT_VERSION}")
    db.execute("create index if not exists idx_results_quiz_id_classroom on results (quiz_id, classroom)")
    db.execute("create index if not exists idx_results_seq on results (seq)")


def add_results(db: Database, items: Sequence[Result], classroom: str) -> list[Receipt]:
    """Store a batch of answers once each by id, in one statement.

    An answer that names no quiz version (from a client older than versions) is given the version that is current
    as it arrives. Returns a receipt per item with status 'stored' or 'duplicate'; seq keeps the batch's
    order after every result stored before. Hubs sharing one PostgreSQL may take the same answers
    at once: a repeat waits for the first to commit and is then a duplicate, and rows go in in id
    order so two overlapping batches never deadlock.
    """
    received_at = now()
    order = sorted(range(len(items)), key=lambda i: items[i].id.lower())
    with db.transaction():
        last = db.query("select coalesce(max(seq), 0) as seq from results")[0]["seq"]
        rows = [
            [
                items[i].id.lower(),
                items[i].quiz_id,
                items[i].question_id,
                items[i].pupil,
                json.dumps(items[i].answer, ensure_ascii=False),
                items[i].answered_at,
                classroom,
                received_at,
                last + 1 + i,
                items[i].quiz_version,
            ]
            for i in order
        ]
        inserted = db.query(
            "insert into results"
            " (id, quiz_id, question_id, pupil, answer, answered_at, classroom, received_at, seq, quiz_version)"
            f" values {', '.join(['(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'] * len(rows))}"
            " on conflict (id) do nothing returning id",
            [value for row in rows for value in row],
        )
        fresh = {row["id"] for row in inserted}
        if fresh:
            db.execute(
                f"update results set quiz_version = {CURRENT_VERSION} where quiz_version is null"
                f" and id in ({', '.join('?' for _ in fresh)})",
                sorted(fresh),
            )
    return receipts([item.id for item in items], fresh)


def receipts(ids: Sequence[str], fresh: set[str]) -> list[Receipt]:
    """A receipt per id sent, in order: 'stored' for the ids (lowercased) in fresh, the rest 'duplicate'."""
    receipt = []
    fresh = set(fresh)
    for item in ids:
        status = "stored" if item.lower() in fresh else "duplicate"
        fresh.discard(item.lower())  # the same id twice in a batch: stored once
        receipt.append(Receipt(item, status))
    return receipt


def find_results(
    db: Database, quiz_id: str | None, classroom: str | None, ids: Sequence[str] | None = None
) -> list[StoredResult]:
    """Results in the order they arrived, optionally for one quiz and/or one classroom and/or these ids."""
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("quiz_id", quiz_id), ("classroom", classroom)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if ids is not None:
        where.append(f"id in ({', '.join('?' for _ in ids)})")
        args += [i.lower() for i in ids]
    columns = "id, quiz_id, question_id, pupil, answer, answered_at, classroom, received_at, quiz_version"
    sql = f"select {columns} from results" + (" where " + " and ".join(where) if where else "")
    rows = db.query(sql + " order by seq, received_at", args)
    return [StoredResult(**{**row, "answer": json.loads(row["answer"])}) for row in rows]
