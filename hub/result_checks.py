"""Which answers of a batch the hub refuses, and why: each is checked on its own, so one bad
answer never holds back the others."""

from __future__ import annotations

from typing import Any

from hub.json_body import writable
from protocol.http.results import Receipt
from protocol.schema import SchemaError, validate_items


def _bad_text(value: Any, field: str) -> SchemaError | None:
    """The first string in a valid item that a database cannot store: not valid Unicode, or holding NUL."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            return SchemaError(f"{field}: the text is not valid Unicode (it holds a lone surrogate)", field)
        return SchemaError(f"{field}: the text holds a NUL character", field) if "\x00" in value else None
    inner = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, part in inner:  # a valid item's keys are the schema's own names
        if (found := _bad_text(part, f"{field}/{key}")) is not None:
            return found
    return None


def refusals(body: Any, schema: str = "ResultBatch", key: str = "results") -> dict[int, SchemaError]:
    """The items of a batch (POST /results; POST /progress: schema ProgressBatch, key events) the hub refuses, by
    position, each with its first fault.

    Raises SchemaError when the batch itself is malformed (not an object, `results` not a list of
    1 to 500): then nothing is stored.
    """
    refused = validate_items(body, schema)
    for i, item in enumerate(body[key]):
        if i not in refused and (bad := _bad_text(item, f"{key}/{i}")) is not None:
            refused[i] = bad
    return refused


def refused_entry(item: Any, error: SchemaError) -> Receipt:
    """The receipt entry of a refused item: its id when the sender can recognise it, and the reason
    named inside the item ("pupil: at most 100 characters …"), fit to show a teacher."""
    given = item.get("id") if isinstance(item, dict) else None
    known = isinstance(given, str) and given.isascii() and given.isprintable() and len(given) <= 64
    prefix = "/".join(error.field.split("/")[:2])
    reason = str(error).removeprefix(prefix).removeprefix("/").removeprefix(": ") or str(error)
    return Receipt(str(given) if known else "", "refused", writable(reason), writable(error.field))
