"""Talking to the hub over HTTP; every failure becomes a HubUnreachable or HubError in plain words."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import aiohttp
from PySide6.QtCore import QCoreApplication

from app.errors import BatchRefused, HubError
from media.errors import HubUnreachable
from protocol.schema import SchemaError, validate

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)

API = "/api/v1"
TIMEOUT = aiohttp.ClientTimeout(total=30, sock_connect=10)


OUR_ETAG = re.compile(r'"[0-9a-f]{32}"')
"""The hub's ETag of a catalog: the first 32 hex digits of the body's sha256, quoted."""


@dataclass(frozen=True)
class CatalogReply:
    """What GET catalog gave: a new catalog, or None when it is unchanged since etag."""

    etag: str | None
    catalog: dict[str, Any] | None
    text: str = ""
    """The new catalog exactly as the hub sent it (checked against etag), to keep."""


@dataclass(frozen=True)
class Receipt:
    """What the hub did with one answer it was sent."""

    status: str
    """stored, duplicate or refused."""
    reason: str = ""
    """Why it was refused: the hub's English sentence."""


def body_matches_etag(etag: str | None, body: bytes) -> bool:
    """Whether a body is the one its ETag names; True for an ETag that is not one of our hashes.

    The hub's catalog ETag is its body's hash, so a body damaged on the way is caught; a server or
    cache in front of the hub that makes ETags of its own kind is trusted as before.
    """
    if etag is None or not OUR_ETAG.fullmatch(etag):
        return True
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"' == etag


def _reason(error: aiohttp.ClientConnectorError) -> str:
    """Why a connection failed, in words a teacher can pass on to IT staff."""
    if isinstance(error, aiohttp.ClientConnectorDNSError):
        return translate("hub", "the hub's name was not found")
    if isinstance(error, aiohttp.ClientConnectorCertificateError):
        return translate("hub", "the hub's security certificate is not valid")
    reasons = {
        errno.ECONNREFUSED: translate("hub", "nothing answers at that address"),
        errno.ENETUNREACH: translate("hub", "this PC has no network connection"),
        errno.EHOSTUNREACH: translate("hub", "no route to the hub"),
        errno.ETIMEDOUT: translate("hub", "the connection timed out"),
    }
    return reasons.get(error.os_error.errno or 0, error.strerror or type(error.os_error).__name__)


