"""HTTP bodies on the wire: a received body, JSON already parsed, is checked against its schema in
protocol/openapi.json and turned into its record. The hub reads what clients send, the client what the
hub replies, both with read and against the same document."""

from __future__ import annotations

from typing import Any, TypeVar

from protocol.http.body import Body
from protocol.schema import validate

B = TypeVar("B", bound=Body)


def read(record: type[B], document: Any) -> B:
    """The record of a parsed JSON body; raises protocol.schema.SchemaError naming the field at fault."""
    validate(document, record.SCHEMA)
    return record.from_json(document)
