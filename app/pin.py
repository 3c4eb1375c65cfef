"""The teacher/IT PIN, kept only as a salted hash: `pbkdf2_sha256$ITERATIONS$SALT$HASH` (base64 salt and hash).

A settings file holds the hash under `[ui] pin_hash`; `oo-classroom config pin` and the IT setup screen make it.
The PIN itself is never written anywhere nor logged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets

SCHEME = "pbkdf2_sha256"
ITERATIONS = 600_000
"""PBKDF2-SHA256 rounds of a new hash (OWASP's 2023 advice): about 0.2 s on a classroom PC."""
MIN_ITERATIONS = 100_000
"""Fewer rounds than this are refused: such a hash was not made by this program."""
MIN_LENGTH = 4
"""The shortest PIN accepted."""
_SALT_BYTES = 16
_HASH_BYTES = 32
_FORM = re.compile(rf"{SCHEME}\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


def hash_pin(pin: str) -> str:
    """A new salted hash of pin, as `[ui] pin_hash` holds it."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, ITERATIONS)
    return f"{SCHEME}${ITERATIONS}${_b64(salt)}${_b64(digest)}"


def well_formed(stored: str) -> bool:
    """Whether stored is a hash this program made (scheme, enough rounds, a salt and a hash of the right sizes)."""
    return _parts(stored) is not None


def pin_matches(pin: str, stored: str) -> bool:
    """Whether pin is the one stored was made from (compared in constant time); False for a malformed hash."""
    parts = _parts(stored)
    if parts is None:
        return False
    iterations, salt, digest = parts
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations), digest)


def _parts(stored: str) -> tuple[int, bytes, bytes] | None:
    match = _FORM.fullmatch(stored)
    if match is None or int(match.group(1)) < MIN_ITERATIONS:
        return None
    try:
        salt = base64.b64decode(match.group(2), validate=True)
        digest = base64.b64decode(match.group(3), validate=True)
    except binascii.Error:
        return None
    if len(salt) < _SALT_BYTES or len(digest) != _HASH_BYTES:
        return None
    return int(match.group(1)), salt, digest


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
