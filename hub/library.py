"""The library's routes for teachers and district admins: /api/v1/library (see docs/library-api.md).

GET lists the lessons the token may edit, POST publishes a new one, GET/PATCH/DELETE library/{id} read,
change and unpublish one, GET library/{id}/thumbnail shows its video. A teacher touches only their own
lessons; an admin every lesson, the demo's too. Videos are made by hub/publishing.py's Publisher.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import av
from aiohttp import web

from hub.library_store import find_lesson, insert_lesson, lessons_of, quiz_elsewhere, start_job, update_lesson
from hub.publishing import Publisher
from hub.roles import ADMIN, require_owner
from hub.routes import API, ENROLMENT, SETTINGS, STORE, Refusal, document, reply, requires
from hub.thumbnail import take_thumbnail
from hub.upload_store import COMPLETE, FAILED, TAKEN, end_upload, find_upload
from hub.uploads import FILES
from protocol.http.library import (
    LessonChange,
    Library,
    LibraryFailure,
    LibraryLesson,
    LibraryVideo,
    NewLesson,
    State,
)

logger = logging.getLogger(__name__)
PUBLISHER: web.AppKey[Publisher] = web.AppKey("publisher", Publisher)
PATH = f"{API}/library"


def _lesson(request: web.Request, row: dict[str, Any]) -> LibraryLesson:
    """The row as its teacher sees it, with the transcode's progress."""
    state: State
    progress: float | None
    if row["pending"]:
        state, progress = "processing", request.app[PUBLISHER].progress(row["id"])
    else:
        state = "failed" if row["failure"] else "published" if row["published"] else "unpublished"
        progress = None
    video = None
    if row["filename"] is not None:
        video = LibraryVideo(row["video_id"], row["duration"], row["size"], f"{PATH}/{row['id']}/thumbnail")
    description = row["description"]
    return LibraryLesson(
        id=row["id"],
        state=state,
        progress=progress,
        message=row["failure"] or None,
        published=bool(row["published"]),
        title=json.loads(row["title"]),
        subject=row["subject"],
        grade=row["grade"],
        description=None if description is None else json.loads(description),
        video=video,
        quiz=json.loads(row["quiz"]),
        owner=row["owner_name"] or None,
        failure=LibraryFailure(row["failure_kind"], row["failure_file"]) if row["failure_kind"] else None,
    )


def _editable(request: web.Request) -> dict[str, Any]:
    """The lesson the URL names, if the token may edit it (404 or 403 otherwise)."""
    row = find_lesson(request.app[STORE].db, request.match_info["id"])
    if row is None:
        raise Refusal("No such lesson in this hub's library.", 404)
    require_owner(request[ENROLMENT], row["owner"], "lesson")
    return row


def _check_quiz(request: web.Request, quiz: dict[str, Any] | None, lesson_id: str = "") -> None:
    if quiz is not None and quiz_elsewhere(request.app[STORE].db, quiz["id"], lesson_id):
        message = f"Another lesson already has a quiz with the id {quiz['id']!r}; give this quiz its own id."
        raise Refusal(message, 409, "quiz")


def _take(request: web.Request, upload_id: str) -> None:
    """Check the upload may become a lesson's video, and mark it taken (404, 403 or 409 otherwise)."""
    db = request.app[STORE].db
    upload = find_upload(db, upload_id)
    if upload is None:
        raise Refusal(f"No such upload on this hub: {upload_id}. Upload the video first.", 404, "upload")
    require_owner(request[ENROLMENT], upload.owner, "upload")
    if upload.state == FAILED:
        raise Refusal(f"This upload failed: {upload.message} Upload the video again.", 409, "upload")
    if upload.state == TAKEN:
        message = "This upload is already a lesson's video; upload the file again for another lesson."
        raise Refusal(message, 409, "upload")
    if upload.state != COMPLETE:
        have = request.app[FILES].offset(upload_id)
        raise Refusal(
            f"This upload is not complete: the hub has {have:,} of its {upload.length:,} bytes. Finish it first.",
            409,
            "upload",
        )
    end_upload(db, upload_id, TAKEN)


