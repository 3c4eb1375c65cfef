"""Quiz import: Moodle XML, GIFT and Aiken files a teacher has become quizzes of the project's model.

Each supported kind is imported and marked by the client's own marking; each unsupported question is named;
a broken file gets a sentence with its line; an XML bomb is refused.
"""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from app.quizzes import is_correct
from protocol.quiz_import import QuizFileError, QuizImport, parse_aiken, read_quiz
from protocol.schema import validate


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, format="PNG")
    return out.getvalue()


def quiz_of(result: QuizImport) -> dict[str, Any]:
    """The imported quiz, checked against the schema the catalog serves it with."""
    quiz = result.quiz("quiz-imported", {"language": "en", "text": "Imported"})
    validate(quiz, "Quiz")
    return quiz


def marks(quiz: dict[str, Any], answers: list[tuple[Any, bool]]) -> None:
    """Each question, in order, marks the given answer right or wrong as the pupils' client does."""
    assert len(quiz["questions"]) == len(answers)
    for question, (answer, right) in zip(quiz["questions"], answers, strict=True):
        assert is_correct(question, answer) is right, (question, answer)


GIFT = r"""// Fruit quiz, written for the test
$CATEGORY: fruit

::Fruit::Which one is a fruit? {~a chair =an apple#Yes! ~a car}

Which are fruit? {
~%50%an apple
~%50%an orange
~%-100%a chair
}

The sun is a star. {TRUE}

Write "apple" in French. {=pomme =une pomme =%50%pom}

How many legs has a spider? {#8}

What is pi to two places? {#3.14:0.005}

Name a number from 1 to 5. {#1..5}

The {~moon =sun ~sea} is a star\: really \{yes\}.

::Essay::Tell me about fruit. {}

Match them. {=apple -> 蘋果 =pear -> 梨}
"""


def test_gift_imports_every_supported_kind_and_names_the_rest() -> None:
    result = read_quiz(GIFT.encode(), "fruit.gift", "en")
    quiz = quiz_of(result)
    assert [q["kind"] for q in quiz["questions"]] == ["single", "multiple", "true_false", "text"] + ["number"] * 3 + [
        "single"
    ]
    assert quiz["questions"][7]["text"] == {"language": "en", "text": "The _____ is a star: really {yes}."}
    marks(
        quiz,
        [("b", True), (["b", "a"], True), (True, True), ("Une Pomme", True), (8, True), (3.142, True), (1, True)]
        + [("b", True)],
    )
    marks(
        quiz,
        [("a", False), (["a"], False), (False, False), ("pom", False), (9, False), (3.15, False), (6, False)]
        + [("a", False)],
    )
    assert [s.sentence() for s in result.skipped] == [
        "Question 9 (Essay), essay: an answer in the pupil's own words cannot be marked; the project has no kind"
        " for it.",
        "Question 10 (Match them.), matching: pairs to match; the project has no kind for them.",
    ]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Which?\n{=a ~b\n\nNext {T}", "Line 2: this '{' is never closed by a '}'."),
        ("One {T}\nTwo {F}", "Line 1: a second answer block follows"),
        ("Which? {=a =b ~c}", "Line 1: a choice question needs one right answer (=), this one has 2."),
        ("\n\nHow many? {#lots}", "Line 3: 'lots' is not a number"),
        ("// only a comment", "the file has no questions."),
    ],
)
def test_a_broken_gift_file_gets_a_sentence_with_its_line(text: str, sentence: str) -> None:
    with pytest.raises(QuizFileError) as raised:
        read_quiz(text.encode(), "broken.gift", "en")
    assert str(raised.value).startswith(sentence)


AIKEN = """水果是哪一個？
A. 椅子
B) 蘋果
ANSWER: B

哪一個是動物？
A. 狗
B. 石頭
ANSWER: a
"""


def test_aiken_imports_its_single_choice_questions_in_the_authors_language() -> None:
    quiz = quiz_of(read_quiz(AIKEN.encode(), "fruit.txt", "zh-TW"))
    assert quiz["questions"][0]["options"][1] == {"id": "b", "text": {"language": "zh-TW", "text": "蘋果"}}
    marks(quiz, [("b", True), ("a", True)])
    marks(quiz, [("a", False), ("b", False)])


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Which?\nA. one\nB. two\nANSWER: C\n", "Line 4: the answer 'C' is none of the choices A, B."),
        ("Which?\nA. one\nB. two\n", "the question of line 1 has no ANSWER: line."),
        ("A. one\nANSWER: A\n", "Line 1: a choice or an answer comes before any question."),
    ],
)
def test_a_broken_aiken_file_gets_a_sentence_with_its_line(text: str, sentence: str) -> None:
    with pytest.raises(QuizFileError, match="^" + sentence.replace(".", r"\.").replace("?", r"\?") + "$"):
        parse_aiken(text, "en")  # without an ANSWER: line, read_quiz would take it for GIFT


