"""The base of the protocol's records (live messages, HTTP bodies): a frozen dataclass that turns into and out of
its JSON object."""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from functools import cache
from typing import Any, ClassVar, Self, Union, get_args, get_origin, get_type_hints


def optional() -> Any:
    """A field the wire leaves out when it is None (a null on the wire is a plain `X | None` field)."""
    return dataclasses.field(default=None, metadata={"omit": True})


@dataclasses.dataclass(frozen=True)
class Record:
    """A JSON object of the protocol as a frozen dataclass; KIND is a live message's "type" (None for an HTTP body
    or a part of one)."""

    KIND: ClassVar[str | None] = None
    KEYS: ClassVar[dict[str, str]] = {}
    """Keys on the wire that are not Python names (`from`), by field name."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """The record of a JSON object already checked against its schema (protocol.live.wire and
        protocol.http.wire do both)."""
        hints = _hints(cls)  # type: ignore[arg-type]  # a class is hashable
        values = {}
        for field in dataclasses.fields(cls):
            key = cls.KEYS.get(field.name, field.name)
            if key in data:
                values[field.name] = _decode(hints[field.name], data[key])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        """The JSON object as the wire has it: "type" first, optional fields left out when None."""
        body: dict[str, Any] = {} if self.KIND is None else {"type": self.KIND}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is None and field.metadata.get("omit"):
                continue
            body[self.KEYS.get(field.name, field.name)] = _encode(value)
        return body


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _decode(hint: Any, value: Any) -> Any:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        [inner] = [arg for arg in get_args(hint) if arg is not type(None)]
        return _decode(inner, value)
    if origin is tuple:
        return tuple(_decode(get_args(hint)[0], item) for item in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_json(value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_json()
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    return value
