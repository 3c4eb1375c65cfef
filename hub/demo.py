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
from protocol.demo import DEMO_CLASSROOM
from protocol.demo import DEMO_TEACHER as DEMO_TEACHER  # for demo_child, which takes both names from here

logger = logging.getLogger(__name__)

DEMO_SECONDS = 60.0
DEMO_ROSTER = ["陳怡君", "林志明", "黃詩涵", "張家豪", "李宜蓁", "王俊傑", "吳佩珊", "Ana Lin"]


def _text(en: str, zh: str) -> dict[str, str]:
    return {"en": en, "zh_TW": zh}


def _options(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": chr(ord("a") + i), "text": _text(en, zh)} for i, (en, zh) in enumerate(pairs)]


LESSONS: list[dict[str, Any]] = [
    {
        "id": "english-fruit",
        "subject": "english",
        "title": _text("English: Fruit at the Market", "英語：市場裡的水果"),
        "slides": [
            ("Hello! Let's go to the market.", "哈囉！我們去市場吧。"),
            ("apple", "蘋果"),
            ("banana", "香蕉"),
            ("orange", "柳橙"),
            ("How much is it?", "這個多少錢？"),
        ],
        "quiz": {
            "id": "quiz-english-fruit",
            "title": _text("Fruit words", "水果單字"),
            "questions": [
                {
                    "id": "q1",
                    "kind": "single",
                    "text": _text("Which one is a banana?", "哪一個是香蕉？"),
                    "options": _options(("apple", "蘋果"), ("banana", "香蕉"), ("orange", "柳橙")),
                    "answer": "b",
                },
                {
                    "id": "q2",
                    "kind": "multiple",
                    "text": _text("Which are fruit?", "哪些是水果？"),
                    "options": _options(("apple", "蘋果"), ("chair", "椅子"), ("orange", "柳橙")),
                    "answer": ["a", "c"],
                },
                {
                    "id": "q3",
                    "kind": "text",
                    "text": _text("Write 'apple' in English.", "請用英文寫出「蘋果」。"),
                    "answer": "apple",
                },
            ],
        },
    },
    {
        "id": "math-fractions",
        "subject": "mathematics",
        "title": _text("Mathematics: Halves and Quarters", "數學：二分之一與四分之一"),
        "slides": [
            ("One whole pizza", "一整個披薩"),
            ("Cut it in two: 1/2", "切成兩半：1/2"),
            ("Cut it in four: 1/4", "切成四份：1/4"),
            ("2/4 = 1/2", "2/4 = 1/2"),
        ],
        "quiz": {
            "id": "quiz-math-fractions",
            "title": _text("Fractions", "分數"),
            "time_limit": 300,
            "questions": [
                {
                    "id": "q1",
                    "kind": "number",
                    "text": _text("How many quarters make a whole?", "幾個四分之一合起來是一個整體？"),
                    "picture": None,  # filled in by _with_pictures
                    "answer": 4,
                },
                {
                    "id": "q2",
                    "kind": "true_false",
                    "text": _text("2/4 is the same as 1/2.", "2/4 和 1/2 一樣大。"),
                    "answer": True,
                },
                {
                    "id": "q3",
                    "kind": "single",
                    "text": _text("Which is bigger?", "哪一個比較大？"),
                    "options": _options(("1/2", "1/2"), ("1/4", "1/4")),
                    "answer": "a",
                },
            ],
        },
    },
    {
        "id": "science-water",
        "subject": "science",
        "title": _text("Science: The Water Cycle", "自然科學：水的循環"),
        "slides": [
            ("The sun warms the sea", "太陽把海水曬熱"),
            ("Water rises as vapour", "水變成水蒸氣往上升"),
            ("Vapour cools into clouds", "水蒸氣冷卻變成雲"),
            ("Rain falls back down", "雨又落回地面"),
        ],
        "quiz": {
            "id": "quiz-science-water",
            "title": _text("The water cycle", "水的循環"),
            "questions": [
                {
                    "id": "q1",
                    "kind": "single",
                    "text": _text("What makes the sea water rise?", "是什麼讓海水往上升？"),
                    "options": _options(("The sun's heat", "太陽的熱"), ("The wind", "風"), ("The moon", "月亮")),
                    "answer": "a",
                },
                {
                    "id": "q2",
                    "kind": "true_false",
                    "text": _text("Clouds are made of water.", "雲是由水組成的。"),
                    "answer": True,
                },
                {
                    "id": "q3",
                    "kind": "number",
                    "text": _text("At how many degrees Celsius does water boil?", "水在攝氏幾度會沸騰？"),
                    "answer": 100,
                },
            ],
        },
    },
]


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
        title_en=lesson["title"]["en"],
        title_zh=lesson["title"]["zh_TW"],
        slides=lesson["slides"],
        seconds=seconds,
        seed=position,
    )
    rendering.replace(path)


def render_demo_videos(videos_dir: Path, seconds: float = DEMO_SECONDS) -> None:
    """Render the demo videos that are not there yet, one after the other. Runs in a worker thread (minutes of
    encoding); the demo hub renders them in parallel processes instead (hub/demo_render.py)."""
    for lesson in LESSONS:
        render_demo_video(videos_dir, lesson["id"], seconds)


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


def missing_demo_lessons(store: Store) -> list[str]:
    """The ids of the demo lessons a store lacks, in catalog order; none for a store that holds other lessons."""
    have = store.lesson_ids()
    demo = [lesson["id"] for lesson in LESSONS]
    if not have <= set(demo):
        return []
    return [lesson_id for lesson_id in demo if lesson_id not in have]


def add_demo_lesson(store: Store, lesson_id: str) -> None:
    """Catalog one demo lesson whose video is rendered, and the demo classroom's pupils."""
    position, lesson = _demo_lesson(lesson_id)
    path = store.videos_dir / f"{lesson_id}.mp4"
    store.add_lesson({**lesson, "quiz": _with_pictures(lesson["quiz"]), "position": position}, path, _duration(path))
    store.set_roster(DEMO_CLASSROOM, DEMO_ROSTER)


def register_demo(store: Store) -> int:
    """Catalog the rendered demo lessons a store lacks (see missing_demo_lessons). Returns how many were added."""
    missing = missing_demo_lessons(store)
    for lesson_id in missing:
        add_demo_lesson(store, lesson_id)
    return len(missing)
