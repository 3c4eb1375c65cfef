"""Demo lessons: three short lessons with generated videos and a quiz each.

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

logger = logging.getLogger(__name__)

DEMO_SECONDS = 60.0
DEMO_CLASSROOM = "Demo classroom"
DEMO_TEACHER = "Demo teacher"
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
# beside it). Titles in the library carry both. video_title and slides are what the demo video shows.
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
]


def render_demo_videos(videos_dir: Path, seconds: float = DEMO_SECONDS) -> None:
    """Render the demo videos that are not there yet. Runs in a worker thread (minutes of encoding)."""
    for position, lesson in enumerate(LESSONS):
        path = videos_dir / f"{lesson['id']}.mp4"
        if not path.exists():
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


def register_demo(store: Store) -> int:
    """Catalog the rendered demo lessons and the demo classroom's pupils in a store that has no lessons.

    In a store that has lessons, only the demo's own that are there get today's texts and quizzes (a demo
    folder made by an older version). Returns how many lessons were added.
    """
    catalogued = {entry["id"]: entry for entry in store.catalog().lessons}
    for position, lesson in enumerate(LESSONS):
        entry = {**lesson, "quiz": _with_pictures(lesson["quiz"]), "position": position}
        known = catalogued.get(lesson["id"])
        if not catalogued or (known and (known["title"], known["quiz"]) != (entry["title"], entry["quiz"])):
            path = store.videos_dir / f"{lesson['id']}.mp4"
            store.add_lesson(entry, path, _duration(path))
    if catalogued:
        return 0
    store.set_roster(DEMO_CLASSROOM, DEMO_ROSTER)
    return len(LESSONS)
