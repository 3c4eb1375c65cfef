"""Consent checks (RFC 7675) that aioice starts after its connection closed end at once.

aioice 0.13's connect() starts them once its check list completed; when close() runs between that
moment and connect() resuming, they start after the close, find no pair to check and sleep and wake
every few seconds for the life of the process (seen by the tests' leftover check). A connection that
is closing has nothing to check: the check returns at once.
"""

from __future__ import annotations

from aioice import ice

_query_consent = ice.Connection.query_consent


async def _query_consent_unless_closing(connection: ice.Connection) -> None:
    if connection._closing:
        return
    await _query_consent(connection)


def end_consent_checks_after_close() -> None:
    """Make every aioice connection's consent checks end at once when they start after its close."""
    setattr(ice.Connection, "query_consent", _query_consent_unless_closing)  # noqa: B010
