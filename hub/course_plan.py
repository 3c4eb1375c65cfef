"""A course's plan: its live sessions in the timetable and its assignments, and the times they keep.

Tables: `course_sessions` (id, course_id, starts_at, ends_at, minutes, code) and `assignments` (id, course_id,
lesson_id, opens_at, due_at, classrooms: a JSON list of classroom names, or null for all the course's). Times are
stored in UTC as ISO 8601 of fixed width, so they compare as text in SQL; replies give them in the hub's time zone.
A session's code is kept for the course's teachers from the moment it is planned until the session ends.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from hub.database import Database
from protocol.live.code import CODE_ALPHABET, CODE_LENGTH


def create_plan_tables(db: Database) -> None:
    db.execute(
        "create table if not exists course_sessions (id text primary key, course_id text, starts_at text,"
        " ends_at text, minutes bigint, code text)"
    )
    db.execute("create index if not exists idx_course_sessions_code on course_sessions (code, ends_at)")
    db.execute(
        "create table if not exists assignments (id text primary key, course_id text, lesson_id text,"
        " opens_at text, due_at text, classrooms text)"
    )


def utc(moment: str) -> str:
    """An ISO 8601 time with an offset (or Z) as the stored UTC text."""
    return datetime.fromisoformat(moment.upper().replace("Z", "+00:00")).astimezone(UTC).isoformat(timespec="seconds")


def local(stored: str) -> str:
    """A stored UTC time in the hub's own time zone."""
    return datetime.fromisoformat(stored).astimezone().isoformat(timespec="seconds")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _end(starts_at: str, minutes: int) -> str:
    return (datetime.fromisoformat(starts_at) + timedelta(minutes=minutes)).isoformat(timespec="seconds")


# sessions


def code_kept(db: Database, code: str, but: str = "") -> bool:
    """A session that has not ended (other than the session `but`) keeps this code."""
    rows = db.query("select 1 from course_sessions where code = ? and ends_at > ? and id != ?", [code, utc_now(), but])
    return bool(rows)


def free_code(db: Database) -> str:
    """A code no session that has not ended keeps."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not code_kept(db, code):
            return code


def code_teachers(db: Database, code: str) -> list[str] | None:
    """The names of the teachers of the course whose unended session keeps this code; None: no session keeps it."""
    rows = db.query("select course_id from course_sessions where code = ? and ends_at > ?", [code, utc_now()])
    if not rows:
        return None
    names = db.query("select name from course_teachers where course_id = ?", [rows[0]["course_id"]])
    return [row["name"] for row in names]


def add_session(db: Database, course_id: str, start: str, minutes: int, code: str) -> str:
    session_id = secrets.token_hex(8)
    starts_at = utc(start)
    db.execute(
        "insert into course_sessions (id, course_id, starts_at, ends_at, minutes, code) values (?, ?, ?, ?, ?, ?)",
        [session_id, course_id, starts_at, _end(starts_at, minutes), minutes, code],
    )
    return session_id


def find_session(db: Database, course_id: str, session_id: str) -> dict[str, Any] | None:
    rows = db.query("select * from course_sessions where id = ? and course_id = ?", [session_id, course_id])
    return rows[0] if rows else None


def update_session(db: Database, row: dict[str, Any], changes: dict[str, Any]) -> None:
    """Change a session's start, minutes or code (a SessionChange body's fields)."""
    starts_at = utc(changes["start"]) if "start" in changes else row["starts_at"]
    minutes = changes.get("minutes", row["minutes"])
    db.execute(
        "update course_sessions set starts_at = ?, ends_at = ?, minutes = ?, code = ? where id = ?",
        [starts_at, _end(starts_at, minutes), minutes, changes.get("code", row["code"]), row["id"]],
    )


def delete_session(db: Database, session_id: str) -> None:
    db.execute("delete from course_sessions where id = ?", [session_id])


def sessions_of(
    db: Database, course_ids: Sequence[str], start: str | None = None, end: str | None = None
) -> list[dict[str, Any]]:
    """The sessions of these courses, earliest first; with start and end (UTC) only those overlapping that window."""
    if not course_ids:
        return []
    sql = f"select * from course_sessions where course_id in ({', '.join('?' for _ in course_ids)})"
    args: list[Any] = list(course_ids)
    if start is not None and end is not None:
        sql += " and starts_at < ? and ends_at > ?"
        args += [end, start]
    return db.query(sql + " order by starts_at, id", args)


# assignments


def _classrooms(value: Sequence[str] | None) -> str | None:
    return None if value is None else json.dumps(list(dict.fromkeys(value)), ensure_ascii=False)


def add_assignment(db: Database, course_id: str, fields: dict[str, Any]) -> str:
    """A new assignment from a NewAssignment body's fields."""
    assignment_id = secrets.token_hex(8)
    db.execute(
        "insert into assignments (id, course_id, lesson_id, opens_at, due_at, classrooms) values (?, ?, ?, ?, ?, ?)",
        [
            assignment_id,
            course_id,
            fields["lesson"],
            utc(fields["opens"]),
            utc(fields["due"]),
            _classrooms(fields.get("classrooms")),
        ],
    )
    return assignment_id


def find_assignment(db: Database, course_id: str, assignment_id: str) -> dict[str, Any] | None:
    found = assignments_of(db, [course_id])
    return next((row for row in found if row["id"] == assignment_id), None)


def update_assignment(db: Database, assignment_id: str, changes: dict[str, Any]) -> None:
    """Change the fields of an AssignmentChange body (null classrooms: all the course's)."""
    values: dict[str, Any] = {}
    if "lesson" in changes:
        values["lesson_id"] = changes["lesson"]
    for key in ("opens", "due"):
        if key in changes:
            values[f"{key}_at"] = utc(changes[key])
    if "classrooms" in changes:
        values["classrooms"] = _classrooms(changes["classrooms"])
    if values:
        db.update("assignments", assignment_id, values)


def delete_assignment(db: Database, assignment_id: str) -> None:
    db.execute("delete from assignments where id = ?", [assignment_id])


def assignments_of(db: Database, course_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The assignments of these courses, soonest due first, classrooms decoded (None: all)."""
    if not course_ids:
        return []
    marks = ", ".join("?" for _ in course_ids)
    rows = db.query(f"select * from assignments where course_id in ({marks}) order by due_at, id", list(course_ids))
    for row in rows:
        row["classrooms"] = None if row["classrooms"] is None else json.loads(row["classrooms"])
    return rows


def assigned_to(row: dict[str, Any], classroom: str, enrolled: Sequence[str]) -> bool:
    """The assignment is given to this classroom of its course (enrolled: the course's classrooms)."""
    return classroom in enrolled and (row["classrooms"] is None or classroom in row["classrooms"])


def delete_plan(db: Database, course_id: str) -> None:
    """A deleted course's sessions and assignments go with it."""
    db.execute("delete from course_sessions where course_id = ?", [course_id])
    db.execute("delete from assignments where course_id = ?", [course_id])
