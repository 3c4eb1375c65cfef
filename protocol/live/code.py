"""Lesson codes: six letters and digits (docs/live-protocol.md), typed in any case, with spaces or dashes."""

from __future__ import annotations

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Join code letters: no 0/O or 1/I to mix up when a code is read aloud or copied from a board."""
CODE_LENGTH = 6
"""Letters and digits in a lesson code."""
TYPED_LENGTH = 16
"""The most characters a code box takes: the code with the spaces and dashes people write it with."""


def normal_code(text: str) -> str:
    """A join code as typed (any case, spaces or dashes) in the form the hub keeps."""
    return "".join(text.split()).replace("-", "").upper()
