"""Live lessons on disk: each lesson, the peer id of each enrolment in it, and who was there when.

Kept in the hub's SQLite beside the results, so a lesson, its peer ids and its attendance outlive
a restart of the hub.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from hub.results import now


def create_attendance_tables(db: sqlite_utils.Database) -> None:
    db.table("live_lessons").create(
        {"id": str, "code": str, "teacher": str, "started_at": str, "ended_at": str}, pk="id", if_not_exists=True
    )
    db.table("live_peers").create(
        {"lesson_id": str, "peer": str, "name": str, "role": str},
        pk=("lesson_id", "peer"),
        if_not_exists=True,
    )
    db.table("attendance").create(
        {"id": int, "lesson_id": str, "peer": str, "name": str, "role": str, "joined_at": str, "left_at": str},
        pk="id",
        if_not_exists=True,
    )
    db.table("attendance").create_index(["lesson_id"], if_not_exists=True)


def record_lesson(db: sqlite_utils.Database, lesson_id: str, code: str, teacher: str, teacher_peer: str) -> str:
    """A lesson begins now, with its teacher's peer id; returns its start time."""
    started_at = now()
    with db.atomic():
        db.table("live_lessons").insert(
            {"id": lesson_id, "code": code, "teacher": teacher, "started_at": started_at, "ended_at": None}
        )
        db.table("live_peers").insert(
            {"lesson_id": lesson_id, "peer": teacher_peer, "name": teacher, "role": "teacher"}
        )
    return started_at


def record_end(db: sqlite_utils.Database, lesson_id: str) -> None:
    """The lesson is over: so is every visit still open in it."""
    ended_at = now()
    with db.atomic():
        db.execute("update live_lessons set ended_at = ? where id = ?", [ended_at, lesson_id])
        db.execute("update attendance set left_at = ? where lesson_id = ? and left_at is null", [ended_at, lesson_id])


def record_peer(db: sqlite_utils.Database, lesson_id: str, peer: str, name: str, role: str) -> None:
    """An enrolment's peer id in a lesson, kept for when it comes back."""
    with db.atomic():
        db.table("live_peers").insert({"lesson_id": lesson_id, "peer": peer, "name": name, "role": role})


def record_join(db: sqlite_utils.Database, lesson_id: str, peer: str, name: str, role: str) -> tuple[int, str]:
    """A peer's socket came into the lesson; returns the visit's id and its time."""
    joined_at = now()
    with db.atomic():
        row = {"lesson_id": lesson_id, "peer": peer, "name": name, "role": role, "joined_at": joined_at}
        visit = db.table("attendance").insert({**row, "left_at": None}).last_pk
    return int(visit), joined_at


def record_leave(db: sqlite_utils.Database, visit: int) -> None:
    with db.atomic():
        db.execute("update attendance set left_at = ? where id = ? and left_at is null", [now(), visit])


def live_lessons(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Lessons not ended, each with its peers ({"peer", "name", "role", "joined_at"}: the first visit)."""
    lessons = list(db.query("select * from live_lessons where ended_at is null order by started_at"))
    for lesson in lessons:
        lesson["peers"] = list(
            db.query(
                "select p.peer, p.name, p.role, min(a.joined_at) as joined_at from live_peers p"
                " left join attendance a on a.lesson_id = p.lesson_id and a.peer = p.peer"
                " where p.lesson_id = ? group by p.peer order by joined_at",
                [lesson["id"]],
            )
        )
    return lessons


def close_open_visits(db: sqlite_utils.Database) -> None:
    """Visits left open by a hub that stopped without closing its sockets end when the hub starts again."""
    with db.atomic():
        db.execute("update attendance set left_at = ? where left_at is null", [now()])


def teacher_lessons(db: sqlite_utils.Database, teacher: str) -> list[dict[str, Any]]:
    """A teacher's lessons, newest first."""
    return list(
        db.query(
            "select id, code, teacher, started_at, ended_at from live_lessons where teacher = ?"
            " order by started_at desc",
            [teacher],
        )
    )


def attendance(db: sqlite_utils.Database, lesson_id: str) -> list[dict[str, Any]]:
    """Every visit to a lesson in the order they began; left_at is None while a visit goes on."""
    return list(
        db.query(
            "select peer, name, role, joined_at, left_at from attendance where lesson_id = ? order by joined_at, id",
            [lesson_id],
        )
    )
