"""Talking to the hub over HTTP; every failure becomes a HubUnreachable or HubError in plain words."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import partial
from typing import Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import aiohttp
from PySide6.QtCore import QCoreApplication

from app.catalog_reply import CatalogReply, body_matches_etag
from app.errors import HubError
from app.hub_failures import batch_refusal, hub_failures, not_a_hub, status_error, unreadable_lesson
from media.errors import HubUnreachable
from protocol.http.body import Body
from protocol.http.catalog import Catalog, VideoChunks
from protocol.http.courses import CourseList, Timetable
from protocol.http.enrolment import Enrolment
from protocol.http.health import Health
from protocol.http.lessons import Attendance
from protocol.http.progress import ProgressBatch, ProgressEvent, ProgressReceipt
from protocol.http.results import Receipt, Result, ResultBatch, ResultList, ResultReceipt
from protocol.http.wire import read
from protocol.schema import SchemaError

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

API = "/api/v1"
TIMEOUT = aiohttp.ClientTimeout(total=30, sock_connect=10)


B = TypeVar("B", bound=Body)


class HubClient:
    """One hub, one token, one HTTP session for every request of the process; whoever made it closes it.

    teacher_token: a second token for a teacher's requests (results, attendance, starting a live lesson), when
    this PC's is not one (the demo PC, a classroom that also teaches).
    Must be used in the event loop.
    """

    def __init__(
        self,
        url: str,
        token: str,
        proxy: str = "",
        timeout: aiohttp.ClientTimeout = TIMEOUT,
        teacher_token: str = "",
    ) -> None:
        self.url = url
        self._timeout = timeout
        self._token, self._teacher_token = token, teacher_token or token
        self._proxy = proxy or None
        self._session: aiohttp.ClientSession | None = None
        self._owner: HubClient | None = None

    @property
    def has_token(self) -> bool:
        """Whether this PC has a token to show the hub."""
        return bool(self._token)

    def with_timeout(self, timeout: aiohttp.ClientTimeout) -> HubClient:
        """The same client with other time limits, over the same session (closing it does nothing)."""
        view = HubClient(self.url, self._token, self._proxy or "", timeout, self._teacher_token)
        view._owner = self
        return view

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def catalog(self, etag: str | None, since: str | None = None) -> CatalogReply:
        """The catalog, or with since (a cursor) only what changed after it; checked off the event loop."""
        path = "/catalog" if since is None else f"/catalog?since={quote(since)}"
        status, headers, body = await self._request("GET", path, {"If-None-Match": etag} if etag else {})
        if status == 304:
            return CatalogReply(etag, None)
        if status != 200:
            raise self.status_error(status)
        etag = headers.get("ETag")
        if not body_matches_etag(etag, body):
            logger.warning("catalog from %s does not match its ETag %s: dropped", self.url, etag)
            raise HubUnreachable(
                translate(
                    "hub",
                    "The catalog from the hub at {url} arrived damaged (it does not match its checksum)."
                    " It was not kept and will be fetched again.",
                ).format(url=self.url)
            )
        return CatalogReply(etag, await asyncio.to_thread(self._read, body, Catalog), body.decode())

    async def video_chunks(self, video_id: str) -> VideoChunks | None:
        """A video's chunk hashes (GET videos/{id}/chunks), fetched as it starts downloading; None for a 404."""
        status, _, body = await self._request("GET", f"/videos/{quote(video_id)}/chunks", {})
        if status not in (200, 404):
            raise self.status_error(status)
        return self._read(body, VideoChunks) if status == 200 else None

    async def health(self) -> Health:
        """The hub's own word that it is a hub and serving (no token needed)."""
        return await self._get(Health, "/health")

    async def enrolment(self) -> Enrolment:
        """Who this PC is to the hub: name, role and (for a classroom) its pupils."""
        return await self._get(Enrolment, "/enrolment")

    async def courses(self) -> CourseList:
        """The courses of this PC's token: a classroom's enrolled ones with their assignments to it."""
        return await self._get(CourseList, "/courses")

    async def timetable(self) -> Timetable:
        """The live sessions of this PC's courses from now to a week ahead, earliest first."""
        return await self._get(Timetable, "/timetable")

    async def results(self, quiz_id: str) -> ResultList:
        """A quiz's results as they arrived, and the classrooms' pupils (teacher tokens only)."""
        return await self._get(ResultList, f"/results?quiz={quote(quiz_id)}", self._teacher_token)

    async def attendance(self, lesson_id: str) -> Attendance:
        """A live lesson of this teacher and every visit to it (teacher tokens only)."""
        return await self._get(Attendance, f"/lessons/{quote(lesson_id)}/attendance", self._teacher_token)

    async def post_results(self, items: Sequence[Result]) -> dict[str, Receipt]:
        """Hand in answers; returns what the hub did with each id it answered for.

        Raises BatchRefused when the hub refused the batch as a whole (naming an item or not).
        """
        receipt = await self._post_batch("/results", ResultBatch(tuple(items)), ResultReceipt)
        if receipt is None:
            raise self.status_error(404)
        return {item.id: item for item in receipt.results}

    async def post_progress(self, events: Sequence[ProgressEvent]) -> dict[str, Receipt] | None:
        """Hand in progress events as post_results hands in answers; None from a hub older than courses (404) and for
        a PC whose token is not a classroom's (403: a teacher's PC reports no progress)."""
        receipt = await self._post_batch("/progress", ProgressBatch(tuple(events)), ProgressReceipt, (403, 404))
        return None if receipt is None else {item.id: item for item in receipt.events}

    async def _post_batch(self, path: str, batch: Body, record: type[B], none: tuple[int, ...] = (404,)) -> B | None:
        """POST a batch; its receipt, or None when the hub answers one of the `none` statuses."""
        status, _, body = await self._request("POST", path, {}, batch.to_json())
        if status in (400, 413) and (refusal := batch_refusal(self.url, status, body)) is not None:
            raise refusal
        if status != 200 and status not in none:
            raise self.status_error(status)
        return self._read(body, record) if status == 200 else None

    async def send(
        self, method: str, path: str, headers: Mapping[str, str], data: Any = None, teacher: bool = False
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Any request under /api/v1; its status, headers, body. teacher: with the teacher's token (uploads)."""
        token = self._teacher_token if teacher else None
        return await self._request(method, path, dict(headers), data=data, token=token)

    async def _get(self, record: type[B], path: str, token: str | None = None) -> B:
        status, _, body = await self._request("GET", path, {}, token=token)
        if status != 200:
            raise self.status_error(status)
        return self._read(body, record)

    async def _request(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        json_body: Any = None,
        token: str | None = None,
        data: Any = None,
    ) -> tuple[int, Mapping[str, str], bytes]:
        with hub_failures(self.url, self._timeout.total or 0):
            async with self._session_for().request(
                method,
                self.url + API + path,
                headers={**self._auth(token), **headers},
                json=json_body,
                data=data,
                proxy=self._proxy,
                timeout=self._timeout,
                allow_redirects=False,
            ) as response:
                return response.status, response.headers, await response.read()

    @contextlib.asynccontextmanager
    async def open_video(
        self, url: str, headers: dict[str, str], read_timeout: float
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        """GET a video as a response to stream; url is the catalog's (relative to the hub or absolute).

        A hub with a video server (nginx) answers 307 with a signed link: that one hop is followed
        with the same Range and If-Range but without the token, which is for the hub alone. Other
        redirects are not followed (a captive portal's would replace the video with its page).
        No overall time limit, but a connection silent for read_timeout seconds fails. Failures while
        the body is read inside the block become HubUnreachable too.
        """
        absolute = url if urlsplit(url).scheme else self.url + url
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=TIMEOUT.sock_connect, sock_read=read_timeout)
        get = partial(self._session_for().get, proxy=self._proxy, timeout=timeout, allow_redirects=False)
        with hub_failures(self.url, read_timeout):
            async with get(absolute, headers={**self._auth(), **headers}) as response:
                location = response.headers.get("Location") if response.status == 307 else None
                if location is None:
                    yield response
                    return
            async with get(urljoin(absolute, location), headers=headers) as response:
                if response.status in (403, 410):
                    raise HubError(
                        translate(
                            "hub",
                            "The video server refused the link the hub at {url} gave (HTTP {status}). Tell the hub's"
                            " administrator: the [videos] secret in hub.toml must equal nginx's secure_link_md5"
                            " secret, and both machines' clocks must be right.",
                        ).format(url=self.url, status=response.status)
                    )
                yield response

    @contextlib.asynccontextmanager
    async def live(
        self, heartbeat: float | None = None, teacher: bool = False
    ) -> AsyncIterator[aiohttp.ClientWebSocketResponse]:
        """The hub's live-lesson socket, open for the block; failures become HubUnreachable or HubError.

        heartbeat: seconds between WebSocket pings; a hub that leaves one unanswered for half as long
        is taken as gone and the socket closes. None: no pings from this side. teacher: to start a
        lesson, with the teacher's token.
        """
        with hub_failures(self.url, self._timeout.total or 0):
            try:
                async with asyncio.timeout(self._timeout.total):  # this client's limit, not its session's
                    socket = await self._session_for().ws_connect(
                        self.url + API + "/live",
                        headers=self._auth(self._teacher_token if teacher else None),
                        proxy=self._proxy,
                        autoping=True,
                        heartbeat=heartbeat,
                    )
            except aiohttp.WSServerHandshakeError as e:
                if e.status == 404:
                    raise HubError(
                        translate(
                            "hub",
                            "The hub at {url} has no live lesson connection; it is older than this"
                            " program. Update the hub (oo-hub).",
                        ).format(url=self.url)
                    ) from None
                raise self.status_error(e.status) from None
            async with socket:
                yield socket

    def _session_for(self) -> aiohttp.ClientSession:
        if not self.url:
            raise HubUnreachable(
                translate("hub", "No hub address is set. Set [hub] url in the config file, or ask IT staff to.")
            )
        if self._owner is not None:
            return self._owner._session_for()
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    def _auth(self, token: str | None = None) -> dict[str, str]:
        token = self._token if token is None else token
        return {"Authorization": f"Bearer {token}"} if token else {}

    def status_error(self, status: int) -> HubError:
        """What an HTTP status other than the one asked for means."""
        return status_error(self.url, status)

    def _read(self, body: bytes, record: type[B]) -> B:
        """The reply as its record, checked against its schema; a reply that is not one is not a hub's."""
        try:
            return read(record, json.loads(body))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise not_a_hub(self.url, translate("hub", "not JSON")) from None
        except SchemaError as e:
            if record is Catalog and e.field.startswith("lessons/"):  # a hub's, with a lesson it should not serve
                raise unreadable_lesson(self.url, str(e)) from None
            raise not_a_hub(self.url, str(e)) from None
