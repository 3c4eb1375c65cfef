"""The client's catalog keeps a cursor and applies only what changed: added, changed, removed, by id."""

from __future__ import annotations

from pathlib import Path

from app.config import Config
from app.services import open_services
from hub.library_store import update_lesson
from hub.server import RunningHub


async def test_a_refresh_applies_the_changes_since_the_cursor_and_keeps_them_offline(
    hub: RunningHub, tmp_path: Path
) -> None:
    token = hub.store.issue_token("classroom", "Lanyu 3")
    services = open_services(Config(), tmp_path, hub.url, token)
    try:
        await services.catalog.refresh()
        first = [lesson.id for lesson in services.catalog.lessons]
        assert first == [entry["id"] for entry in hub.store.catalog().lessons]
        quiz = hub.store.quiz("quiz-math-fractions")
        assert quiz is not None
        hub.store.set_quiz("math-fractions", {**quiz, "time_limit": 99})  # changed
        with hub.store.db.transaction():
            update_lesson(hub.store.db, "science-water", {"published": False})  # removed
        await services.catalog.refresh()  # one exchange with everything since the last one
        held = {lesson.id: lesson for lesson in services.catalog.lessons}
        assert [lesson.id for lesson in services.catalog.lessons] == [i for i in first if i != "science-water"]
        assert held["math-fractions"].quiz is not None and held["math-fractions"].quiz["time_limit"] == 99
    finally:
        await services.stop()
    services = open_services(Config(), tmp_path, "http://127.0.0.1:9", token)  # offline: what was kept
    try:
        kept = {lesson.id: lesson for lesson in services.catalog.lessons}
        assert list(kept) == [i for i in first if i != "science-water"]
        assert kept["math-fractions"].quiz is not None and kept["math-fractions"].quiz["time_limit"] == 99
    finally:
        await services.stop()
