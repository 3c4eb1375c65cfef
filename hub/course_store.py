"""Courses' rows: a course, its teachers and classrooms (by token name) and its ordered library lessons.

Tables: `courses` (id, title as schema Text JSON, subject, grade, created_at), `course_teachers` (course_id,
position, name: a teacher token's name, the creator first), `course_classrooms` (course_id, position, name: a
classroom token's name) and `course_lessons` (course_id, position, lesson_id). Sessions and assignments are in
hub/course_plan.py, progress in hub/progress_store.py; deleting a course leaves progress and answers alone.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from typing import Any

from hub.database import Database
from hub.result_store import now

LISTS = {"teachers": "course_teachers", "classrooms": "course_classrooms"}


def create_course_tables(db: Database) -> None:
    db.execute(
        "create table if not exists courses (id text primary key, title text, subject text, grade bigint,"
        " created_at text)"
    )
    for table in LISTS.values():
        db.execute(
            f"create table if not exists {table} (course_id text, position bigint, name text,"
            " primary key (course_id, position))"
        )
        db.execute(f"create index if not exists idx_{table}_name on {table} (name)")
    db.execute(
        "create table if not exists course_lessons (course_id text, position bigint, lesson_id text,"
        " primary key (course_id, position))"
    )


def unknown_tokens(db: Database, names: Sequence[str], role: str) -> list[str]:
    """The names among names that no token of this role has."""
    known = {row["name"] for row in db.query("select distinct name from tokens where role = ?", [role])}
    return [name for name in names if name not in known]


def unknown_lessons(db: Database, ids: Sequence[str]) -> list[str]:
    known = {row["id"] for row in db.query("select id from lessons")}
    return [i for i in ids if i not in known]


def _set_list(db: Database, table: str, course_id: str, column: str, values: Sequence[str]) -> None:
    db.execute(f"delete from {table} where course_id = ?", [course_id])
    for position, value in enumerate(dict.fromkeys(values)):  # each once, first place kept
        db.execute(
            f"insert into {table} (course_id, position, {column}) values (?, ?, ?)", [course_id, position, value]
        )


def insert_course(db: Database, fields: dict[str, Any]) -> str:
    """A new course from a NewCourse body's fields (teachers already holding the creator); answers its id."""
    course_id = secrets.token_hex(8)
    db.execute(
        "insert into courses (id, title, subject, grade, created_at) values (?, ?, ?, ?, ?)",
        [course_id, json.dumps(fields["title"], ensure_ascii=False), fields["subject"], fields["grade"], now()],
    )
    update_course(db, course_id, {k: fields[k] for k in ("teachers", "classrooms", "lessons") if k in fields})
    return course_id


def update_course(db: Database, course_id: str, changes: dict[str, Any]) -> None:
    """Change the fields of a CourseChange body; a list replaces the one there was."""
    values: dict[str, Any] = {name: changes[name] for name in ("subject", "grade") if name in changes}
    if "title" in changes:
        values["title"] = json.dumps(changes["title"], ensure_ascii=False)
    if values:
        db.update("courses", course_id, values)
    for key, table in LISTS.items():
        if key in changes:
            _set_list(db, table, course_id, "name", changes[key])
    if "lessons" in changes:
        _set_list(db, "course_lessons", course_id, "lesson_id", changes["lessons"])


def delete_course(db: Database, course_id: str) -> None:
    """The course and its lists go; sessions and assignments are hub/course_plan.py's to remove."""
    for table in (*LISTS.values(), "course_lessons"):
        db.execute(f"delete from {table} where course_id = ?", [course_id])
    db.execute("delete from courses where id = ?", [course_id])


def find_course(db: Database, course_id: str) -> dict[str, Any] | None:
    """The course's row with its lists: title (decoded), teachers, classrooms, lessons."""
    found = courses_by_id(db, [course_id])
    return found[0] if found else None


def courses_by_id(db: Database, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The courses with these ids, in creation order, each with its lists."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.query(f"select * from courses where id in ({marks}) order by created_at, id", list(ids))
    for row in rows:
        row["title"] = json.loads(row["title"])
        row["lessons"] = []
        for key in LISTS:
            row[key] = []
    by_id = {row["id"]: row for row in rows}
    for key, table in LISTS.items():
        sql = f"select course_id, name from {table} where course_id in ({marks}) order by position"
        for item in db.query(sql, ids):
            by_id[item["course_id"]][key].append(item["name"])
    for item in db.query(
        f"select course_id, lesson_id from course_lessons where course_id in ({marks}) order by position", ids
    ):
        by_id[item["course_id"]]["lessons"].append(item["lesson_id"])
    return rows


def course_ids(db: Database, role: str, name: str) -> list[str]:
    """The ids of the courses a token sees: an admin all, a teacher those they teach, a classroom its enrolled ones."""
    if role == "admin":
        return [row["id"] for row in db.query("select id from courses")]
    table = LISTS["teachers" if role == "teacher" else "classrooms"]
    return [row["course_id"] for row in db.query(f"select distinct course_id from {table} where name = ?", [name])]
