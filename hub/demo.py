"""Demo lessons: three short lessons with generated videos and a quiz each, and one that is only a quiz.

The videos are rendered once into the data dir and reused on every later start.
"""

from __future__ import annotations

import base64
import io
import logging
from pathlib import Path
from typing import Any

import av
from PIL import Image, ImageDraw

from hub.demo_video import render_lesson_video
from hub.store import Store
from protocol.demo import DEMO_CLASSROOM
from protocol.demo import DEMO_TEACHER as DEMO_TEACHER  # for demo_child, which takes both names from here

logger = logging.getLogger(__name__)

DEMO_SECONDS = 60.0
DEMO_ROSTER = ["陳怡君", "林志明", "黃詩涵", "張家豪", "李宜蓁", "王俊傑", "吳佩珊", "Ana Lin"]


def _authored(language: str, text: str, other: str, translation: str) -> dict[str, Any]:
    body: dict[str, Any] = {"language": language, "text": text}
    if translation:
        body["translation"] = {"language": other, "text": translation}
    return body


def _en(text: str, chinese: str = "") -> dict[str, Any]:
    """A text its author wrote in English, with the Chinese they chose to show beside it (schema Text)."""
    return _authored("en", text, "zh-TW", chinese)


def _zh(text: str, english: str = "") -> dict[str, Any]:
    """A text its author wrote in Chinese (Taiwan), with the English they chose to show beside it."""
    return _authored("zh-TW", text, "en", english)


