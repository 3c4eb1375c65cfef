"""GIFT, Moodle's text format for questions, in the part the project has kinds for.

    // a comment line
    ::Fruit::Which one is a fruit? {~a chair =an apple#Yes! ~a car}
    Which are fruit? {~%50%an apple ~%50%an orange ~%-100%a chair}
    The sun is a star. {T}
    Write "apple" in French. {=pomme =une pomme}
    How many legs has a spider? {#8}   or {#3.5:0.1}, {#1..5}
    The {~cat =sun ~sea} is a star.    (the answer block inside the sentence: a blank where it was)

Escapes \\~ \\= \\# \\{ \\} \\: and \\n are honoured; [html] texts become plain text. Essays ({}), matching
(->) and descriptions (no answer block) are listed as not imported. Written here rather than taken from
PyPI: the parsers there are unmaintained (pygiftparser 1.1, 2017, renders HTML with markdown and yattag),
an early version on PLY (pygiftparserrgmf 0.0.5) or a converter to Moodle XML (gift-to-moodlexml); none gives
line numbers, and the subset the project needs is small.
"""

from __future__ import annotations

import re
from typing import Any

from protocol.quiz_import.html_text import html_text
from protocol.quiz_import.result import QuizFileError, QuizImport

ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004", "\\}": "\ue005"}
ESCAPES |= {"\\:": "\ue006", "\\n": "\ue007"}
LITERALS = str.maketrans({code: escape[1] for escape, code in ESCAPES.items() if escape != "\\n"} | {"\ue007": "\n"})
ESCAPE = re.compile("|".join(re.escape(e) for e in ESCAPES))
TITLE = re.compile(r"::(.*?)::", re.DOTALL)
FORMAT = re.compile(r"\[(html|moodle|plain|markdown)\]")
TRUE_FALSE = re.compile(r"(T|F|TRUE|FALSE)\s*(#.*)?", re.DOTALL | re.IGNORECASE)
ITEM = re.compile(r"([=~])([^=~]*)")
WEIGHT = re.compile(r"%(-?\d+(?:\.\d+)?)%")


def parse_gift(text: str, language: str) -> QuizImport:
    """The questions of a GIFT file; raises QuizFileError naming the line of the first mistake."""
    result = QuizImport(language)
    for start, block in _blocks(ESCAPE.sub(lambda m: ESCAPES[m.group()], text)):
        _question(result, block, start)
    if not result.count:
        raise QuizFileError("the file has no questions.")
    return result


def _blocks(text: str) -> list[tuple[int, str]]:
    """Questions with the line each starts on: blank lines part them; comments and categories are left out."""
    blocks: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 0
    for number, line in enumerate([*text.splitlines(), ""], 1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY:"):
            continue
        if stripped:
            start = start if lines else number
            lines.append(line)
        elif lines and "{" in "".join(lines) and "}" not in "".join(lines).split("{", 1)[1]:
            lines.append(line)  # a blank line inside an answer block
        elif lines:
            blocks.append((start, "\n".join(lines)))
            lines = []
    return blocks


def _plain(text: str, html: bool) -> str:
    text = html_text(text)[0] if html else " ".join(text.split())
    return text.translate(LITERALS)


def _question(result: QuizImport, block: str, start: int) -> None:
    title = TITLE.match(block.lstrip())
    body = block.lstrip()[title.end() :] if title else block
    form = FORMAT.match(body.lstrip())
    html = bool(form and form.group(1) == "html")
    body = body.lstrip()[form.end() :] if form else body
    opening = body.find("{")
    if opening < 0:
        name = _plain(title.group(1) if title else body, False)
        result.skip(name, "description", "a text with no answer to give; the project has no kind for it.")
        return
    line = start + block[: block.find("{")].count("\n")
    closing = body.find("}", opening)
    if closing < 0 or "{" in body[opening + 1 : closing]:
        raise QuizFileError("this '{' is never closed by a '}'.", line)
    after = body[closing + 1 :]
    if "{" in after or "}" in after:
        sentence = "a second answer block follows: leave a blank line between questions, write a brace as \\{ or \\}."
        raise QuizFileError(sentence, line)
    before = body[:opening]
    text = _plain(f"{before} _____ {after}" if after.strip() else before, html)
    name = _plain(title.group(1), False) if title else text
    _answers(result, body[opening + 1 : closing].strip(), text, name, line)


def _answers(result: QuizImport, body: str, text: str, name: str, line: int) -> None:
    if not body:
        result.skip(
            name, "essay", "an answer in the pupil's own words cannot be marked; the project has no kind for it."
        )
        return
    if body.startswith("#"):
        number, tolerance = _number(body[1:], line)
        result.add("number", text, answer=number, **({"tolerance": tolerance} if tolerance else {}))
        return
    true_false = TRUE_FALSE.fullmatch(body)
    if true_false:
        result.add("true_false", text, answer=true_false.group(1).upper().startswith("T"))
        return
    if not body.startswith(("=", "~")):
        raise QuizFileError("an answer block starts with = (right), ~ (wrong), # (a number) or T/F.", line)
    items = [(sign, *_item(value, line)) for sign, value in ITEM.findall(body)]
    if any("->" in value for _, value, _ in items):
        result.skip(name, "matching", "pairs to match; the project has no kind for them.")
        return
    texts = [value for _, value, _ in items]
    if all(sign == "=" for sign, _, _ in items):
        right = [value for _, value, weight in items if weight in (None, 100)]
        if not right:
            raise QuizFileError("this short answer has no answer worth full marks.", line)
        result.add("text", text, answer=right[0], **({"accepted": right[1:]} if right[1:] else {}))
        return
    options = result.options(texts)
    if any(weight is not None for _, _, weight in items):  # several right answers, each worth a part
        right = [
            o["id"] for o, (sign, _, weight) in zip(options, items, strict=True) if (weight or 0) > 0 or sign == "="
        ]
        result.add("multiple", text, options=options, answer=right)
        return
    right = [o["id"] for o, (sign, _, _) in zip(options, items, strict=True) if sign == "="]
    if len(right) != 1:
        raise QuizFileError(f"a choice question needs one right answer (=), this one has {len(right)}.", line)
    result.add("single", text, options=options, answer=right[0])


def _item(value: str, line: int) -> tuple[str, float | None]:
    """A choice's text (its feedback after # left out) and its weight in percent, if it says one."""
    value = value.split("#", 1)[0].strip()
    weight = WEIGHT.match(value)
    if weight:
        value = value[weight.end() :].strip()
    if not value:
        raise QuizFileError("an answer block has an empty choice after = or ~.", line)
    return _plain(value, False), float(weight.group(1)) if weight else None


def _number(body: str, line: int) -> tuple[Any, float]:
    """A numeric answer block (after its #): 8, 3.5:0.1, 1..5, or several =answers of which the first right one."""
    if body.lstrip().startswith("="):
        right = [value for value, weight in (_item(a, line) for a in body.split("=")[1:]) if weight in (None, 100)]
        if not right:
            raise QuizFileError("this number question has no answer worth full marks.", line)
        value = right[0]
    else:
        value = body.split("#", 1)[0].strip()
    try:
        if ".." in value:
            low, high = (float(part) for part in value.split(".."))
            return _whole((low + high) / 2), (high - low) / 2
        number, _, tolerance = value.partition(":")
        return _whole(float(number)), float(tolerance or 0)
    except ValueError:
        raise QuizFileError(f"{value!r} is not a number, a number:tolerance or a low..high range.", line) from None


def _whole(number: float) -> Any:
    return int(number) if number.is_integer() else number
