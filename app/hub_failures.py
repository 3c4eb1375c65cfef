"""What goes wrong between this PC and the hub, in plain words: HubUnreachable or HubError."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import re
from collections.abc import Iterator

import aiohttp
from PySide6.QtCore import QCoreApplication

from app.errors import BatchRefused, HubError
from media.errors import HubUnreachable
from protocol.http.errors import ErrorBody
from protocol.http.wire import read
from protocol.schema import SchemaError

translate = QCoreApplication.translate

logger = logging.getLogger(__name__)


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


@contextlib.contextmanager
def hub_failures(url: str, seconds: float) -> Iterator[None]:
    """Turn what aiohttp raises while talking to the hub at url into HubUnreachable in plain words."""
    try:
        yield
    except TimeoutError as e:
        raise HubUnreachable(
            translate(
                "hub",
                "The hub at {url} did not answer within {seconds} seconds. The link may be very slow"
                " or down; lessons on this PC still work.",
            ).format(url=url, seconds=int(seconds))
        ) from e
    except aiohttp.ClientConnectorError as e:
        raise HubUnreachable(
            translate(
                "hub",
                "Cannot reach the hub at {url} ({reason}). Check the network cable or Wi-Fi; if other"
                " sites open, the hub may be down.",
            ).format(url=url, reason=_reason(e))
        ) from e
    except aiohttp.ClientResponseError as e:  # the answer is not HTTP at all
        raise not_a_hub(url, translate("hub", "not HTTP")) from e
    except aiohttp.ClientError as e:
        logger.info("connection to %s broke: %r", url, e)
        raise HubUnreachable(
            translate("hub", "The connection to the hub at {url} broke off. It will be tried again.").format(url=url)
        ) from e


def status_error(url: str, status: int) -> HubError:
    """What an HTTP status other than the one asked for means, from the hub at url."""
    if status == 401:
        return HubError(
            translate(
                "hub",
                "The hub at {url} does not accept this PC's token. Ask IT staff for a new one"
                " (oo-hub token) and put it in [hub] token.",
            ).format(url=url)
        )
    if status == 403:
        return HubError(translate("hub", "The hub at {url} does not allow this PC to do that.").format(url=url))
    if status >= 500:
        return HubError(
            translate(
                "hub",
                "The hub at {url} has a problem of its own (HTTP {status}). Try again later or tell"
                " the hub's administrator.",
            ).format(url=url, status=status)
        )
    return not_a_hub(url, f"HTTP {status}")


def not_a_hub(url: str, detail: str) -> HubError:
    """The server at url answered, but not as a hub does (detail says how)."""
    logger.warning("hub %s answered garbage: %s", url, detail)
    return HubError(
        translate(
            "hub",
            "The server at {url} answered, but not like an O&O Classroom hub ({detail}). Check the hub address.",
        ).format(url=url, detail=detail)
    )


def unreadable_lesson(url: str, detail: str) -> HubError:
    """The hub's catalog has a lesson that breaks the catalog's schema (detail names the field)."""
    logger.warning("hub %s sent a catalog with a lesson this client cannot read: %s", url, detail)
    return HubError(
        translate(
            "hub",
            "The hub at {url} lists a lesson this app cannot read ({detail}). The lessons this PC already has"
            " stay; tell the hub's administrator.",
        ).format(url=url, detail=detail)
    )


def batch_refusal(url: str, status: int, body: bytes) -> BatchRefused | None:
    """The hub's refusal of a whole batch of answers or progress events, when the reply is the hub's JSON error (a
    hub of an older version refuses a batch for one bad item: `field` is then like results/7/pupil)."""
    try:
        error = read(ErrorBody, json.loads(body)).error
    except (UnicodeDecodeError, json.JSONDecodeError, SchemaError):
        return None
    detail = error.message
    named = re.match(r"(?:results|events)/(\d+)(/|$)", error.field or "")
    logger.warning("hub %s refused a batch (HTTP %d): %s", url, status, detail)
    return BatchRefused(
        translate("hub", "The hub at {url} refused what it was sent: {detail}").format(url=url, detail=detail),
        detail,
        int(named.group(1)) if named else None,
    )