def _options(*texts: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": chr(ord("a") + i), "text": text} for i, text in enumerate(texts)]


# Each lesson is in the language its author wrote it, whatever the pupils' screens are set to: the English
# lesson's quiz asks in English (a Chinese hint beside each question, never beside the choices it tests), a
# Taiwanese maths lesson is in Chinese, and the science lesson is a bilingual one (Chinese with its English
# beside it). Titles in the library carry both. video_title and slides are what the demo video shows; a lesson
# without them has no video (the times-tables practice is only a quiz, in Chinese like the fractions lesson).
LESSONS: list[dict[str, Any]] = [
    {
        "id": "english-fruit",
        "subject": "english",
        "title": _en("Fruit at the Market", "市場裡的水果"),
        "video_title": ("English: Fruit at the Market", "英語：市場裡的水果"),
        "slides": [
            ("Hello! Let's go to the market.", "哈囉！我們去市場吧。"),
            ("apple", "蘋果"),
            ("banana", "香蕉"),
            ("orange", "柳橙"),
            ("How much is it?", "這個多少錢？"),
        ],
        "quiz": {
            "id": "quiz-english-fruit",
            "title": _en("Fruit words", "水果單字"),
            "questions": [
                {
                    "id": "q1",
                    "kind": "single",
                    "text": _en("Which one is a banana?", "哪一個是香蕉？"),
                    "options": _options(_en("apple"), _en("banana"), _en("orange")),
                    "answer": "b",
                },
                {
                    "id": "q2",
                    "kind": "multiple",
                    "text": _en("Which are fruit?", "哪些是水果？"),
                    "options": _options(_en("apple"), _en("chair"), _en("orange")),
                    "answer": ["a", "c"],
                },
                {
                    "id": "q3",
                    "kind": "text",
                    "text": _en("Write 蘋果 in English.", "請用英文寫出「蘋果」。"),
                    "answer": "apple",
                },
            ],
        },
    },
    {
        "id": "math-fractions",
        "subject": "mathematics",
        "title": _zh("二分之一與四分之一", "Halves and Quarters"),
        "video_title": ("Mathematics: Halves and Quarters", "數學：二分之一與四分之一"),
        "slides": [
            ("One whole pizza", "一整個披薩"),
            ("Cut it in two: 1/2", "切成兩半：1/2"),
            ("Cut it in four: 1/4", "切成四份：1/4"),
            ("2/4 = 1/2", "2/4 = 1/2"),
        ],
        "quiz": {
            "id": "quiz-math-fractions",
            "title": _zh("分數"),
            "time_limit": 300,
            "questions": [
                {
                    "id": "q1",
                    "kind": "number",
                    "text": _zh("幾個四分之一合起來是一個整體？"),
                    "picture": None,  # filled in by _with_pictures
                    "answer": 4,
                },
                {
                    "id": "q2",
                    "kind": "true_false",
                    "text": _zh("2/4 和 1/2 一樣大。"),
                    "answer": True,
                },
                {
                    "id": "q3",
                    "kind": "single",
                    "text": _zh("哪一個比較大？"),
                    "options": _options(_zh("1/2"), _zh("1/4")),
                    "answer": "a",
                },
            ],
        },
    },
    {
        "id": "science-water",
        "subject": "science",
        "title": _zh("水的循環", "The Water Cycle"),
        "video_title": ("Science: The Water Cycle", "自然科學：水的循環"),
        "slides": [
            ("The sun warms the sea", "太陽把海水曬熱"),
            ("Water rises as vapour", "水變成水蒸氣往上升"),
            ("Vapour cools into clouds", "水蒸氣冷卻變成雲"),
            ("Rain falls back down", "雨又落回地面"),
        ],
        "quiz": {
            "id": "quiz-science-water",
            "title": _zh("水的循環", "The water cycle"),
            "questions": [
                {
                    "id": "q1",
                    "kind": "single",
                    "text": _zh("是什麼讓海水往上升？", "What makes the sea water rise?"),
                    "options": _options(
                        _zh("太陽的熱", "The sun's heat"), _zh("風", "The wind"), _zh("月亮", "The moon")
                    ),
                    "answer": "a",
                },
                {
                    "id": "q2",
                    "kind": "true_false",
                    "text": _zh("雲是由水組成的。", "Clouds are made of water."),
                    "answer": True,
                },
                {
                    "id": "q3",
                    "kind": "number",
                    "text": _zh("水在攝氏幾度會沸騰？", "At how many degrees Celsius does water boil?"),
                    "answer": 100,
                },
            ],
        },
    },
    {
        "id": "math-times-tables",
        "subject": "mathematics",
        "title": _zh("九九乘法練習", "Times Tables Practice"),
        "quiz": {
            "id": "quiz-math-times-tables",
            "title": _zh("九九乘法"),
            "questions": [
                {"id": "q1", "kind": "number", "text": _zh("3 × 4 = ？"), "answer": 12},
                {
                    "id": "q2",
                    "kind": "single",
                    "text": _zh("哪一個等於 6 × 7？"),
                    "options": _options(_zh("36"), _zh("42"), _zh("48")),
                    "answer": "b",
                },
                {"id": "q3", "kind": "true_false", "text": _zh("9 × 9 = 81。"), "answer": True},
            ],
        },
    },
]


def has_video(lesson: dict[str, Any]) -> bool:
    """Whether a demo lesson has a video to render (one that is only a quiz has none)."""
    return "slides" in lesson


VIDEO_LESSONS = [lesson["id"] for lesson in LESSONS if has_video(lesson)]
"""The ids of the demo lessons with a video, in catalog order."""


def render_demo_video(videos_dir: Path, lesson_id: str, seconds: float = DEMO_SECONDS) -> None:
    """Render one demo lesson's video unless it is there (tens of seconds of encoding; not in the event loop)."""
    position, lesson = _demo_lesson(lesson_id)
    path = videos_dir / f"{lesson_id}.mp4"
    if path.exists():
        return
    videos_dir.mkdir(parents=True, exist_ok=True)
    logger.info("rendering demo video %s (%.0f s)", path.name, seconds)
    rendering = path.with_name(f".{path.stem}.rendering.mp4")  # a stopped render leaves no half video
    render_lesson_video(
        rendering,
        title_en=lesson["video_title"][0],
        title_zh=lesson["video_title"][1],
        slides=lesson["slides"],
        seconds=seconds,
        seed=position,
    )
    rendering.replace(path)


def render_demo_videos(videos_dir: Path, seconds: float = DEMO_SECONDS) -> None:
    """Render the demo videos that are not there yet, one after the other. Runs in a worker thread (minutes of
    encoding); the demo hub renders them in parallel processes instead (hub/demo_render.py)."""
    for lesson_id in VIDEO_LESSONS:
        render_demo_video(videos_dir, lesson_id, seconds)


def _demo_lesson(lesson_id: str) -> tuple[int, dict[str, Any]]:
    for position, lesson in enumerate(LESSONS):
        if lesson["id"] == lesson_id:
            return position, lesson
    raise ValueError(f"{lesson_id} is not a demo lesson")


def _duration(path: Path) -> float:
    with av.open(str(path)) as container:
        return round((container.duration or 0) / av.time_base, 3)


def pizza_picture() -> dict[str, str]:
    """A pizza cut in quarters, one quarter lifted out: the picture of the fractions question."""
    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    for start in (0, 90, 180):
        draw.pieslice((20, 20, 220, 220), start, start + 90, fill="#f4b942", outline="#8a5a14", width=4)
    draw.pieslice((34, 6, 234, 206), 270, 360, fill="#e8793a", outline="#8a5a14", width=4)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return {"mime": "image/png", "data": base64.b64encode(out.getvalue()).decode()}


def _with_pictures(quiz: dict[str, Any]) -> dict[str, Any]:
    questions = [{**q, "picture": pizza_picture()} if "picture" in q else q for q in quiz["questions"]]
    return {**quiz, "questions": questions}


def _catalogued(store: Store, position: int, lesson: dict[str, Any]) -> None:
    """Add or update one demo lesson with its rendered video, if it has one."""
    path = store.videos_dir / f"{lesson['id']}.mp4" if has_video(lesson) else None
    entry = {**lesson, "quiz": _with_pictures(lesson["quiz"]), "position": position}
    store.add_lesson(entry, path, _duration(path) if path is not None else 0.0)


def missing_demo_lessons(store: Store) -> list[str]:
    """The ids of the demo lessons a store lacks, in catalog order; none for a store that holds other lessons."""
    have = store.lesson_ids()
    demo = [lesson["id"] for lesson in LESSONS]
    if not have <= set(demo):
        return []
    return [lesson_id for lesson_id in demo if lesson_id not in have]


def add_demo_lesson(store: Store, lesson_id: str) -> None:
    """Catalog one demo lesson whose video is rendered (if it has one), and the demo classroom's pupils."""
    _catalogued(store, *_demo_lesson(lesson_id))
    store.set_roster(DEMO_CLASSROOM, DEMO_ROSTER)


def update_demo_lessons(store: Store) -> None:
    """The demo's own lessons a store already holds get today's texts and quizzes (a demo folder made by an older
    version)."""
    catalogued = {entry["id"]: entry for entry in store.catalog().lessons}
    for position, lesson in enumerate(LESSONS):
        entry = {**lesson, "quiz": _with_pictures(lesson["quiz"]), "position": position}
        known = catalogued.get(lesson["id"])
        if known and (known["title"], known.get("quiz")) != (entry["title"], entry["quiz"]):
            _catalogued(store, position, lesson)


def register_demo(store: Store) -> int:
    """Catalog the rendered demo lessons a store lacks (see missing_demo_lessons), and bring those it has up to
    date. Returns how many were added."""
    update_demo_lessons(store)
    missing = missing_demo_lessons(store)
    for lesson_id in missing:
        add_demo_lesson(store, lesson_id)
    return len(missing)
