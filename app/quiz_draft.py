"""A quiz being written (schema Quiz as a plain dict): new questions, a kind changed, what is still missing.

The quiz editor keeps the teacher's quiz as the dict it will hand on and changes only what the teacher changes, so
a quiz opened and saved again keeps every field it had (a time limit, a text's translation, a picture).
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from protocol.content import Text
from protocol.quiz_import.result import option_id

translate = QCoreApplication.translate

KINDS = ("single", "multiple", "true_false", "text", "number")
"""Every kind of the schema's Question, in the order the editor offers them."""
CHOICE_KINDS = ("single", "multiple")


def new_quiz(language: str) -> dict[str, Any]:
    """An empty quiz with a new id, its title to be written in language."""
    return {"id": f"quiz-{uuid.uuid4().hex[:12]}", "title": {"language": language, "text": ""}, "questions": []}


def free_id(prefix: str, taken: set[str]) -> str:
    """The first of prefix1, prefix2, ... not in taken."""
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def new_question(kind: str, language: str, taken: set[str]) -> dict[str, Any]:
    """An empty question of kind with an id not in taken; a choice question starts with two empty choices."""
    question: dict[str, Any] = {"id": free_id("q", taken), "kind": kind, "text": {"language": language, "text": ""}}
    if kind in CHOICE_KINDS:
        question["options"] = [{"id": option_id(i), "text": {"language": language, "text": ""}} for i in range(2)]
    return question


def with_kind(question: dict[str, Any], kind: str, language: str) -> dict[str, Any]:
    """The question as another kind: its id, text and picture kept; its choices kept between single and multiple
    (one right answer of several stays right), any other answer dropped since it means nothing to the new kind."""
    if kind == question["kind"]:
        return question
    changed = {k: v for k, v in question.items() if k in ("id", "text", "picture")}
    changed["kind"] = kind
    if kind in CHOICE_KINDS:
        changed["options"] = question.get("options") or new_question(kind, language, set())["options"]
        answer = question.get("answer") if question["kind"] in CHOICE_KINDS else None
        if kind == "multiple" and isinstance(answer, str):
            changed["answer"] = [answer]
        elif kind == "single" and isinstance(answer, list) and len(answer) == 1:
            changed["answer"] = answer[0]
    return changed


def adopted(questions: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    """Imported questions with ids none of the quiz's questions have (an import numbers its own from q1)."""
    result = []
    for question in questions:
        new_id = question["id"] if question["id"] not in taken else free_id("q", taken)
        taken.add(new_id)
        result.append({**copy.deepcopy(question), "id": new_id})
    return result


def texts_of(quiz: dict[str, Any]) -> list[dict[str, Any]]:
    """Every content text of the quiz: its title, each question's text and each choice's."""
    texts = [quiz["title"]]
    for question in quiz["questions"]:
        texts.append(question["text"])
        texts.extend(option["text"] for option in question.get("options", []))
    return texts


def has_text(text: dict[str, Any]) -> bool:
    return bool(Text.read(text).text.strip())


def question_problems(question: dict[str, Any]) -> list[str]:
    """What the question still needs before pupils can take it, in the user's language; empty when ready."""
    problems = []
    if not has_text(question["text"]):
        problems.append(translate("quiz draft", "The question has no text."))
    kind = question["kind"]
    options = question.get("options", [])
    if kind in CHOICE_KINDS:
        if len(options) < 2:
            problems.append(translate("quiz draft", "A choice question needs at least two choices."))
        if any(not has_text(option["text"]) for option in options):
            problems.append(translate("quiz draft", "A choice has no text."))
    answer = question.get("answer")
    ids = {option["id"] for option in options}
    if kind == "single":
        right = answer in ids
    elif kind == "multiple":
        right = isinstance(answer, list) and bool(answer) and set(answer) <= ids
    elif kind == "true_false":
        right = isinstance(answer, bool)
    elif kind == "number":
        right = isinstance(answer, int | float) and not isinstance(answer, bool)
    else:
        right = isinstance(answer, str) and bool(answer.strip())
    if not right:
        problems.append(translate("quiz draft", "Mark the right answer."))
    return problems


def quiz_problems(quiz: dict[str, Any]) -> list[str]:
    """Everything the quiz still needs, each a sentence naming the question; empty when pupils can take it."""
    problems = []
    if not has_text(quiz["title"]):
        problems.append(translate("quiz draft", "The quiz has no title."))
    if not quiz["questions"]:
        problems.append(translate("quiz draft", "The quiz has no questions yet."))
    for number, question in enumerate(quiz["questions"], 1):
        for problem in question_problems(question):
            problems.append(
                translate("quiz draft", "Question {number}: {problem}").format(number=number, problem=problem)
            )
    return problems


def shaped(text: dict[str, Any]) -> dict[str, Any]:
    """A copy of a text in the shape that says its author's language (the older shape read as content.py says)."""
    return copy.deepcopy(text) if "language" in text else Text.read(text).to_json()


def written(text: dict[str, Any], words: str, language: str) -> None:
    """Change a text (in place) to the author's words in language; a translation it has stays."""
    new = shaped(text)
    text.clear()
    text.update(new, language=language, text=words)


def translated(text: dict[str, Any], words: str, language: str) -> None:
    """Change a text's translation (in place) to words in language; no words, no translation."""
    new = shaped(text)
    new.pop("translation", None)
    if words:
        new["translation"] = {"language": language, "text": words}
    text.clear()
    text.update(new)


def set_languages(quiz: dict[str, Any], language: str, second: str | None) -> None:
    """Say (in place) that the teacher writes every text of the quiz in language, translations in second."""
    for text in texts_of(quiz):
        read = Text.read(text)
        written(text, read.text, language)
        if second and read.translation is not None:
            translated(text, read.translation.text, second)


def languages_of(quiz: dict[str, Any]) -> tuple[str, str | None]:
    """The language the quiz's author writes in (its title's) and the first translation's language, if any."""
    second = next((t.translation.language for t in map(Text.read, texts_of(quiz)) if t.translation), None)
    return Text.read(quiz["title"]).language, second
