"""Time-limited TURN credentials for a lesson's peer, as coturn's use-auth-secret (TURN REST) scheme checks them.

The username is "expiry:peer" (expiry in unix seconds) and the password is base64(HMAC-SHA1(secret,
username)); coturn recomputes the password from its static-auth-secret and refuses it once the
expiry has passed. The hub hands out new ones with every started and joined message, so a client
that comes back gets fresh ones; nothing is kept.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

from hub.settings import TurnServer
from protocol.live.parts import IceServer


def credentials(turn: TurnServer, peer: str, now: float | None = None) -> tuple[str, str]:
    """The username and password valid until credential_seconds after now (default: the clock)."""
    expiry = int(time.time() if now is None else now) + turn.credential_seconds
    username = f"{expiry}:{peer}"
    digest = hmac.new(turn.secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode("ascii")


def ice_servers(turn: TurnServer | None, peer: str) -> tuple[IceServer, ...]:
    """The live message's ice_servers for this peer: one entry with fresh credentials, none without [turn]."""
    if turn is None:
        return ()
    username, password = credentials(turn, peer)
    return (IceServer(tuple(turn.urls), username, password),)
