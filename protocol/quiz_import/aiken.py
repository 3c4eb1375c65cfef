"""Aiken: single-choice questions as plain text, Moodle's simplest format.

    Which one is a fruit?
    A. a chair
    B) an apple
    ANSWER: B

A question is one line, its choices follow ("A." or "A)"), then "ANSWER:" and the right letter; blank lines
between questions are optional. Aiken has no other kind of question.
"""

from __future__ import annotations

import re

from protocol.quiz_import.result import QuizFileError, QuizImport

OPTION = re.compile(r"([A-Z])[.)]\s+(.*)")
ANSWER = re.compile(r"ANSWER:\s*(.*)", re.IGNORECASE)


def parse_aiken(text: str, language: str) -> QuizImport:
    """The questions of an Aiken file; raises QuizFileError naming the line of the first mistake."""
    result = QuizImport(language)
    question: str | None = None
    start = 0
    letters: list[str] = []
    options: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        answer = ANSWER.fullmatch(line)
        option = OPTION.fullmatch(line)
        if question is None:
            if answer or option:
                raise QuizFileError("a choice or an answer comes before any question.", number)
            question, start, letters, options = line, number, [], []
        elif answer:
            letter = answer.group(1).strip().upper()
            if not options:
                raise QuizFileError(f"the question of line {start} has no choices before its answer.", number)
            if letter not in letters:
                raise QuizFileError(f"the answer {letter!r} is none of the choices {', '.join(letters)}.", number)
            choices = result.options(options)
            result.add("single", question, options=choices, answer=choices[letters.index(letter)]["id"])
            question = None
        elif option:
            letters.append(option.group(1))
            options.append(option.group(2).strip())
        elif options:
            raise QuizFileError(f"the question of line {start} has no ANSWER: line after its choices.", number)
        else:
            question += "\n" + line  # a question on several lines
    if question is not None:
        raise QuizFileError(f"the question of line {start} has no ANSWER: line.")
    if not result.count:
        raise QuizFileError("the file has no questions.")
    return result
