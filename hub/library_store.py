"""The library's rows: who made each lesson, its grade and description, whether it is published, its video's job.

A lesson of the library is a row of the lessons table (hub/store.py) with these columns more:
`owner` (the hash of the token that made it; "" for the hub's own demo lessons, which only an admin
edits), `owner_name`, `grade`, `description` (schema Text as JSON, or null), `published` (1 or 0),
`pending` (the upload being transcoded into its next video; "" when none) and `failure` (why the last
upload did not become a video; "" when it did). The catalog shows a lesson once it is published and
its `video_id` names a ready video; a new video takes its place in one transaction.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any

from hub.catalog_store import mark_changed
from hub.database import Database
from hub.quiz_versions import keep_version

if TYPE_CHECKING:  # hub.store creates the columns with add_library_columns
    from hub.store import Enrolment

COLUMNS = {
    "owner": "text default ''",
    "owner_name": "text default ''",
    "grade": "bigint",
    "description": "text",
    "published": "bigint default 1",
    "pending": "text default ''",
    "failure": "text default ''",
    "failure_kind": "text default ''",
    "failure_file": "text default ''",
}
_SELECT = "select l.*, v.filename, v.size, v.duration from lessons l left join videos v on v.id = l.video_id"


def add_library_columns(db: Database) -> None:
    """Give the lessons table the library's columns (the demo's lessons then belong to no teacher, published)."""
    have = db.columns("lessons")
    for name, kind in COLUMNS.items():
        if name not in have:
            db.execute(f"alter table lessons add column {name} {kind}")


def _text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _quiz_text(db: Database, quiz: dict[str, Any] | None) -> str:
    """A lesson's quiz column: the quiz numbered as a version (hub/quiz_versions.py), so answers given to an earlier
    text stay judged against it; "null" for none. In the caller's transaction."""
    return json.dumps(None if quiz is None else keep_version(db, quiz), ensure_ascii=False)


def find_lesson(db: Database, lesson_id: str) -> dict[str, Any] | None:
    """The lesson's row with its video's filename, size and duration (None when it has no video yet)."""
    rows = db.query(f"{_SELECT} where l.id = ?", [lesson_id])
    return rows[0] if rows else None


def lessons_of(db: Database, owner: str | None) -> list[dict[str, Any]]:
    """The rows of the lessons owner (a token's hash) made, or of every lesson (None), in catalog order."""
    if owner is None:
        return db.query(f"{_SELECT} order by l.position, l.id")
    return db.query(f"{_SELECT} where l.owner = ? order by l.position, l.id", [owner])


def insert_lesson(db: Database, who: Enrolment, fields: dict[str, Any], pending: str) -> str:
    """A new lesson (published, no video yet) with fields from a NewLesson body; answers its id."""
    lesson_id = secrets.token_hex(8)
    position = db.query("select coalesce(max(position), -1) + 1 as n from lessons")[0]["n"]
    db.execute(
        "insert into lessons (id, position, subject, title, video_id, quiz, owner, owner_name, grade, description,"
        " published, pending, failure) values (?, ?, ?, ?, null, ?, ?, ?, ?, ?, 1, ?, '')",
        [
            lesson_id,
            position,
            fields["subject"],
            _text(fields["title"]),
            _quiz_text(db, fields["quiz"]),
            who.token_hash,
            who.name,
            fields["grade"],
            _text(fields["description"]),
            pending,
        ],
    )
    mark_changed(db, lesson_id)
    return lesson_id


def update_lesson(db: Database, lesson_id: str, changes: dict[str, Any]) -> None:
    """Change the fields of a LessonChange body (a new upload is the caller's to start: see start_job), in the
    caller's transaction (the change's number in the catalog: hub/catalog_store.py)."""
    values: dict[str, Any] = {}
    for name in ("subject", "grade"):
        if name in changes:
            values[name] = changes[name]
    for name in ("title", "description"):
        if name in changes:
            values[name] = _text(changes[name])
    if "quiz" in changes:
        values["quiz"] = _quiz_text(db, changes["quiz"])
    if "published" in changes:
        values["published"] = int(changes["published"])
    if values:
        db.update("lessons", lesson_id, values)
        mark_changed(db, lesson_id)


def quiz_elsewhere(db: Database, quiz_id: str, lesson_id: str = "") -> bool:
    """Another lesson than lesson_id has a quiz with this id (results name a quiz by its id)."""
    for row in db.query("select quiz from lessons where id != ?", [lesson_id]):
        quiz = json.loads(row["quiz"])
        if quiz is not None and quiz["id"] == quiz_id:
            return True
    return False


def start_job(db: Database, lesson_id: str, upload_id: str) -> None:
    """The upload is now the lesson's next video, being made."""
    db.execute(
        "update lessons set pending = ?, failure = '', failure_kind = '', failure_file = '' where id = ?",
        [upload_id, lesson_id],
    )
    mark_changed(db, lesson_id)


def pending_jobs(db: Database) -> list[tuple[str, str]]:
    """(lesson id, upload id) of every video being made: what a restarted hub takes up again."""
    return [(row["id"], row["pending"]) for row in db.query("select id, pending from lessons where pending != ''")]


def end_job(
    db: Database,
    lesson_id: str,
    upload_id: str,
    video: dict[str, Any] | None,
    failure: tuple[str, str, str] = ("", "", ""),
) -> tuple[bool, str | None]:
    """The job of upload_id ended: with its new video row (replacing the lesson's video), or with failure (the
    sentence, its kind and the teacher's file name).

    Answers whether the lesson took the result (False, changing nothing, when it has gone on to another upload
    or is gone) and the filename of the video it replaced, whose row is gone: the caller removes its files.
    """
    with db.transaction():
        rows = db.query("select pending, video_id from lessons where id = ?", [lesson_id])
        if not rows or rows[0]["pending"] != upload_id:
            return False, None
        if video is None:
            db.execute(
                "update lessons set pending = '', failure = ?, failure_kind = ?, failure_file = ? where id = ?",
                [*failure, lesson_id],
            )
            mark_changed(db, lesson_id)
            return True, None
        columns = ", ".join(video)
        db.execute(f"insert into videos ({columns}) values ({', '.join('?' for _ in video)})", list(video.values()))
        db.execute("update lessons set video_id = ?, pending = '' where id = ?", [video["id"], lesson_id])
        mark_changed(db, lesson_id)
        old = db.query("select filename from videos where id = ?", [rows[0]["video_id"]])
        db.execute("delete from videos where id = ?", [rows[0]["video_id"]])
    return True, old[0]["filename"] if old else None
