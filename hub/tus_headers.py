"""Reading the headers of tus 1.0.0 requests; each fault is a BadHeader naming the header and saying why."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping

VERSION = "1.0.0"
CHECKSUMS = ("sha1", "sha256")
"""Upload-Checksum algorithms: sha1 because the checksum extension makes it a must, sha256 as the hub's own choice."""


class BadHeader(ValueError):
    """A header the hub cannot use (400); `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def whole_number(headers: Mapping[str, str], name: str) -> int:
    """A header that must be a whole number of bytes, 0 or more (headers: case-insensitive, as aiohttp's)."""
    value = headers.get(name)
    if value is None:
        raise BadHeader(name, f"{name} is missing; it says a number of bytes.")
    if not re.fullmatch(r"[0-9]{1,19}", value):
        raise BadHeader(name, f"{name} must be a whole number of bytes, not {value[:40]!r}.")
    return int(value)


def metadata(value: str) -> dict[str, str]:
    """Upload-Metadata: comma-separated `key base64-value` pairs, read as UTF-8 text."""
    found: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in value.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            found[key] = base64.b64decode(encoded.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            message = f"Upload-Metadata: the value of {key[:40]!r} is not base64 of UTF-8 text."
            raise BadHeader("Upload-Metadata", message) from None
    return found


def file_metadata(value: str | None) -> tuple[str, str]:
    """The filename and the whole file's sha256 (hex, lowercase) that Upload-Metadata must carry."""
    found = metadata(value or "")
    filename = found.get("filename", "").strip()
    if not filename or len(filename) > 255 or "/" in filename or "\\" in filename:
        raise BadHeader("Upload-Metadata", "Upload-Metadata needs filename: the file's name, without a folder.")
    sha256 = found.get("sha256", "").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise BadHeader("Upload-Metadata", "Upload-Metadata needs sha256: the whole file's sha256 in 64 hex digits.")
    return filename, sha256


def checksum(value: str | None) -> tuple[str, bytes] | None:
    """Upload-Checksum `algorithm base64-digest` as (algorithm, digest), or None without the header."""
    if value is None:
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    if algorithm not in CHECKSUMS:
        message = f"Upload-Checksum: the hub checks {' or '.join(CHECKSUMS)}, not {algorithm[:20]!r}."
        raise BadHeader("Upload-Checksum", message)
    try:
        return algorithm, base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise BadHeader("Upload-Checksum", "Upload-Checksum: the digest is not base64.") from None