def moodle(questions: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{questions}\n</quiz>\n'.encode()


def question(kind: str, name: str, text: str, answers: str, extra: str = "") -> str:
    return (
        f'<question type="{kind}"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text><![CDATA[{text}]]></text>{extra}</questiontext>{answers}</question>'
    )


def answer(fraction: int, text: str, tolerance: str = "") -> str:
    return f'<answer fraction="{fraction}"><text>{text}</text>{tolerance}</answer>'


MOODLE = moodle(
    "\n".join(
        [
            '<question type="category"><category><text>$course$/Fruit</text></category></question>',
            question(
                "multichoice",
                "Fruit",
                '<p>Which one is a <b>fruit</b>?</p><img src="@@PLUGINFILE@@/apple.png">',
                "<single>true</single>" + answer(0, "a chair") + answer(100, "an apple"),
                f'<file name="apple.png" encoding="base64">{base64.b64encode(png()).decode()}</file>',
            ),
            question(
                "multichoice",
                "Fruits",
                "Which are fruit?",
                "<single>false</single>" + answer(50, "an apple") + answer(-100, "a chair") + answer(50, "a pear"),
            ),
            question("truefalse", "Sun", "The sun is a star.", answer(100, "true") + answer(0, "false")),
            question("shortanswer", "Colour", "Spell colour.", answer(100, "colour") + answer(100, "color")),
            question("numerical", "Pi", "Pi to two places?", answer(100, "3.14", "<tolerance>0.005</tolerance>")),
            question("essay", "Essay", "Tell me about fruit.", ""),
            question("multichoice", "No key", "Which?", "<single>false</single>" + answer(0, "a") + answer(0, "b")),
            question("matching", "", "Match the fruit.", ""),
            question("multianswer", "Cloze", "An {1:SHORTANSWER:=apple} a day.", ""),
        ]
    )
)


def test_moodle_xml_imports_every_supported_kind_with_its_picture_and_names_the_rest() -> None:
    result = read_quiz(MOODLE, "fruit.xml", "en")
    quiz = quiz_of(result)
    first = quiz["questions"][0]
    assert first["text"]["text"] == "Which one is a fruit?"
    assert first["picture"] == {"mime": "image/png", "data": base64.b64encode(png()).decode()}
    marks(quiz, [("b", True), (["c", "a"], True), (True, True), ("Color", True), (3.144, True)])
    marks(quiz, [("a", False), (["a"], False), (False, False), ("colr", False), (3.15, False)])
    assert [(s.number, s.name, s.kind) for s in result.skipped] == [
        (6, "Essay", "essay"),
        (7, "No key", "multichoice"),
        (8, "Match the fruit.", "matching"),
        (9, "Cloze", "multianswer"),
    ]
    assert all(s.reason for s in result.skipped)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext></question></quiz>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><questiontext><text>&secret;</text></questiontext></question></quiz>"""


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_an_xml_bomb_is_refused_with_a_sentence(bomb: bytes) -> None:
    with pytest.raises(QuizFileError, match="declares XML entities"):
        read_quiz(bomb, "bomb.xml", "en")


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"<quiz><question type='truefalse'>\n<name></quiz>", "Line 2: the file is not well-formed XML"),
        (b"<html><body/></html>", "the file is XML but not a Moodle quiz: its root is <html>, not <quiz>."),
        (b"\xff\xfeW\x00h\x00", "notes.txt is not UTF-8 text (byte 1); save it as UTF-8."),
    ],
)
def test_a_file_that_is_no_quiz_gets_a_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(QuizFileError) as raised:
        read_quiz(data, "notes.txt", "en")
    assert str(raised.value).startswith(sentence)


def test_a_picture_the_project_cannot_show_is_left_out_and_said() -> None:
    gif = '<file name="sun.gif" encoding="base64">R0lGODlhAQABAAAAACw=</file>'
    xml = question("truefalse", "Sun", '<img src="@@PLUGINFILE@@/sun.gif">The sun is a star.', answer(100, "true"), gif)
    result = read_quiz(moodle(xml), "sun.xml", "en")
    assert "picture" not in quiz_of(result)["questions"][0]
    assert result.notes == ["Question 1 (Sun): its picture 'sun.gif' was left out (one PNG or JPEG a question)."]
