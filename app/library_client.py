"""The hub's library for a teacher's PC (docs/library-api.md): typed calls over HubClient.send, teacher's token."""

from __future__ import annotations

import json
from typing import Any, TypeVar
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from app.errors import HubError
from app.hub_client import HubClient
from app.tus import hub_sentence
from protocol.http.body import Body
from protocol.http.library import Library, LibraryLesson, NewLesson
from protocol.http.wire import read
from protocol.schema import SchemaError

translate = QCoreApplication.translate

PATH = "/library"
JSON = {"Content-Type": "application/json"}
B = TypeVar("B", bound=Body)


class LibraryClient:
    """List, publish, change and unpublish the lessons the teacher's token may edit. Raises HubUnreachable when the
    hub cannot be reached and HubError (with the hub's own sentence when it gave one) when it refuses.
    Must be used in the event loop."""

    def __init__(self, hub: HubClient) -> None:
        self.hub = hub

    async def lessons(self) -> Library:
        """The lessons the teacher's token may edit."""
        return await self._call(Library, "GET", PATH, 200)

    async def lesson(self, lesson_id: str) -> LibraryLesson:
        return await self._call(LibraryLesson, "GET", f"{PATH}/{quote(lesson_id)}", 200)

    async def publish(self, lesson: NewLesson) -> LibraryLesson:
        return await self._call(LibraryLesson, "POST", PATH, 201, lesson.to_json())

    async def change(self, lesson_id: str, change: dict[str, Any]) -> LibraryLesson:
        """PATCH the lesson with a LessonChange's JSON (None clears grade, description or quiz)."""
        return await self._call(LibraryLesson, "PATCH", f"{PATH}/{quote(lesson_id)}", 200, change)

    async def unpublish(self, lesson_id: str) -> None:
        status, _, body = await self.hub.send("DELETE", f"{PATH}/{quote(lesson_id)}", {}, teacher=True)
        if status not in (200, 204):
            raise self._refused(status, body)

    async def thumbnail(self, lesson_id: str) -> bytes:
        """The JPEG of the lesson's video."""
        status, _, body = await self.hub.send("GET", f"{PATH}/{quote(lesson_id)}/thumbnail", {}, teacher=True)
        if status != 200:
            raise self._refused(status, body)
        return body

    async def _call(self, record: type[B], method: str, path: str, expect: int, document: Any = None) -> B:
        data = None if document is None else json.dumps(document).encode()
        status, _, body = await self.hub.send(method, path, JSON if data else {}, data, teacher=True)
        if status != expect:
            raise self._refused(status, body)
        try:
            return read(record, json.loads(body))
        except (UnicodeDecodeError, json.JSONDecodeError, SchemaError):
            raise self.hub.status_error(status) from None

    def _refused(self, status: int, body: bytes) -> HubError:
        sentence = hub_sentence(body)
        if status == 403 and "classroom token" in sentence:
            return HubError(
                translate(
                    "library",
                    "This PC's token is a classroom's: only a teacher's or an admin's token may publish lessons."
                    " Ask IT staff for a teacher's token (oo-hub token --role teacher) and put it in [hub] token.",
                )
            )
        if not sentence or status == 401:
            return self.hub.status_error(status)
        return HubError(
            translate("library", "The hub at {url} refused: {reason}").format(url=self.hub.url, reason=sentence)
        )
