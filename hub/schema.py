"""Request validation against the schemas of the shipped OpenAPI document (one source of truth)."""

from __future__ import annotations

import json
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
    text = resources.files("hub").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": openapi()["components"]}
    return jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker())


def validate(body: Any, schema_name: str) -> None:
    """Raise SchemaError naming the first field of body that breaks components/schemas/schema_name."""
    error = jsonschema.exceptions.best_match(_validator(schema_name).iter_errors(body))
    if error is None:
        return
    field = "/".join(str(p) for p in error.absolute_path) or "(body)"
    raise SchemaError(f"{field}: {error.message}", field)
