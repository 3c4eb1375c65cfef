"""A live lesson's attendance from the hub as a CSV file for the teacher, beside the quiz results."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.demo_names import shown_name
from app.hub_client import HubClient

translate = QCoreApplication.translate


async def export_attendance(client: HubClient, lesson_id: str, path: Path) -> int:
    """Write one row per visit (a classroom that dropped and came back has two); returns the rows written.

    UTF-8 with a BOM so Excel shows Chinese names correctly; times are the hub's (UTC, ISO 8601).
    Raises HubUnreachable or HubError when the hub cannot give it, OSError when the file cannot be written.
    Must be run in the event loop.
    """
    reply = await client.attendance(lesson_id)
    roles = {"teacher": translate("attendance", "teacher"), "classroom": translate("attendance", "classroom")}
    header = [
        translate("attendance", "Name"),
        translate("attendance", "Role"),
        translate("attendance", "Joined at (UTC)"),
        translate("attendance", "Left at (UTC)"),
        translate("attendance", "Lesson code"),
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for visit in reply.attendance:
            role = roles.get(visit.role, visit.role)
            writer.writerow([shown_name(visit.name), role, visit.joined_at, visit.left_at or "", reply.lesson.code])
    return len(reply.attendance)
