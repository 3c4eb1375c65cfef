"""The hub's store: enrolment tokens, lessons with their videos and quizzes, quiz results, live lessons.

One SQLite file (WAL, durable commits) beside a `videos/` folder, both under the data dir.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from hub.attendance import create_attendance_tables
from hub.results import create_results_table, now

logger = logging.getLogger(__name__)

ROLES = ("teacher", "classroom")
# fixed-size pieces whose sha256 the catalog lists, so a client can verify each as it arrives
CHUNK_SIZE = 256 * 1024


@dataclass(frozen=True)
class Enrolment:
    """Who a bearer token belongs to."""

    name: str
    """The classroom's or teacher's display name, as the admin gave it."""
    role: str
    """'teacher' or 'classroom'."""


@dataclass(frozen=True)
class VideoFile:
    """A lesson video as the hub serves it."""

    path: Path
    """The file, always inside the data dir's videos/ folder."""
    size: int
    sha256: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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
    """The hub's data dir. Must be used from one thread (the event loop's)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.videos_dir = self.data_dir / "videos"
        self.videos_dir.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.data_dir / "hub.db")
        self.db = sqlite_utils.Database(conn)
        self.db.enable_wal()
        # an acknowledged result must survive a power cut
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self._create_tables()

    def close(self) -> None:
        self.db.close()

    def _create_tables(self) -> None:
        self.db.table("tokens").create(
            {"hash": str, "name": str, "role": str, "created_at": str}, pk="hash", if_not_exists=True
        )
        self.db.table("videos").create(
            {
                "id": str,
                "filename": str,
                "size": int,
                "sha256": str,
                "chunk_size": int,
                "chunks": str,
                "duration": float,
                "mime": str,
            },
            pk="id",
            if_not_exists=True,
        )
        self.db.table("lessons").create(
            {
                "id": str,
                "position": int,
                "subject": str,
                "title_en": str,
                "title_zh_tw": str,
                "video_id": str,
                "quiz": str,
            },
            pk="id",
            if_not_exists=True,
        )
        self.db.table("pupils").create(
            {"classroom": str, "position": int, "name": str}, pk=("classroom", "position"), if_not_exists=True
        )
        create_results_table(self.db)
        create_attendance_tables(self.db)

    # enrolment

    def issue_token(self, role: str, name: str) -> str:
        """Enrol a PC or a teacher; the token is shown once and only its hash is kept."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        token = secrets.token_urlsafe(32)
        with self.db.atomic():
            self.db.table("tokens").insert(
                {"hash": _token_hash(token), "name": name, "role": role, "created_at": now()}
            )
        return token

    def set_roster(self, classroom: str, names: list[str]) -> None:
        """Replace a classroom's list of pupils (the names pupils pick on a shared PC)."""
        with self.db.atomic():
            self.db.execute("delete from pupils where classroom = ?", [classroom])
            self.db.table("pupils").insert_all(
                {"classroom": classroom, "position": i, "name": name} for i, name in enumerate(names)
            )

    def roster(self, classroom: str) -> list[str]:
        return [
            row["name"]
            for row in self.db.query("select name from pupils where classroom = ? order by position", [classroom])
        ]

    def enrolment(self, token: str) -> Enrolment | None:
        rows = list(self.db.query("select name, role from tokens where hash = ?", [_token_hash(token)]))
        return Enrolment(**rows[0]) if rows else None

    # lessons

    def add_lesson(self, lesson: dict[str, Any], video: Path, duration: float) -> None:
        """Register a lesson whose video file already lies in videos/."""
        video = video.resolve()
        if video.parent != self.videos_dir:
            raise ValueError(f"{video} is not in {self.videos_dir}")
        sha256, chunks = file_hashes(video)
        with self.db.atomic():
            self.db.table("videos").upsert(
                {
                    "id": lesson["id"],
                    "filename": video.name,
                    "size": video.stat().st_size,
                    "sha256": sha256,
                    "chunk_size": CHUNK_SIZE,
                    "chunks": json.dumps(chunks),
                    "duration": duration,
                    "mime": "video/mp4",
                },
                pk="id",
            )
            self.db.table("lessons").upsert(
                {
                    "id": lesson["id"],
                    "position": lesson["position"],
                    "subject": lesson["subject"],
                    "title_en": lesson["title"]["en"],
                    "title_zh_tw": lesson["title"]["zh_TW"],
                    "video_id": lesson["id"],
                    "quiz": json.dumps(lesson["quiz"], ensure_ascii=False),
                },
                pk="id",
            )

    def lesson_count(self) -> int:
        return self.db["lessons"].count

    def catalog(self) -> dict[str, Any]:
        """The catalog document as GET /api/v1/catalog returns it."""
        lessons = []
        for row in self.db.query(
            "select l.*, v.size, v.sha256, v.chunk_size, v.chunks, v.duration, v.mime"
            " from lessons l join videos v on v.id = l.video_id order by l.position, l.id"
        ):
            lessons.append(
                {
                    "id": row["id"],
                    "subject": row["subject"],
                    "title": {"en": row["title_en"], "zh_TW": row["title_zh_tw"]},
                    "video": {
                        "id": row["video_id"],
                        "url": f"/api/v1/videos/{row['video_id']}",
                        "size": row["size"],
                        "sha256": row["sha256"],
                        "mime": row["mime"],
                        "duration": row["duration"],
                        "chunk_size": row["chunk_size"],
                        "chunks": json.loads(row["chunks"]),
                    },
                    "quiz": json.loads(row["quiz"]),
                }
            )
        return {"lessons": lessons}

    def quiz(self, quiz_id: str) -> dict[str, Any] | None:
        """A quiz of the catalog by its id, as the catalog gives it."""
        for row in self.db.query("select quiz from lessons order by position, id"):
            quiz = json.loads(row["quiz"])
            if quiz["id"] == quiz_id:
                return quiz
        return None

    def video(self, video_id: str) -> VideoFile | None:
        """The file of a catalogued video; never a path outside videos/."""
        rows = list(self.db.query("select filename, size, sha256 from videos where id = ?", [video_id]))
        if not rows:
            return None
        path = (self.videos_dir / rows[0]["filename"]).resolve()
        if path.parent != self.videos_dir:
            logger.error("video %s points outside %s; refusing it", video_id, self.videos_dir)
            return None
        return VideoFile(path, rows[0]["size"], rows[0]["sha256"])
