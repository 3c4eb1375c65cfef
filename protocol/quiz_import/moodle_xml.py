"""Moodle XML (<quiz><question type="...">), in the part the project has kinds for.

multichoice (<single>true</single> for one right choice, false for several), truefalse, shortanswer (the
answers worth 100% are the accepted spellings) and numerical (the first answer worth 100%, with its
tolerance) are imported; a picture in a question's text (<file encoding="base64">) becomes its picture.
Every other type (essay, matching, cloze "multianswer", description, calculated, drag and drop...) is listed
as not imported. Read with defusedxml: no entity expansion (billion laughs), no external entities.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree
from defusedxml import DefusedXmlException

from protocol.quiz_import.html_text import html_text
from protocol.quiz_import.result import QuizFileError, QuizImport

PICTURES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
KINDS = {"multichoice", "truefalse", "shortanswer", "numerical"}


def parse_moodle_xml(data: bytes, language: str) -> QuizImport:
    """The questions of a Moodle XML file; raises QuizFileError for a file that is not one or is unsafe."""
    try:
        root = defusedxml.ElementTree.fromstring(data)
    except DefusedXmlException:
        raise QuizFileError("the file declares XML entities, which could be used to attack the hub.") from None
    except ParseError as error:
        raise QuizFileError(f"the file is not well-formed XML ({error.msg}).", error.position[0]) from None
    if root.tag != "quiz":
        raise QuizFileError(f"the file is XML but not a Moodle quiz: its root is <{root.tag}>, not <quiz>.")
    result = QuizImport(language)
    for question in root.iter("question"):
        kind = question.get("type", "")
        if kind == "category":
            continue
        name = (question.findtext("name/text") or "").strip()
        text, images = html_text(question.findtext("questiontext/text") or "")
        name = name or text
        if kind not in KINDS:
            result.skip(name, kind or "untyped", "the project has no kind for this type of question.")
            continue
        answers = [(html_text(a.findtext("text") or "")[0], _fraction(a, name)) for a in question.iter("answer")]
        fields = _fields(kind, answers, question, result)
        if isinstance(fields, str):
            result.skip(name, kind, fields)
            continue
        added = result.add(fields.pop("kind"), text, **fields)
        _picture(result, added, question, images, name)
    if not result.count:
        raise QuizFileError("the file has no questions.")
    return result


def _fraction(answer: Element, name: str) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise QuizFileError(f"the question {name!r} has an answer whose fraction is not a number.") from None


def _fields(kind: str, answers: list[tuple[str, float]], question: Element, result: QuizImport) -> dict[str, Any] | str:
    """The question's kind and answer fields, or why it cannot be marked."""
    full = [text for text, fraction in answers if fraction >= 100]
    if kind == "multichoice":
        options = result.options([text for text, _ in answers])
        if (question.findtext("single") or "true").strip().lower() in ("true", "1"):
            if len(full) != 1:
                return f"a single choice needs one answer worth 100%; this one has {len(full)}."
            right = next(o["id"] for o, (_, fraction) in zip(options, answers, strict=True) if fraction >= 100)
            return {"kind": "single", "options": options, "answer": right}
        right_ones = [o["id"] for o, (_, fraction) in zip(options, answers, strict=True) if fraction > 0]
        if not right_ones:
            return "no choice is worth any marks."
        return {"kind": "multiple", "options": options, "answer": right_ones}
    if not full:
        return "no answer is worth 100%."
    if kind == "truefalse":
        return {"kind": "true_false", "answer": full[0].strip().lower() == "true"}
    if kind == "shortanswer":
        if any("*" in text for text in full):
            return "an answer with the wildcard * cannot be marked by the project."
        return {"kind": "text", "answer": full[0], **({"accepted": full[1:]} if full[1:] else {})}
    for answer in question.iter("answer"):
        if float(answer.get("fraction", "0")) >= 100:
            return _numerical(answer)
    return "no answer is worth 100%."


def _numerical(answer: Element) -> dict[str, Any] | str:
    try:
        number = float((answer.findtext("text") or "").strip())
        tolerance = float((answer.findtext("tolerance") or "0").strip() or 0)
    except ValueError:
        return 'its answer is not a number ("*", any answer, cannot be marked).'
    return {"kind": "number", "answer": int(number) if number.is_integer() else number} | (
        {"tolerance": abs(tolerance)} if tolerance else {}
    )


def _picture(result: QuizImport, question: dict[str, Any], element: Element, images: list[str], name: str) -> None:
    """The first picture the question's text shows, from the files embedded in it."""
    files = {f.get("name", ""): f for f in element.iterfind("questiontext/file") if f.get("encoding") == "base64"}
    for source in images:
        embedded = files.get(source.removeprefix("@@PLUGINFILE@@/"))
        if embedded is None:
            result.note(name, f"its picture {source!r} is not in the file and was left out.")
            continue
        mime = PICTURES.get("." + embedded.get("name", "").rsplit(".", 1)[-1].lower())
        try:
            data = base64.b64decode((embedded.text or "").strip(), validate=True)
        except (binascii.Error, ValueError):
            mime = None
        if mime is None or "picture" in question:
            result.note(name, f"its picture {embedded.get('name')!r} was left out (one PNG or JPEG a question).")
            continue
        question["picture"] = {"mime": mime, "data": base64.b64encode(data).decode()}
