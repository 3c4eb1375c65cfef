"""Request validation against the schemas of the shipped OpenAPI document (one source of truth)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

import jsonschema


class SchemaError(ValueError):
    """A request body that does not match its schema; names the field at fault."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@cache
def openapi() -> dict[str, Any]:
    """The OpenAPI document that ships with the hub."""
    text = resources.files("protocol").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", re.IGNORECASE)
FORMATS = jsonschema.FormatChecker()
LONGEST_MESSAGE = 300


@FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    """RFC 3339, and a moment that exists ("12:99" does not)."""
    if not isinstance(value, str):
        return True
    if not RFC3339.fullmatch(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": openapi()["components"]}
    return jsonschema.Draft202012Validator(root, format_checker=FORMATS)


def _schema_error(error: jsonschema.ValidationError) -> SchemaError:
    field = "/".join(str(p) for p in error.absolute_path) or "(body)"
    if error.validator in ("maxLength", "maxItems"):  # not the whole over-long value back
        message = f"at most {error.validator_value} {'characters' if error.validator == 'maxLength' else 'items'}"
        message += f" are allowed; this has {len(error.instance)}"
    else:
        message = error.message
        message = message if len(message) <= LONGEST_MESSAGE else message[:LONGEST_MESSAGE] + "…"
    return SchemaError(f"{field}: {message}", field)


def validate(body: Any, schema_name: str) -> None:
    """Raise SchemaError naming the first field of body that breaks components/schemas/schema_name."""
    error = jsonschema.exceptions.best_match(_validator(schema_name).iter_errors(body))
    if error is not None:
        raise _schema_error(error)


def validate_items(body: Any, schema_name: str) -> dict[int, SchemaError]:
    """Validate a batch, a schema whose items are in one array one level down, item by item.

    Raises SchemaError for the first error in the batch's shape (outside the items); returns the
    first error of each item that breaks the schema, by the item's position.
    """
    errors = list(_validator(schema_name).iter_errors(body))
    shape = [e for e in errors if len(e.absolute_path) < 2]
    if shape:
        raise _schema_error(jsonschema.exceptions.best_match(shape))
    per_item: dict[int, list[jsonschema.ValidationError]] = {}
    for e in errors:
        per_item.setdefault(int(e.absolute_path[1]), []).append(e)
    return {i: _schema_error(jsonschema.exceptions.best_match(found)) for i, found in per_item.items()}
