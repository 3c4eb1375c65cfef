"""The hub's store: enrolment tokens, lessons with their videos and quizzes, quiz results, live lessons.

The tables live in SQLite's hub.db in the data dir (the default) or in a PostgreSQL database
several hubs may share; the video files always lie in the data dir's `videos/` folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.attendance import create_attendance_tables
from hub.catalog_store import catalog, catalog_entry, create_catalog_counter, mark_changed
from hub.course_plan import create_plan_tables
from hub.course_store import create_course_tables
from hub.database import Database, open_hub_database
from hub.library_store import add_library_columns
from hub.media_types import content_type
from hub.progress_store import create_progress_tables
from hub.quiz_versions import create_quiz_versions_table, keep_version
from hub.result_store import create_results_table, now
from hub.upload_store import create_uploads_table
from protocol.http.catalog import Catalog, VideoChunks
from protocol.schema import SchemaError, validate

logger = logging.getLogger(__name__)

ROLES = ("teacher", "classroom", "admin")
# fixed-size pieces whose sha256 GET videos/{id}/chunks lists, so a client can verify each as it arrives
CHUNK_SIZE = 256 * 1024


@dataclass(frozen=True)
class Enrolment:
    """Who a bearer token belongs to."""

    name: str
    """The classroom's or teacher's display name, as the admin gave it."""
    role: str
    """'teacher', 'classroom' or 'admin' (the district's: manages the whole library)."""
    token_hash: str = ""
    """The sha256 of the token: what owns the uploads (and lessons) it made."""


@dataclass(frozen=True)
class VideoFile:
    """A lesson video as the hub serves it."""

    path: Path
    """The file, always inside the data dir's videos/ folder."""
    size: int
    sha256: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _upsert(db: Database, table: str, row: dict[str, Any]) -> None:
    """Insert row, or replace the one with its id."""
    columns = ", ".join(row)
    updates = ", ".join(f"{column} = excluded.{column}" for column in row if column != "id")
    db.execute(
        f"insert into {table} ({columns}) values ({', '.join('?' for _ in row)})"
        f" on conflict (id) do update set {updates}",
        list(row.values()),
    )


def _keep_titles_per_language(db: Database) -> None:
    """Give a hub.db from before authored texts its title column: the titles per language, kept as they were."""
    db.execute("alter table lessons add column title text")
    for row in db.query("select id, title_en, title_zh_tw from lessons"):
        title = {"en": row["title_en"], "zh_TW": row["title_zh_tw"]}  # schema TextPerLanguage
        db.execute("update lessons set title = ? where id = ?", [json.dumps(title, ensure_ascii=False), row["id"]])


def file_hashes(path: Path, chunk_size: int = CHUNK_SIZE) -> tuple[str, list[str]]:
    """The sha256 of a whole file and of each chunk_size piece of it."""
    whole = hashlib.sha256()
    chunks = []
    with path.open("rb") as f:
        while block := f.read(chunk_size):
            whole.update(block)
            chunks.append(hashlib.sha256(block).hexdigest())
    return whole.hexdigest(), chunks


class Store:
    """The hub's data dir and database. Must be used from one thread (the event loop's)."""

    def __init__(self, data_dir: Path, db_url: str = "") -> None:
        """Open the database at db_url (a postgresql:// URL; "" for hub.db in data_dir), creating missing tables.

        Raises DatabaseUnreachable when PostgreSQL cannot be opened.
        """
        self.data_dir = data_dir.resolve()
        self.videos_dir = self.data_dir / "videos"
        self.videos_dir.mkdir(parents=True, exist_ok=True)
        self.uploads_dir = self.data_dir / "uploads"
        self.uploads_dir.mkdir(exist_ok=True)
        self.db = open_hub_database(db_url, self.data_dir)
        try:
            self._create_tables()
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def _create_tables(self) -> None:
        with self.db.transaction():
            self.db.lock_setup()
            self.db.execute(
                "create table if not exists tokens (hash text primary key, name text, role text, created_at text)"
            )
            self.db.execute(
                "create table if not exists videos (id text primary key, filename text, size bigint, sha256 text,"
                " chunk_size bigint, chunks text, duration double precision, mime text)"
            )
            self.db.execute(
                "create table if not exists lessons (id text primary key, position bigint, subject text, title text,"
                " video_id text, quiz text)"
            )
            if "title" not in self.db.columns("lessons"):
                _keep_titles_per_language(self.db)
            add_library_columns(self.db)
            self.db.execute(
                "create table if not exists pupils (classroom text, position bigint, name text,"
                " primary key (classroom, position))"
            )
            create_quiz_versions_table(self.db)  # before results: older answers take the version of their quiz
            create_results_table(self.db)
            create_attendance_tables(self.db)
            create_uploads_table(self.db)
            create_course_tables(self.db)
            create_plan_tables(self.db)
            create_progress_tables(self.db)
            create_catalog_counter(self.db)

    # enrolment

    def issue_token(self, role: str, name: str) -> str:
        """Enrol a PC or a teacher; the token is shown once and only its hash is kept."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        token = secrets.token_urlsafe(32)
        self.db.execute(
            "insert into tokens (hash, name, role, created_at) values (?, ?, ?, ?)",
            [_token_hash(token), name, role, now()],
        )
        return token

    def set_roster(self, classroom: str, names: list[str]) -> None:
        """Replace a classroom's list of pupils (the names pupils pick on a shared PC)."""
        with self.db.transaction():
            self.db.execute("delete from pupils where classroom = ?", [classroom])
            for i, name in enumerate(names):
                self.db.execute("insert into pupils (classroom, position, name) values (?, ?, ?)", [classroom, i, name])

    def roster(self, classroom: str) -> list[str]:
        return [
            row["name"]
            for row in self.db.query("select name from pupils where classroom = ? order by position", [classroom])
        ]

    def rosters(self, classroom: str | None = None) -> dict[str, list[str]]:
        """The pupils of every enrolled classroom (or only of this one) by its name, each in the admin's order.

        A roster whose classroom has no token yet is left out: none of its pupils can answer.
        """
        enrolled = "classroom in (select name from tokens where role = 'classroom')"
        where, args = (f"where {enrolled} and classroom = ?", [classroom]) if classroom else (f"where {enrolled}", [])
        found: dict[str, list[str]] = {}
        for row in self.db.query(f"select classroom, name from pupils {where} order by classroom, position", args):
            found.setdefault(row["classroom"], []).append(row["name"])
        return found

    def enrolment(self, token: str) -> Enrolment | None:
        rows = self.db.query("select name, role, hash as token_hash from tokens where hash = ?", [_token_hash(token)])
        return Enrolment(**rows[0]) if rows else None

    # lessons

    def add_lesson(self, lesson: dict[str, Any], video: Path | None, duration: float = 0.0) -> None:
        """Register a lesson: its video file (None for a lesson that is only a quiz) already lies in videos/, its
        quiz is lesson["quiz"] (absent for a lesson that is only a video).

        Raises ValueError when the file is elsewhere or the lesson has neither a video nor a quiz, SchemaError (a
        ValueError) naming the lesson and the field when the lesson would break the catalog's schema (a text
        without its author's language, say).
        """
        quiz = lesson.get("quiz")
        if video is None and quiz is None:
            raise ValueError(f"lesson {lesson['id']!r} has neither a video nor a quiz: give it at least one of them")
        row = {
            "id": lesson["id"],
            "position": lesson["position"],
            "subject": lesson["subject"],
            "title": json.dumps(lesson["title"], ensure_ascii=False),
            "video_id": lesson["id"] if video is not None else None,
            "quiz": json.dumps(quiz, ensure_ascii=False) if quiz is not None else None,
        }
        file = self._video_row(lesson["id"], video, duration) if video is not None else None
        try:
            validate(catalog_entry({**(file or {}), **row}), "Lesson")
        except SchemaError as e:
            raise SchemaError(f"lesson {lesson['id']!r}: {e}", e.field) from None
        with self.db.transaction():
            if quiz is not None:
                row["quiz"] = json.dumps(keep_version(self.db, quiz), ensure_ascii=False)
            if file is not None:
                _upsert(self.db, "videos", file)
            _upsert(self.db, "lessons", row)
            mark_changed(self.db, lesson["id"])

    def _video_row(self, video_id: str, video: Path, duration: float) -> dict[str, Any]:
        """The videos table's row of a file in videos/; raises ValueError when it lies elsewhere."""
        video = video.resolve()
        if video.parent != self.videos_dir:
            raise ValueError(f"{video} is not in {self.videos_dir}")
        sha256, chunks = file_hashes(video)
        return {
            "id": video_id,
            "filename": video.name,
            "size": video.stat().st_size,
            "sha256": sha256,
            "chunk_size": CHUNK_SIZE,
            "chunks": json.dumps(chunks),
            "duration": duration,
            "mime": content_type(video),
        }

    def position_for(self, lesson_id: str) -> int:
        """Where a lesson stands in the catalog: where it is, or after every other for a new one."""
        rows = self.db.query("select position from lessons where id = ?", [lesson_id])
        if rows:
            return int(rows[0]["position"])
        return int(self.db.query("select coalesce(max(position), -1) + 1 as p from lessons")[0]["p"])

    def set_quiz(self, lesson_id: str, quiz: dict[str, Any]) -> int:
        """Give a lesson this quiz (new or changed); returns the version classrooms will be served.

        The quiz text is kept as a version (hub/quiz_versions.py): unchanged, it keeps its version; changed, it
        gets the next one, and answers to the earlier versions stay judged against them. Raises KeyError for a
        lesson the hub does not have, SchemaError when the quiz would break the catalog's schema.
        """
        try:
            validate(quiz, "Quiz")
        except SchemaError as e:
            raise SchemaError(f"quiz of lesson {lesson_id!r}: {e}", e.field) from None
        with self.db.transaction():
            if lesson_id not in self.lesson_ids():
                raise KeyError(lesson_id)
            served = keep_version(self.db, quiz)
            self.db.execute(
                "update lessons set quiz = ? where id = ?", [json.dumps(served, ensure_ascii=False), lesson_id]
            )
            mark_changed(self.db, lesson_id)
        return int(served["version"])

    def lesson_ids(self) -> set[str]:
        return {row["id"] for row in self.db.query("select id from lessons")}

    def catalog(self, since: int | None = None) -> Catalog:
        """The catalog document as GET /api/v1/catalog returns it: the published lessons whose video is ready,
        and those that are only a quiz (not one whose first video is still being made or failed); with since a
        cursor, only what changed after it (hub/catalog_store.py)."""
        return catalog(self.db, since)

    def quiz(self, quiz_id: str) -> dict[str, Any] | None:
        """A quiz of the catalog by its id, as the catalog gives it."""
        for row in self.db.query("select quiz from lessons where quiz is not null order by position, id"):
            quiz = json.loads(row["quiz"])
            if quiz is not None and quiz["id"] == quiz_id:
                return quiz
        return None

    def video_chunks(self, video_id: str) -> VideoChunks | None:
        """The chunk hashes of a catalogued video (GET videos/{id}/chunks), None for one the hub does not have."""
        rows = self.db.query("select sha256, chunk_size, chunks from videos where id = ?", [video_id])
        if not rows:
            return None
        return VideoChunks(rows[0]["sha256"], rows[0]["chunk_size"], tuple(json.loads(rows[0]["chunks"])))

    def video(self, video_id: str) -> VideoFile | None:
        """The file of a catalogued video; never a path outside videos/."""
        rows = self.db.query("select filename, size, sha256 from videos where id = ?", [video_id])
        if not rows:
            return None
        path = (self.videos_dir / rows[0]["filename"]).resolve()
        if path.parent != self.videos_dir:
            logger.error("video %s points outside %s; refusing it", video_id, self.videos_dir)
            return None
        return VideoFile(path, rows[0]["size"], rows[0]["sha256"])
