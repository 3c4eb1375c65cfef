"""Live lessons on disk: each lesson, the peer id of each enrolment in it, and who was there when.

Kept in the hub's database beside the results, so a lesson, its peer ids and its attendance outlive
a restart of the hub.
"""

from __future__ import annotations

from typing import Any

from hub.database import Database
from hub.result_store import now
from protocol.http.lessons import LiveLesson, Visit


def create_attendance_tables(db: Database) -> None:
    db.execute(
        "create table if not exists live_lessons (id text primary key, code text, teacher text, started_at text,"
        " ended_at text)"
    )
    db.execute(
        "create table if not exists live_peers (lesson_id text, peer text, name text, role text,"
        " primary key (lesson_id, peer))"
    )
    db.execute(
        f"create table if not exists attendance (id {db.auto_id}, lesson_id text, peer text, name text, role text,"
        " joined_at text, left_at text)"
    )
    db.execute("create index if not exists idx_attendance_lesson_id on attendance (lesson_id)")


def record_lesson(db: Database, lesson_id: str, code: str, teacher: str, teacher_peer: str) -> str:
    """A lesson begins now, with its teacher's peer id; returns its start time."""
    started_at = now()
    with db.transaction():
        db.execute(
            "insert into live_lessons (id, code, teacher, started_at) values (?, ?, ?, ?)",
            [lesson_id, code, teacher, started_at],
        )
        record_peer(db, lesson_id, teacher_peer, teacher, "teacher")
    return started_at


def record_end(db: Database, lesson_id: str) -> None:
    """The lesson is over: so is every visit still open in it."""
    ended_at = now()
    with db.transaction():
        db.execute("update live_lessons set ended_at = ? where id = ?", [ended_at, lesson_id])
        db.execute("update attendance set left_at = ? where lesson_id = ? and left_at is null", [ended_at, lesson_id])


def record_peer(db: Database, lesson_id: str, peer: str, name: str, role: str) -> None:
    """An enrolment's peer id in a lesson, kept for when it comes back."""
    db.execute(
        "insert into live_peers (lesson_id, peer, name, role) values (?, ?, ?, ?)", [lesson_id, peer, name, role]
    )


def record_join(db: Database, lesson_id: str, peer: str, name: str, role: str) -> tuple[int, str]:
    """A peer's socket came into the lesson; returns the visit's id and its time."""
    joined_at = now()
    rows = db.query(
        "insert into attendance (lesson_id, peer, name, role, joined_at) values (?, ?, ?, ?, ?) returning id",
        [lesson_id, peer, name, role, joined_at],
    )
    return int(rows[0]["id"]), joined_at


def record_leave(db: Database, visit: int) -> None:
    db.execute("update attendance set left_at = ? where id = ? and left_at is null", [now(), visit])


def live_lessons(db: Database) -> list[dict[str, Any]]:
    """Lessons not ended, each with its peers ({"peer", "name", "role", "joined_at"}: the first visit)."""
    lessons = db.query("select * from live_lessons where ended_at is null order by started_at, id")
    for lesson in lessons:
        lesson["peers"] = db.query(
            "select p.peer, p.name, p.role, min(a.joined_at) as joined_at from live_peers p"
            " left join attendance a on a.lesson_id = p.lesson_id and a.peer = p.peer"
            " where p.lesson_id = ? group by p.peer, p.name, p.role order by joined_at nulls first, p.peer",
            [lesson["id"]],
        )
    return lessons


def close_open_visits(db: Database) -> None:
    """Visits left open by a hub that stopped without closing its sockets end when the hub starts again."""
    db.execute("update attendance set left_at = ? where left_at is null", [now()])


def teacher_lessons(db: Database, teacher: str) -> list[LiveLesson]:
    """A teacher's lessons, newest first."""
    rows = db.query(
        "select id, code, teacher, started_at, ended_at from live_lessons where teacher = ?"
        " order by started_at desc, id",
        [teacher],
    )
    return [LiveLesson(**row) for row in rows]


def attendance(db: Database, lesson_id: str) -> list[Visit]:
    """Every visit to a lesson in the order they began; left_at is None while a visit goes on."""
    rows = db.query(
        "select peer, name, role, joined_at, left_at from attendance where lesson_id = ? order by joined_at, id",
        [lesson_id],
    )
    return [Visit(**row) for row in rows]
