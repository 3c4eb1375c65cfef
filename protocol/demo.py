"""The names the demo hub gives its classroom and its teacher: English on the hub, each client shows its own word."""

from __future__ import annotations

DEMO_CLASSROOM = "Demo classroom"
DEMO_TEACHER = "Demo teacher"
