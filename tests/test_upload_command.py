"""`oo-classroom upload FILE` as IT staff and teachers run it: SIGKILLed mid-upload, run again, it goes on."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from hub.server import RunningHub
from tests.fault_proxy import FaultProxy
from tests.waiting import until

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 1024 * 1024  # app.uploader.CHUNK
HEADERS = 2_000


def config(tmp_path: Path, url: str, token: str, cap: int = 0, language: str = "en") -> Path:
    path = tmp_path / "teacher.toml"
    path.write_text(
        f'[hub]\nurl = "{url}"\ntoken = "{token}"\n[storage]\ndata_dir = "{tmp_path / "pc"}"\n'
        f'[downloads]\nbandwidth_cap = {cap}\n[ui]\nlanguage = "{language}"\n',
        encoding="utf-8",
    )
    return path


async def start(tmp_path: Path, settings: Path, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    return await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "widgets.main", "upload", *args, "--config", str(settings)),
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def run(tmp_path: Path, settings: Path, *args: str) -> tuple[int, str, str]:
    process = await start(tmp_path, settings, *args)
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_a_sigkilled_upload_goes_on_where_it_stopped_when_run_again(
    hub: RunningHub, hub_dir: Path, tmp_path: Path
) -> None:
    video = tmp_path / "第三課 lecture.mp4"
    video.write_bytes(os.urandom(3 * CHUNK + 777))
    host, port = hub.url.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port), faulty=0)  # no faults: it counts the bytes sent to the hub
    url = await proxy.start()
    token = hub.store.issue_token("teacher", "Ms. Lin 林老師")
    uploads = hub_dir / "uploads"
    try:
        # the killed run straight to the hub (the kernel ends its connection), the rerun through the counting proxy
        first = await start(tmp_path, config(tmp_path, hub.url, token, cap=250_000), str(video))  # 1 MiB chunks
        try:
            await until(lambda: any(f.stat().st_size > CHUNK for f in uploads.iterdir()), 60, "a chunk on the hub")
        finally:
            first.kill()
            await first.communicate()
        assert first.returncode == -signal.SIGKILL
        (kept,) = list(uploads.iterdir())
        asked = {"Authorization": f"Bearer {token}", "Tus-Resumable": "1.0.0"}
        async with (
            aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as http,
            http.head(f"{hub.url}/api/v1/uploads/{kept.name}", headers=asked) as r,
        ):
            had = int(r.headers["Upload-Offset"])  # once the cut PATCH has ended there
        before = proxy.bytes_up
        status, out, err = await run(tmp_path, config(tmp_path, url, token), str(video))
        again = proxy.bytes_up - before
    finally:
        await proxy.stop()
    assert (status, out) == (0, kept.name + "\n"), err
    assert kept.read_bytes() == video.read_bytes() and had >= CHUNK
    assert again <= video.stat().st_size - had + 10 * HEADERS  # only what the hub did not have yet


async def test_a_classroom_token_and_a_missing_file_are_told_plainly(hub: RunningHub, tmp_path: Path) -> None:
    token = hub.store.issue_token("classroom", "Lanyu 3")
    settings = config(tmp_path, hub.url, token)
    video = tmp_path / "lesson.mp4"
    video.write_bytes(b"not much of a video")
    status, out, err = await run(tmp_path, settings, str(video))
    assert (status, out) == (1, "")
    assert err.strip().endswith(
        f"The hub at {hub.url} refused the upload: A classroom token cannot do this; it needs a teacher or an admin"
        " token."
    ), err
    status, out, err = await run(tmp_path, settings, str(tmp_path / "gone.mp4"))
    assert (status, out, err.strip()) == (2, "", f"{tmp_path / 'gone.mp4'} is not a file on this PC.")
    status, out, err = await run(tmp_path, config(tmp_path, hub.url, token, language="zh_TW"), str(video))
    assert status == 1 and "拒絕" in err, err
