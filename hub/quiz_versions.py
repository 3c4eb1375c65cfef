"""Every quiz text the hub has served, kept as a numbered version, so answers stay judged against what pupils saw.

A quiz is versioned by its id: the first text the hub serves is version 1; setting the same text again keeps its
version, a changed text gets the next number. The catalog's quiz carries its `version`, a classroom's answer names
it (`quiz_version`), and GET /api/v1/results hands back the versions its answers refer to. A version is never
changed or removed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from hub.database import Database
from hub.result_store import now


def create_quiz_versions_table(db: Database) -> None:
    """The versions table; a hub.db from before versions keeps each lesson's quiz as its version 1."""
    db.execute(
        "create table if not exists quiz_versions (quiz_id text, version bigint, quiz text, sha256 text,"
        " created_at text, primary key (quiz_id, version))"
    )
    for row in db.query("select id, quiz from lessons where quiz is not null"):
        quiz = json.loads(row["quiz"])
        if quiz is not None and "version" not in quiz:
            db.execute("update lessons set quiz = ? where id = ?", [_text(keep_version(db, quiz)), row["id"]])


def _text(quiz: dict[str, Any]) -> str:
    return json.dumps(quiz, ensure_ascii=False)


def _fingerprint(quiz: dict[str, Any]) -> str:
    """What makes two quiz texts the same version: everything but the version number, keys in any order."""
    unversioned = {key: value for key, value in quiz.items() if key != "version"}
    return hashlib.sha256(json.dumps(unversioned, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def keep_version(db: Database, quiz: dict[str, Any]) -> dict[str, Any]:
    """The quiz as the hub serves it, with its `version`: the latest version's number when the text is unchanged,
    else the next number, kept from now on. Call it whenever a lesson's quiz is set or changed, in the transaction
    that stores the lesson (any `version` the caller's dict has is ignored)."""
    fingerprint = _fingerprint(quiz)
    with db.transaction():
        while True:  # hubs sharing one PostgreSQL may number the same quiz at once: the loser takes the next number
            latest = db.query(
                "select version, sha256 from quiz_versions where quiz_id = ? order by version desc limit 1",
                [quiz["id"]],
            )
            if latest and latest[0]["sha256"] == fingerprint:
                return {**quiz, "version": latest[0]["version"]}
            served = {**quiz, "version": latest[0]["version"] + 1 if latest else 1}
            taken = db.query(
                "insert into quiz_versions (quiz_id, version, quiz, sha256, created_at) values (?, ?, ?, ?, ?)"
                " on conflict (quiz_id, version) do nothing returning version",
                [quiz["id"], served["version"], _text(served), fingerprint, now()],
            )
            if taken:
                return served


def current_version(db: Database, quiz_id: str) -> int | None:
    """The newest version of a quiz; None for a quiz the hub has never served."""
    rows = db.query("select max(version) as version from quiz_versions where quiz_id = ?", [quiz_id])
    return rows[0]["version"] if rows and rows[0]["version"] is not None else None


def quiz_versions(db: Database, wanted: Iterable[tuple[str, int]]) -> list[dict[str, Any]]:
    """These versions of quizzes (quiz id, version), as they were served, by quiz id and version; unknown ones are
    left out."""
    found = []
    for quiz_id, version in sorted(set(wanted)):
        rows = db.query("select quiz from quiz_versions where quiz_id = ? and version = ?", [quiz_id, version])
        found += [json.loads(row["quiz"]) for row in rows]
    return found
