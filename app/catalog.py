"""The lesson catalog: kept in classroom.db so it works offline, refreshed from the hub when it can be."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from app.catalog_reply import body_matches_etag
from app.catalog_rows import HeldCatalog, apply, create_table, load
from app.hub_client import HubClient
from app.repeater import Repeater
from media.database import writing
from media.errors import ClassroomError
from protocol.content import Text
from protocol.http.enrolment import Enrolment

logger = logging.getLogger(__name__)

REFRESH_SECONDS = 300.0
RETRY_SECONDS = (5.0, 15.0, 30.0, 60.0, 120.0)


@dataclass(frozen=True)
class Lesson:
    """A lesson as the lesson list shows it."""

    id: str
    subject: str
    """english, mathematics, science, ...; named in the user's language by the view."""
    title: Text
    """As its author wrote it (shown with app.content.shown_text, whatever the interface's language)."""
    video: dict[str, Any] | None
    """The lesson's video as the catalog gives it (id, url, size, sha256, chunk_size, ...); None for a lesson that is
    only a quiz."""
    quiz: dict[str, Any] | None
    """The lesson's quiz as the catalog gives it (id, title, questions); None for a lesson that is only a video."""

    @classmethod
    def from_catalog(cls, entry: dict[str, Any]) -> Lesson:
        return cls(entry["id"], entry["subject"], Text.read(entry["title"]), entry.get("video"), entry.get("quiz"))

    @property
    def video_id(self) -> str | None:
        """The id of the lesson's video; None when it has none."""
        return str(self.video["id"]) if self.video is not None else None

    @property
    def duration(self) -> float:
        """Seconds of video; 0 without a video."""
        return float(self.video["duration"]) if self.video is not None else 0.0

    @property
    def size(self) -> int:
        """Bytes of video to download; 0 without a video."""
        return int(self.video["size"]) if self.video is not None else 0

    @property
    def questions(self) -> int:
        """How many questions its quiz asks; 0 without a quiz."""
        return len(self.quiz["questions"]) if self.quiz is not None else 0


class HubState(Enum):
    """How things stand with the hub."""

    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"


class CatalogService(QObject):
    """Owns the lesson list and the hub connection state. Must be used in the event loop."""

    lessons_changed = Signal()
    enrolment_changed = Signal()
    state_changed = Signal()

    def __init__(self, db: sqlite_utils.Database, client: HubClient) -> None:
        super().__init__()
        self._db = db
        self._client = client
        # the hub's documents as last fetched, so everything works offline
        self._db.table("hub_documents").create(
            {"name": str, "etag": str, "body": str, "fetched_at": str}, pk="name", if_not_exists=True
        )
        create_table(self._db)
        self._held = HeldCatalog()
        self._lessons: list[Lesson] = []
        self._enrolment = Enrolment("", "", ())
        self._state = HubState.CHECKING
        self._message = ""
        self._checked_at: datetime | None = None
        self._repeater = Repeater(self._refreshed, REFRESH_SECONDS, RETRY_SECONDS)
        self._load_saved()

    @property
    def lessons(self) -> list[Lesson]:
        return self._lessons

    @property
    def state(self) -> HubState:
        return self._state

    @property
    def message(self) -> str:
        """Why the hub is offline, in the user's language; "" when online."""
        return self._message

    @property
    def checked_at(self) -> datetime | None:
        """When the hub was last asked."""
        return self._checked_at

    @property
    def hub_url(self) -> str:
        return self._client.url

    @property
    def roster(self) -> list[str]:
        """The pupils of this classroom, as the hub last said."""
        return list(self._enrolment.roster)

    def _load_saved(self) -> None:
        self._held = load(self._db)
        if self._held.body and not body_matches_etag(self._held.etag, self._held.body.encode()):
            # kept damaged by a version before the check: ask for the whole catalog again
            logger.warning("saved catalog does not match its ETag %s: fetching it again", self._held.etag)
            self._held.etag = None
        self._lessons = self._parse(self._held.lessons)
        for row in self._db.query("select body from hub_documents where name = 'enrolment'"):
            self._enrolment = Enrolment.from_json(json.loads(row["body"]))

    def _save(self, name: str, etag: str | None, body: str) -> None:
        with writing(self._db):
            self._db.table("hub_documents").upsert(
                {"name": name, "etag": etag or "", "fetched_at": datetime.now().isoformat(), "body": body},
                pk="name",
            )

    @staticmethod
    def _parse(entries: list[dict[str, Any]]) -> list[Lesson]:
        return [Lesson.from_catalog(entry) for entry in entries]

    def _set_state(self, state: HubState, message: str) -> None:
        # always a change: at least checked_at moved on
        self._state, self._message, self._checked_at = state, message, datetime.now()
        self.state_changed.emit()

    async def refresh(self) -> None:
        """Ask the hub for the catalog once; failures become the offline state, never exceptions."""
        try:
            reply = await self._client.catalog(self._held.etag, self._held.cursor)
            enrolment = await self._client.enrolment()
        except ClassroomError as e:
            logger.info("catalog refresh failed: %s", e)
            self._set_state(HubState.OFFLINE, str(e))
            return
        if enrolment != self._enrolment:
            self._save("enrolment", None, json.dumps(enrolment.to_json(), ensure_ascii=False))
            self._enrolment = enrolment
            self.enrolment_changed.emit()
        if reply.catalog is not None:
            self._held = apply(self._db, self._held, reply.catalog, reply.etag)
            lessons = self._parse(self._held.lessons)
            logger.info("catalog: %d lessons (%d sent)", len(lessons), len(reply.catalog.lessons))
            if lessons != self._lessons:
                self._lessons = lessons
                self.lessons_changed.emit()
        self._set_state(HubState.ONLINE, "")

    def refresh_soon(self) -> None:
        """Cut the wait before the next refresh (the Retry button)."""
        self._repeater.wake()

    def start(self) -> None:
        """Keep the catalog fresh: every few minutes online, with backoff and jitter offline."""
        self._repeater.start()

    async def stop(self) -> None:
        await self._repeater.stop()

    async def _refreshed(self) -> bool:
        await self.refresh()
        return self._state is HubState.ONLINE
