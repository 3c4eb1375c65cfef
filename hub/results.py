"""Quiz results on the hub: stored once each by the client's UUID, read back for teachers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlite_utils


def now() -> str:
    """The hub's clock, UTC, as ISO 8601: the only time results are ordered by."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def create_results_table(db: sqlite_utils.Database) -> None:
    db.table("results").create(
        {
            "id": str,
            "quiz_id": str,
            "question_id": str,
            "pupil": str,
            "answer": str,
            "answered_at": str,
            "classroom": str,
            "received_at": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db.table("results").create_index(["quiz_id", "classroom"], if_not_exists=True)


def add_results(db: sqlite_utils.Database, items: list[dict[str, Any]], classroom: str) -> list[dict[str, str]]:
    """Store a batch of answers once each by id, all in one transaction.

    Returns per item {"id", "status"} with status 'stored' or 'duplicate'.
    """
    received_at = now()
    outcome = []
    with db.atomic():
        for item in items:
            cursor = db.execute(
                "insert or ignore into results (id, quiz_id, question_id, pupil, answer, answered_at, classroom,"
                " received_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    item["id"].lower(),
                    item["quiz_id"],
                    item["question_id"],
                    item["pupil"],
                    json.dumps(item["answer"], ensure_ascii=False),
                    item["answered_at"],
                    classroom,
                    received_at,
                ],
            )
            outcome.append({"id": item["id"], "status": "stored" if cursor.rowcount else "duplicate"})
    return outcome


def find_results(
    db: sqlite_utils.Database, quiz_id: str | None, classroom: str | None, ids: Sequence[str] | None = None
) -> list[dict[str, Any]]:
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
    sql = "select * from results" + (" where " + " and ".join(where) if where else "")
    rows = db.query(sql + " order by received_at, rowid", args)
    return [{**row, "answer": json.loads(row["answer"])} for row in rows]
