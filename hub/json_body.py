"""Reading JSON a client sent (HTTP bodies, live messages) and writing JSON the hub sends, standard only.

Python's json module takes NaN and Infinity, numbers of any length (int() then fails past 4,300 digits),
nesting until the interpreter's stack runs out, and \\ud800 escapes that no UTF-8 encoder can write back.
The hub refuses each with a sentence saying what is wrong, and never writes non-standard JSON itself.
"""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

MAX_DEPTH = 32
"""Arrays and objects inside each other; the hub's own messages need fewer than 10."""
MAX_NUMBER = 40
"""Characters in one number: a 64-bit integer, or a double as any JSON library writes it, takes at most 25."""

_SURROGATE = re.compile("[\ud800-\udfff]")

dumps = partial(json.dumps, ensure_ascii=False, allow_nan=False)
"""json.dumps for what the hub sends: UTF-8 text kept readable, NaN and Infinity refused (ValueError)."""


def writable(text: str) -> str:
    """Text that quotes what a client sent, with any half of a surrogate pair written as an escape."""
    return text.encode(errors="backslashreplace").decode()


class BadJson(ValueError):
    """Text that is not JSON the hub takes; the message says what is wrong."""


def loads(text: str | bytes, *, half_surrogates: bool = False) -> Any:
    """The value in text, or BadJson: not UTF-8, not JSON, NaN or Infinity, a number too long, nested too deep,
    or a string with half of a surrogate pair (no UTF-8 text can hold it).

    half_surrogates=True lets such strings through for a caller that refuses them item by item itself
    (a batch of answers: one bad answer must not hold back the others).
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadJson(f"The text is not UTF-8 (byte {e.start}); send JSON in UTF-8.") from e
    try:
        value = json.loads(text, parse_constant=_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as e:
        raise BadJson(f"The text is not valid JSON: {e}.") from e
    except RecursionError as e:  # the C parser guards its own stack
        raise _too_deep() from e
    _check(value, half_surrogates)
    return value


def _too_deep() -> BadJson:
    return BadJson(f"The JSON is nested more than {MAX_DEPTH} deep; the hub takes no deeper arrays or objects.")


def _constant(name: str) -> Any:
    raise BadJson(f"{name} is not a JSON number; send a finite number or null.")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER:
        raise BadJson(f"A number of {len(text)} characters is longer than the hub takes ({MAX_NUMBER}).")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER:
        raise BadJson(f"A number of {len(text)} characters is longer than the hub takes ({MAX_NUMBER}).")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadJson(f"{text} is too large for a number; send a finite number.")
    return value


def _check(value: Any, half_surrogates: bool) -> None:
    """Depth and strings, walked without recursion (the value may be nested as deep as the parser allowed)."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            if not half_surrogates and _SURROGATE.search(item):
                raise BadJson(
                    "A string holds half of a UTF-16 surrogate pair (an escape like \\ud800 alone), which is no"
                    " character; send the whole character."
                )
        elif isinstance(item, (list, dict)):
            if depth >= MAX_DEPTH:
                raise _too_deep()
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)
