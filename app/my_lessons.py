"""My lessons: the teacher's lessons in the hub's library, and the publishes this PC is carrying out.

A publish is kept in classroom.db (app.publish_drafts) before anything is sent: upload the file (app.uploader,
resumable from the hub's offset), then POST the new lesson or PATCH the change, then forget the draft. A publish
the link cut, the app closed or the PC switched off goes on at the next start (resume()).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.hub_client import HubClient
from app.library_client import LibraryClient
from app.publish_drafts import PublishDraft, PublishDrafts
from app.uploader import Uploader
from media.errors import ClassroomError, HubUnreachable
from media.units import size_text
from protocol.http.library import LibraryLesson, NewLesson

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

POLL = 3.0
"""Seconds between looks at the library while a lesson is processing."""


class MyLessons(QObject):
    """The teacher's library lessons, their thumbnails (kept in memory) and this PC's publishes in flight.

    changed() after every change of lessons, uploads, thumbnails or problem. Must be used in the event loop.
    """

    changed = Signal()

    def __init__(self, hub: HubClient, db: sqlite_utils.Database, uploads: Uploader, poll: float = POLL) -> None:
        super().__init__()
        self.client = LibraryClient(hub)
        self._drafts = PublishDrafts(db)
        self._uploads = uploads
        self._poll = poll
        self.lessons: list[LibraryLesson] = []
        self.problem = ""
        """Why the list could not be fetched (no teacher's token, the hub unreachable); "" when it was."""
        self.publish_problem = ""
        """Why the last publish did not go through (yet); "" when it did."""
        self.sending: dict[int, tuple[PublishDraft, float]] = {}
        """Drafts going up from this PC by row id, with the fraction of their file sent."""
        self.thumbnails: dict[str, bytes] = {}
        """JPEG of each lesson's video by lesson id, fetched once."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._poller: asyncio.Task[None] | None = None

    @property
    def processing(self) -> bool:
        return any(lesson.state == "processing" for lesson in self.lessons)

    def resume(self) -> None:
        """Carry on the publishes an earlier run left (each from the hub's offset of its upload)."""
        for draft in self._drafts.all():
            if draft.id not in self.sending:
                self._start(draft)

    async def refresh(self) -> None:
        """Fetch the lessons (and new thumbnails); look again every few seconds while one is processing."""
        try:
            self.lessons = list((await self.client.lessons()).lessons)
        except ClassroomError as e:
            self.lessons, self.problem = [], str(e)
            self.changed.emit()
            return
        self.problem = ""
        self.changed.emit()
        for lesson in self.lessons:
            video = lesson.video
            if video is not None and video.id not in self.thumbnails:
                with contextlib.suppress(ClassroomError):  # a lesson without its picture still lists
                    self.thumbnails[video.id] = await self.client.thumbnail(lesson.id)
                    self.changed.emit()
        if self.processing and (self._poller is None or self._poller.done()):
            self._poller = asyncio.get_running_loop().create_task(self._follow())

    def refresh_soon(self) -> None:
        """refresh() in the background."""
        self._keep(self.refresh())

    async def _follow(self) -> None:
        while self.processing:
            await asyncio.sleep(self._poll)
            await self.refresh()

    def publish(self, lesson_id: str | None, fields: dict[str, Any], path: Path | None) -> None:
        """Publish a new lesson (lesson_id None: fields as NewLesson's JSON without upload) or change one (fields:
        what changed), uploading path first; kept in classroom.db until the hub has it."""
        self._start(self._drafts.keep(PublishDraft(lesson_id, fields, str(path) if path else None)))

    def check_file(self, path: Path, then: Callable[[str], None]) -> None:
        """then(why the hub cannot take the file) once the hub has said its most, or then("") when it can."""

        async def check() -> None:
            try:
                size, most = path.stat().st_size, await self._uploads.max_size()
            except OSError as e:
                then(translate("library", "Cannot read {file}: {error}.").format(file=path, error=e.strerror or e))
                return
            except ClassroomError as e:
                then(str(e))
                return
            if most is not None and size > most:
                then(
                    translate(
                        "library",
                        "{file} is {size}; the hub takes files of up to {most}. Shorten or compress it, or ask the"
                        " hub's administrator.",
                    ).format(file=path.name, size=size_text(size), most=size_text(most))
                )
                return
            then("")

        self._keep(check())

    def unpublish(self, lesson_id: str) -> None:
        self._spawn(self.client.unpublish(lesson_id))

    def publish_again(self, lesson_id: str) -> None:
        self._spawn(self.client.change(lesson_id, {"published": True}))

    def _spawn(self, call: Awaitable[object]) -> None:
        async def run() -> None:
            try:
                await call
            except ClassroomError as e:
                self.publish_problem = str(e)
            await self.refresh()

        self._keep(run())

    def _start(self, draft: PublishDraft) -> None:
        self.sending[draft.id] = (draft, 0.0)
        self.changed.emit()
        self._keep(self._carry_on(draft))

    def _keep(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _carry_on(self, draft: PublishDraft) -> None:
        try:
            fields = dict(draft.fields)
            if draft.path is not None:
                fields["upload"] = await self._uploads.upload(Path(draft.path), lambda s, t: self._sent(draft, s, t))
            if draft.lesson_id is None:
                fields.setdefault("upload", None)
                await self.client.publish(NewLesson.from_json(fields))
            else:
                await self.client.change(draft.lesson_id, fields)
        except HubUnreachable as e:  # kept: goes on at the next start
            self.publish_problem = translate(
                "library", "{reason} The publish goes on when O&O Classroom next starts."
            ).format(reason=e)
        except ClassroomError as e:  # refused: nothing more to do with it
            self._drafts.forget(draft)
            self.publish_problem = str(e)
        else:
            self._drafts.forget(draft)
            self.publish_problem = ""
        del self.sending[draft.id]
        await self.refresh()

    def _sent(self, draft: PublishDraft, sent: int, total: int) -> None:
        self.sending[draft.id] = (draft, sent / total if total else 1.0)
        self.changed.emit()

    async def stop(self) -> None:
        """Stop following and sending; what was not sent stays in classroom.db for the next start."""
        tasks = [*self._tasks, *filter(None, [self._poller])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
