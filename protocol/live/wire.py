"""Live messages on the wire, after aiortc's contrib/signaling.py (object_from_string, object_to_string).

A received message, JSON text or an already parsed object, is checked against its schema in
protocol/openapi.json and turned into its record; a record turns into JSON text. The hub reads
what clients send with from_client, the client what the hub sends with from_hub: both against the
same document.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from protocol.live.from_client import FROM_CLIENT, ClientMessage
from protocol.live.from_hub import FROM_HUB, HubMessage
from protocol.record import Record
from protocol.schema import SchemaError, openapi, validate

M = TypeVar("M", bound=Record)


class ProtocolError(ValueError):
    """A live message that is not what the protocol says: not a JSON object with a known "type", or one that
    breaks its schema (the message names the field at fault)."""

    def __init__(self, message: str, unknown_type: bool = False) -> None:
        super().__init__(message)
        self.unknown_type = unknown_type
        """No message has this "type" (the rest of the message was not looked at)."""


def from_client(data: str | Mapping[str, Any]) -> ClientMessage:
    """The record of a message a client sent (LiveFromClient); raises ProtocolError."""
    return _read(data, "LiveFromClient", FROM_CLIENT)


def from_hub(data: str | Mapping[str, Any]) -> HubMessage:
    """The record of a message the hub sent (LiveFromHub); raises ProtocolError."""
    return _read(data, "LiveFromHub", FROM_HUB)


def to_text(message: Record) -> str:
    """The record as JSON text, the wire's field names and kinds."""
    return json.dumps(message.to_json(), ensure_ascii=False)


@cache
def schemas(union: str) -> dict[str, str]:
    """The schema of each message type of a union (LiveFromClient, LiveFromHub), by "type", as validate names it."""
    components = openapi()["components"]["schemas"]
    found = {}
    for i, branch in enumerate(components[union]["oneOf"]):
        if "$ref" in branch:
            name = branch["$ref"].rsplit("/", 1)[1]
            branch = components[name]
        else:
            name = f"{union}/oneOf/{i}"
        found[branch["properties"]["type"]["const"]] = name
    return found


def _read(data: str | Mapping[str, Any], union: str, records: tuple[type[M], ...]) -> M:
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as e:
            raise ProtocolError(f"Not JSON: {e}.") from e
    if not isinstance(data, Mapping) or not isinstance(data.get("type"), str):
        raise ProtocolError('Expected a JSON object with a "type".')
    kind = data["type"]
    record = next((r for r in records if r.KIND == kind), None)
    if record is None:
        raise ProtocolError(f"Unknown message type {kind[:50]!r}.", unknown_type=True)
    try:
        validate(data, schemas(union)[kind])
    except SchemaError as e:
        raise ProtocolError(f"{kind}: {e}") from e
    return record.from_json(data)
