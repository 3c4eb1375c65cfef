"""Answers as a teacher reads them: the chosen options' text, the typed text or number, true or false."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.content import shown_text

translate = QCoreApplication.translate


def answer_words(question: dict[str, Any], answer: Any, joiner: str = "; ") -> str:
    """An answer to this question in words: option ids become the options' text; several are joined by joiner."""
    options = {o["id"]: shown_text(o["text"]) for o in question.get("options", [])}
    return joiner.join(_word(value, options) for value in (answer if isinstance(answer, list) else [answer]))


def _word(value: Any, options: dict[str, str]) -> str:
    if isinstance(value, bool):
        return translate("answer", "True") if value else translate("answer", "False")
    return options.get(value, value) if isinstance(value, str) else str(value)


def right_answer_words(question: dict[str, Any], joiner: str = "; ") -> str:
    """The question's right answer in words; "" when the quiz gives no key."""
    return answer_words(question, question["answer"], joiner) if "answer" in question else ""
