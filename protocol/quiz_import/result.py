"""What a quiz import gives: the questions the project has a kind for, and each one it left out with why.

The formats carry no language, so every text gets the one the teacher says they wrote it in (content.py).
Questions are JSON objects of schema Question, numbered q1, q2, ... in the file's order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class QuizFileError(ValueError):
    """A file that is not a quiz of its format: an English sentence, with the line at fault when there is one."""

    def __init__(self, sentence: str, line: int | None = None) -> None:
        super().__init__(f"Line {line}: {sentence}" if line is not None else sentence)
        self.line = line


@dataclass(frozen=True)
class Skipped:
    """A question of the file that is not imported: the project has no kind for it, or it cannot be marked."""

    number: int
    """Its position among the file's questions, from 1."""
    name: str
    """Its title in the file, or the start of its text."""
    kind: str
    """Its type as the format calls it: "essay", "matching", "multianswer"."""
    reason: str

    def sentence(self) -> str:
        return f"Question {self.number} ({self.name}), {self.kind}: {self.reason}"


@dataclass
class QuizImport:
    """The questions of one file, in the author's language, and those left out."""

    language: str
    questions: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What an imported question lost on the way (a picture in a format the project does not show)."""
    count: int = 0
    """How many questions the file has, imported or not."""

    def text(self, text: str) -> dict[str, str]:
        """A text of schema Text in the author's language."""
        return {"language": self.language, "text": text}

    def add(self, kind: str, text: str, **rest: Any) -> dict[str, Any]:
        """Import the file's next question; rest is its options, answer, accepted, tolerance or picture."""
        self.count += 1
        question = {"id": f"q{len(self.questions) + 1}", "kind": kind, "text": self.text(text), **rest}
        self.questions.append(question)
        return question

    def options(self, texts: list[str]) -> list[dict[str, Any]]:
        """Choices with the ids the demo's quizzes use: a, b, c, ..."""
        return [{"id": option_id(i), "text": self.text(text)} for i, text in enumerate(texts)]

    def skip(self, name: str, kind: str, reason: str) -> None:
        """List the file's next question as not imported."""
        self.count += 1
        self.skipped.append(Skipped(self.count, short(name), kind, reason))

    def note(self, name: str, sentence: str) -> None:
        """Say what the question just imported lost."""
        self.notes.append(f"Question {self.count} ({short(name)}): {sentence}")

    def quiz(self, quiz_id: str, title: dict[str, Any]) -> dict[str, Any]:
        """The imported questions as a quiz of schema Quiz; title is a Text (the formats carry no quiz title)."""
        return {"id": quiz_id, "title": title, "questions": self.questions}


def option_id(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"o{index + 1}"


def short(text: str, length: int = 40) -> str:
    """A question's name for a sentence: its first words, on one line."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
