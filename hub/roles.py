"""Who may do what: the roles a token has, and the one check every route uses.

A refusal is a `Forbidden` carrying its sentence; the app's error middleware answers it with 403 and
the JSON error body, so a route (or anything it calls) just calls `require` or `require_owner`.
Routes mark the roles they take with hub/routes.py's `requires`, checked before the route runs.
"""

from __future__ import annotations

from hub.routes import Refusal
from hub.store import Enrolment

ADMIN = "admin"


class Forbidden(Refusal):
    """The token may not do this; the message says why (answered as 403)."""

    status = 403


def require(who: Enrolment, *roles: str) -> None:
    """Raise Forbidden unless who has one of roles."""
    if who.role not in roles:
        raise Forbidden(f"A {who.role} token cannot do this; it needs {' or '.join(_a(r) for r in roles)} token.")


def require_owner(who: Enrolment, owner: str, what: str) -> None:
    """Raise Forbidden unless who made `what` (owner is the hash of the token that made it) or is an admin."""
    if who.role != ADMIN and who.token_hash != owner:
        raise Forbidden(f"This {what} belongs to another teacher; only they or a district admin may change it.")


def _a(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"
