"""Transcoding in a worker process: `oo-hub transcode SRC DST` and the hub's way to run it and follow it.

The worker writes JSON lines on standard output: `{"progress": N}` (0-100) as it decodes, then either
`{"result": {"duration", "size", "width", "height", "thumbnail"}}` (exit status 0) or
`{"error": SENTENCE, "kind": KIND}` (exit status 1; KIND one of empty, not_media, no_stream, corrupt, failed).
Its log goes to standard error. Stopped (SIGTERM) it removes what it had half made.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

from hub.demo_render import hub_command, stopped_on_error
from hub.probe import TranscodeError
from hub.transcode import TranscodeResult, hidden, transcode


class TranscodeFailed(Exception):
    """A transcode worker did not make the lesson video; str() is the sentence for the teacher."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind
        """What went wrong, for a program: empty, not_media, no_stream, corrupt or failed."""


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def run_worker(src: Path, dst: Path, thumbnail: Path | None, remove_original: bool) -> int:
    """The body of `oo-hub transcode`: transcode, report on stdout, answer the exit status."""
    try:
        result = transcode(src, dst, thumbnail or dst.with_suffix(".jpg"), lambda percent: _say(progress=percent))
    except TranscodeError as e:
        _say(error=str(e), kind=e.kind)
        return 1
    if remove_original:
        src.unlink(missing_ok=True)
    _say(result=result.to_json())
    return 0


async def transcode_in_worker(
    src: Path,
    dst: Path,
    thumbnail: Path,
    *,
    keep_original: bool = True,
    progress: Callable[[int], None] = lambda percent: None,
) -> TranscodeResult:
    """Transcode src to dst (and thumbnail) in an `oo-hub transcode` process, calling progress(percent) as it goes.

    keep_original=False removes src once the result is verified and in place. Raises TranscodeFailed with the
    worker's sentence. Cancelled, it stops the worker and nothing half-made is left. Must be run in the
    event loop.
    """
    args = ["transcode", str(src), str(dst), "--thumbnail", str(thumbnail)]
    if not keep_original:
        args.append("--remove-original")
    process = await asyncio.create_subprocess_exec(
        *hub_command(), *args, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with stopped_on_error(process, f"transcoding {src}"):
            result, failure, status = await _follow(process, progress)
    except BaseException:
        # the worker removes its half-made files when stopped; these are gone even if it was killed outright
        hidden(dst).unlink(missing_ok=True)
        hidden(thumbnail).unlink(missing_ok=True)
        raise
    if failure is not None:
        raise failure
    if result is None or status != 0:
        raise TranscodeFailed(f"The hub could not transcode {src.name} (exit status {status}; see its log).", "failed")
    return result


async def _follow(
    process: asyncio.subprocess.Process, progress: Callable[[int], None]
) -> tuple[TranscodeResult | None, TranscodeFailed | None, int]:
    """Read the worker's lines until it ends: its result or its failure, and its exit status."""
    assert process.stdout is not None
    result: TranscodeResult | None = None
    failure: TranscodeFailed | None = None
    async for line in process.stdout:
        said = json.loads(line)
        if "progress" in said:
            progress(int(said["progress"]))
        elif "result" in said:
            result = TranscodeResult(**said["result"])
        elif "error" in said:
            failure = TranscodeFailed(str(said["error"]), str(said.get("kind", "failed")))
    return result, failure, await process.wait()
