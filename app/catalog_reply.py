"""What GET catalog answered, and the check that a catalog body is the one its ETag names."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from protocol.http.catalog import Catalog

OUR_ETAG = re.compile(r'"[0-9a-f]{32}"')
"""The hub's ETag of a catalog: the first 32 hex digits of the body's sha256, quoted."""


@dataclass(frozen=True)
class CatalogReply:
    """What GET catalog gave: a new catalog, or None when it is unchanged since etag."""

    etag: str | None
    catalog: Catalog | None
    text: str = ""
    """The new catalog exactly as the hub sent it (checked against etag), to keep."""


def body_matches_etag(etag: str | None, body: bytes) -> bool:
    """Whether a body is the one its ETag names; True for an ETag that is not one of our hashes.

    The hub's catalog ETag is its body's hash, so a body damaged on the way is caught; a server or
    cache in front of the hub that makes ETags of its own kind is trusted as before.
    """
    if etag is None or not OUR_ETAG.fullmatch(etag):
        return True
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"' == etag