class HubClient:
    """One hub, one token. Must be used in the event loop."""

    def __init__(self, url: str, token: str, proxy: str = "", timeout: aiohttp.ClientTimeout = TIMEOUT) -> None:
        self.url = url
        self._timeout = timeout
        self._token = token
        self._proxy = proxy or None
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def catalog(self, etag: str | None) -> CatalogReply:
        status, headers, body = await self._request("GET", "/catalog", {"If-None-Match": etag} if etag else {})
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
                    "The lesson list from the hub at {url} arrived damaged (it does not match its checksum)."
                    " It was not kept and will be fetched again.",
                ).format(url=self.url)
            )
        return CatalogReply(etag, self._json(body, "Catalog"), body.decode())

    async def health(self) -> dict[str, Any]:
        """The hub's own word that it is a hub and serving (no token needed)."""
        return await self._get_json("/health", "Health")

    async def enrolment(self) -> dict[str, Any]:
        """Who this PC is to the hub: name, role and (for a classroom) its pupils."""
        return await self._get_json("/enrolment", "Enrolment")

    async def results(self, quiz_id: str) -> list[dict[str, Any]]:
        """A quiz's results as they arrived (teacher tokens only)."""
        return list((await self._get_json(f"/results?quiz={quote(quiz_id)}", "ResultList"))["results"])

    async def attendance(self, lesson_id: str) -> dict[str, Any]:
        """A live lesson of this teacher and every visit to it (teacher tokens only)."""
        return await self._get_json(f"/lessons/{quote(lesson_id)}/attendance", "Attendance")

    async def post_results(self, items: list[dict[str, Any]]) -> dict[str, Receipt]:
        """Hand in answers; returns what the hub did with each id it answered for.

        Raises BatchRefused when the hub refused the batch as a whole (naming an item or not).
        """
        status, _, body = await self._request("POST", "/results", {}, {"results": items})
        if status in (400, 413) and (refusal := self._batch_refusal(status, body)) is not None:
            raise refusal
        if status != 200:
            raise self.status_error(status)
        receipt = self._json(body, "ResultReceipt")
        return {item["id"]: Receipt(item["status"], item.get("reason", "")) for item in receipt["results"]}

    def _batch_refusal(self, status: int, body: bytes) -> BatchRefused | None:
        """The hub's refusal of a whole batch, when the reply is the hub's JSON error (a hub of an
        older version refuses a batch for one bad answer: `field` is then like results/7/pupil)."""
        try:
            error = json.loads(body)
            validate(error, "Error")
        except (UnicodeDecodeError, json.JSONDecodeError, SchemaError):
            return None
        detail, field = error["error"]["message"], error["error"].get("field", "")
        named = re.match(r"results/(\d+)(/|$)", field)
        logger.warning("hub %s refused a batch (HTTP %d): %s", self.url, status, detail)
        return BatchRefused(
            translate("hub", "The hub at {url} refused the answers it was sent: {detail}").format(
                url=self.url, detail=detail
            ),
            detail,
            int(named.group(1)) if named else None,
        )

    async def _get_json(self, path: str, schema: str) -> dict[str, Any]:
        status, _, body = await self._request("GET", path, {})
        if status != 200:
            raise self.status_error(status)
        return self._json(body, schema)

    async def _request(
        self, method: str, path: str, headers: dict[str, str], json_body: Any = None
    ) -> tuple[int, Mapping[str, str], bytes]:
        with self._errors(self._timeout.total or 0):
            async with self._session_for().request(
                method,
                self.url + API + path,
                headers={**self._auth(), **headers},
                json=json_body,
                proxy=self._proxy,
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
        with self._errors(read_timeout):
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
    async def live(self, heartbeat: float | None = None) -> AsyncIterator[aiohttp.ClientWebSocketResponse]:
        """The hub's live-lesson socket, open for the block; failures become HubUnreachable or HubError.

        heartbeat: seconds between WebSocket pings; a hub that leaves one unanswered for half as long
        is taken as gone and the socket closes. None: no pings from this side.
        """
        with self._errors(self._timeout.total or 0):
            try:
                socket = await self._session_for().ws_connect(
                    self.url + API + "/live",
                    headers=self._auth(),
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
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    @contextlib.contextmanager
    def _errors(self, seconds: float) -> Iterator[None]:
        """Turn what aiohttp raises into HubUnreachable in plain words."""
        try:
            yield
        except TimeoutError as e:
            raise HubUnreachable(
                translate(
                    "hub",
                    "The hub at {url} did not answer within {seconds} seconds. The link may be very slow"
                    " or down; lessons on this PC still work.",
                ).format(url=self.url, seconds=int(seconds))
            ) from e
        except aiohttp.ClientConnectorError as e:
            raise HubUnreachable(
                translate(
                    "hub",
                    "Cannot reach the hub at {url} ({reason}). Check the network cable or Wi-Fi; if other"
                    " sites open, the hub may be down.",
                ).format(url=self.url, reason=_reason(e))
            ) from e
        except aiohttp.ClientResponseError as e:  # the answer is not HTTP at all
            raise self._not_a_hub(translate("hub", "not HTTP")) from e
        except aiohttp.ClientError as e:
            logger.info("connection to %s broke: %r", self.url, e)
            raise HubUnreachable(
                translate("hub", "The connection to the hub at {url} broke off. It will be tried again.").format(
                    url=self.url
                )
            ) from e

    def status_error(self, status: int) -> HubError:
        if status == 401:
            return HubError(
                translate(
                    "hub",
                    "The hub at {url} does not accept this PC's token. Ask IT staff for a new one"
                    " (oo-hub token) and put it in [hub] token.",
                ).format(url=self.url)
            )
        if status == 403:
            return HubError(
                translate("hub", "The hub at {url} does not allow this PC to do that.").format(url=self.url)
            )
        if status >= 500:
            return HubError(
                translate(
                    "hub",
                    "The hub at {url} has a problem of its own (HTTP {status}). Try again later or tell"
                    " the hub's administrator.",
                ).format(url=self.url, status=status)
            )
        return self._not_a_hub(f"HTTP {status}")

    def _json(self, body: bytes, schema: str) -> dict[str, Any]:
        try:
            document = json.loads(body)
            validate(document, schema)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise self._not_a_hub(translate("hub", "not JSON")) from None
        except SchemaError as e:
            raise self._not_a_hub(str(e)) from None
        return document

    def _not_a_hub(self, detail: str) -> HubError:
        logger.warning("hub %s answered garbage: %s", self.url, detail)
        return HubError(
            translate(
                "hub",
                "The server at {url} answered, but not like an O&O Classroom hub ({detail}). Check the hub address.",
            ).format(url=self.url, detail=detail)
        )
