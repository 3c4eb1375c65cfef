"""The versions of one quiz that its results were given to: each answer is judged against the question its pupil saw.

A hub keeps every text of a quiz it served as a numbered version (hub/quiz_versions.py), each answer names its
version (`quiz_version`), and the results come with those versions. An answer whose version the hub did not send
(from a hub older than versions, or for a quiz it never served) is judged against the quiz as the catalog has it now.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from protocol.http.results import StoredResult


class QuizVersions:
    """The catalog's quiz and the versions of it that the hub sent with its results."""

    def __init__(self, current: dict[str, Any], versions: Sequence[dict[str, Any]] = ()) -> None:
        self.current = current
        """The quiz as the catalog has it now: what a pupil who has not answered yet will be given."""
        self._by_number = {q["version"]: q for q in versions if q["id"] == current["id"] and "version" in q}
        if "version" in current:
            self._by_number.setdefault(current["version"], current)

    def of(self, result: StoredResult) -> dict[str, Any]:
        """The quiz this answer was given to."""
        return self._by_number.get(result.quiz_version, self.current)

    def question(self, result: StoredResult) -> dict[str, Any] | None:
        """The question this answer answers, as its pupil saw it; None when that version has no such question."""
        return next((q for q in self.of(result)["questions"] if q["id"] == result.question_id), None)

    def given(self, results: Sequence[StoredResult]) -> list[dict[str, Any]]:
        """The versions these answers were given to, oldest first; the current quiz when there are no answers."""
        found = {id(quiz): quiz for quiz in map(self.of, results)}
        return sorted(found.values(), key=lambda q: q.get("version", 0)) or [self.current]