@requires("teacher", "admin")
async def list_lessons(request: web.Request) -> web.Response:
    who = request[ENROLMENT]
    rows = lessons_of(request.app[STORE].db, None if who.role == ADMIN else who.token_hash)
    return reply(Library(tuple(_lesson(request, row) for row in rows)))


@requires("teacher", "admin")
async def create(request: web.Request) -> web.Response:
    new = NewLesson.from_json(await document(request, NewLesson.SCHEMA))
    _check_quiz(request, new.quiz)
    db = request.app[STORE].db
    with db.transaction():
        if new.upload is not None:
            _take(request, new.upload)
        lesson_id = insert_lesson(db, request[ENROLMENT], vars(new), new.upload or "")
    if new.upload is not None:
        request.app[PUBLISHER].start(lesson_id, new.upload)
    row = find_lesson(db, lesson_id)
    assert row is not None
    return reply(_lesson(request, row), status=201, headers={"Location": f"{PATH}/{lesson_id}"})


@requires("teacher", "admin")
async def one(request: web.Request) -> web.Response:
    return reply(_lesson(request, _editable(request)))


@requires("teacher", "admin")
async def change(request: web.Request) -> web.Response:
    lesson_id = _editable(request)["id"]
    changes = await document(request, LessonChange.SCHEMA)
    if "quiz" in changes:
        _check_quiz(request, changes["quiz"], lesson_id)
    db = request.app[STORE].db
    with db.transaction():
        if "upload" in changes:
            _take(request, changes["upload"])
            start_job(db, lesson_id, changes["upload"])
        update_lesson(db, lesson_id, changes)
    if "upload" in changes:
        request.app[PUBLISHER].start(lesson_id, changes["upload"])
    return reply(_lesson(request, _editable(request)))


@requires("teacher", "admin")
async def unpublish(request: web.Request) -> web.Response:
    lesson_id = _editable(request)["id"]
    db = request.app[STORE].db
    with db.transaction():
        update_lesson(db, lesson_id, {"published": False})
    return reply(_lesson(request, _editable(request)))


@requires("teacher", "admin")
async def thumbnail(request: web.Request) -> web.StreamResponse:
    row = _editable(request)
    if row["filename"] is None:
        raise Refusal("This lesson has no picture yet: its video is not ready.", 404)
    try:
        picture = await asyncio.to_thread(take_thumbnail, request.app[STORE].videos_dir / row["filename"])
    except (OSError, av.error.FFmpegError) as e:
        logger.error("lesson %s: no thumbnail from %s: %s", row["id"], row["filename"], e)
        picture = None
    if picture is None:
        raise Refusal("This lesson's video has no picture to show.", 404)
    return web.FileResponse(picture, headers={"Content-Type": "image/jpeg", "Cache-Control": "no-cache"})


async def _resume(app: web.Application) -> None:
    app[PUBLISHER].resume()


async def _stop(app: web.Application) -> None:
    await app[PUBLISHER].close()


def setup(app: web.Application) -> None:
    """Add the library's routes and its transcodes to the hub's app (after hub/uploads.py's setup)."""
    app[PUBLISHER] = Publisher(app[STORE], app[FILES], app[SETTINGS].uploads.keep_originals)
    app.on_startup.append(_resume)
    app.on_shutdown.append(_stop)
    app.router.add_get(PATH, list_lessons)
    app.router.add_post(PATH, create)
    one_path = PATH + "/{id:[A-Za-z0-9_-]{1,64}}"
    app.router.add_get(one_path, one)
    app.router.add_patch(one_path, change)
    app.router.add_delete(one_path, unpublish)
    app.router.add_get(one_path + "/thumbnail", thumbnail)
