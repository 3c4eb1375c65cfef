"""What every route module of the hub shares: the API's prefix, the app's keys, the role mark, JSON replies.

A route refuses by returning `error(...)`, or from deep inside by raising a `Refusal` (hub/roles.py's
Forbidden is one), which the app's error middleware answers with its status and JSON error body.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from hub import json_body
from hub.settings import HubServerSettings
from hub.store import Enrolment, Store
from protocol.http.body import Body
from protocol.http.errors import ErrorBody, ErrorDetail
from protocol.schema import SchemaError, validate

API = "/api/v1"
STORE: web.AppKey[Store] = web.AppKey("store", Store)
SETTINGS: web.AppKey[HubServerSettings] = web.AppKey("settings", HubServerSettings)
ENROLMENT: web.RequestKey[Enrolment] = web.RequestKey("enrolment", Enrolment)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Refusal(Exception):
    """A request the hub refuses: answered with status and the message as its JSON error."""

    status = 400

    def __init__(self, message: str, status: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status or self.status
        self.field = field


def requires(*roles: str) -> Callable[[Handler], Handler]:
    """Mark a handler as needing a bearer token of one of these roles (checked by the app's bearer_auth)."""

    def mark(handler: Handler) -> Handler:
        handler.roles = roles  # type: ignore[attr-defined]
        return handler

    return mark


def reply(body: Body, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Chinese names kept readable (UTF-8, not \\u escapes), standard JSON only (no NaN)."""
    return web.json_response(body.to_json(), status=status, headers=headers, dumps=json_body.dumps)


def error(status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None) -> web.Response:
    return reply(ErrorBody(ErrorDetail(status, message, field)), status=status, headers=headers)


async def document(request: web.Request, schema: str) -> dict[str, Any]:
    """The JSON body, checked against its schema (a Refusal, 400 with the field at fault, otherwise)."""
    try:
        body = json_body.loads(await request.read())
        validate(body, schema)
    except json_body.BadJson as e:
        raise Refusal(f"The body is not JSON the hub takes: {e}") from None
    except SchemaError as e:
        raise Refusal(str(e), field=e.field) from None
    return dict(body)
