"""`oo-hub import FOLDER`: a district's lessons.csv and files into the library, row by row, rerun safely, while the
hub serves the same data (real `oo-hub` processes; video and sound files made by the tests with PyAV)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import aiohttp
import pytest

from hub.server import RunningHub
from hub.store import Store, file_hashes
from tests.test_real_files import sound_file
from tests.test_transcode import check_lesson_video, media_file

OO_HUB = [sys.executable, "-m", "hub.cli"]
HEADER = "file,title_en,title_zh_TW,subject,grade,quiz"
GIFT = """::Fruit::Which one is a fruit? {~a chair =an apple ~a car}

::Colour::The sky on a clear day is blue. {T}

::Essay::Tell me about fruit. {}
"""


def run_import(folder: Path, data: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*OO_HUB, "import", str(folder), "--data", str(data), *more], capture_output=True, text=True, timeout=120
    )


def district_folder(tmp_path: Path) -> Path:
    """Two good lessons (a video with a quiz, a sound-only lecture) and four rows that cannot be lessons."""
    folder = tmp_path / "district"
    folder.mkdir()
    media_file(folder / "fruit.mp4", "libx264", "aac")
    sound_file(folder / "lecture.mp3", "mp3", 2.0)
    (folder / "fruit.gift").write_text(GIFT, encoding="utf-8")
    (folder / "notes.mp4").write_text("this is a text file, not a video", encoding="utf-8")
    rows = [
        HEADER,
        "fruit.mp4,Fruit words,水果單字,english,3,fruit.gift",
        "lecture.mp3,,水的循環,science,5,fruit.gift",
        "missing.mp4,Lost,,english,3,",
        "fruit.gift,,,english,3,",
        "notes.mp4,Notes,筆記,english,13,",
        "notes.mp4,Notes,筆記,english,4,",
    ]
    (folder / "lessons.csv").write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder


def imported_lessons(data: Path) -> dict[str, dict]:
    with closing(Store(data)) as store:
        return {lesson["title"]["text"]: lesson for lesson in store.catalog().to_json()["lessons"]}


def test_a_district_folder_is_imported_row_by_row_and_each_bad_row_is_named(tmp_path: Path) -> None:
    folder, data = district_folder(tmp_path), tmp_path / "hub"
    result = run_import(folder, data)
    assert result.returncode == 1, result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed:")]
    assert failed[0].startswith("failed: line 4: the file 'missing.mp4' is not in")
    assert failed[1] == "failed: line 5: both titles are empty; give title_en, title_zh_TW or both."
    assert failed[2] == "failed: line 6: grade '13' is not a whole number from 1 to 12 (or empty)."
    assert failed[3].startswith("failed: line 7: ") and "notes.mp4" in failed[3]
    assert len(failed) == 4
    assert "note: line 2 (fruit.mp4): fruit.gift: left out: Question 3 (Essay), essay:" in result.stdout
    assert result.stdout.splitlines()[-1] == "2 added, 0 changed, 0 already in, 4 failed"

    lessons = imported_lessons(data)
    assert set(lessons) == {"水果單字", "水的循環"}
    fruit = lessons["水果單字"]
    english = {"language": "en", "text": "Fruit words"}
    assert fruit["title"] == {"language": "zh-TW", "text": "水果單字", "translation": english}
    assert (fruit["subject"], fruit["grade"]) == ("english", 3)
    assert [q["kind"] for q in fruit["quiz"]["questions"]] == ["single", "true_false"]
    video = data / "videos" / f"{fruit['video']['id']}.mp4"
    check_lesson_video(video, 2.0)
    with closing(Store(data)) as store:
        served = store.video_chunks(fruit["video"]["id"])
    assert served is not None and (fruit["video"]["sha256"], list(served.chunks)) == file_hashes(video)
    check_lesson_video(data / "videos" / f"{lessons['水的循環']['video']['id']}.mp4", 2.0)


def test_a_rerun_skips_what_is_in_and_picks_up_a_changed_row_or_file(tmp_path: Path) -> None:
    folder, data = district_folder(tmp_path), tmp_path / "hub"
    run_import(folder, data)
    made = {path.name: path.stat().st_mtime_ns for path in (data / "videos").glob("*.mp4")}

    again = run_import(folder, data)
    assert again.returncode == 1
    assert again.stdout.splitlines()[-1] == "0 added, 0 changed, 2 already in, 4 failed"
    assert {path.name: path.stat().st_mtime_ns for path in (data / "videos").glob("*.mp4")} == made

    manifest = folder / "lessons.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("水果單字", "水果的英文")
    manifest.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")  # the bad rows fixed by leaving them out
    media_file(folder / "lecture.mp3", "libx264", "aac", fmt="mp4")  # a changed file: now a video
    changed = run_import(folder, data)
    assert changed.returncode == 0, changed.stdout
    assert changed.stdout.splitlines()[-1] == "0 added, 2 changed, 0 already in, 0 failed"
    lessons = imported_lessons(data)
    assert set(lessons) == {"水果的英文", "水的循環"}
    fruit_video = data / "videos" / f"{lessons['水果的英文']['video']['id']}.mp4"
    assert fruit_video.stat().st_mtime_ns == made[fruit_video.name]  # a new title is not a new transcode
    lecture = data / "videos" / f"{lessons['水的循環']['video']['id']}.mp4"
    assert lecture.stat().st_mtime_ns != made[lecture.name]
    assert lessons["水的循環"]["video"]["sha256"] == file_hashes(lecture)[0]


@pytest.mark.parametrize(
    ("manifest", "said"),
    [
        (None, "lessons.csv does not exist"),
        ("file,title,subject\nfruit.mp4,Fruit,english\n", "the first line must be file,title_en,title_zh_TW"),
        (b"file,title_en\n\xff\xfe\n", "is not UTF-8"),
    ],
)
def test_a_manifest_that_cannot_be_used_is_a_usage_error(
    tmp_path: Path, manifest: str | bytes | None, said: str
) -> None:
    folder = tmp_path / "district"
    folder.mkdir()
    if manifest is not None:
        (folder / "lessons.csv").write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode())
    result = run_import(folder, tmp_path / "hub")
    assert result.returncode == 2
    assert said in result.stderr
    assert run_import(tmp_path / "nowhere", tmp_path / "hub").returncode == 2


async def test_classrooms_see_imported_lessons_while_the_hub_serves(
    hub: RunningHub, hub_dir: Path, classroom: dict[str, str], tmp_path: Path
) -> None:
    folder = district_folder(tmp_path)
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{hub.url}/api/v1/catalog", headers=classroom) as before:
            etag, count = before.headers["ETag"], len((await before.json())["lessons"])
        process = await asyncio_subprocess(folder, hub_dir)
        assert process == 1
        async with http.get(f"{hub.url}/api/v1/catalog", headers={**classroom, "If-None-Match": etag}) as after:
            assert after.status == 200
            lessons = (await after.json())["lessons"]
    assert len(lessons) == count + 2
    assert {lesson["title"]["text"] for lesson in lessons[-2:]} == {"水果單字", "水的循環"}


async def asyncio_subprocess(folder: Path, data: Path) -> int:
    """`oo-hub import` as a process, without blocking the hub this test serves."""
    process = await asyncio.create_subprocess_exec(
        *OO_HUB, "import", str(folder), "--data", str(data), stdout=asyncio.subprocess.DEVNULL
    )
    return await process.wait()
