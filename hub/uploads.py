"""Resumable uploads for teachers and district admins: tus 1.0.0 (core, creation, checksum) at /api/v1/uploads.

The hub's own aiohttp handlers rather than `aiohttp-tus` (BSD-3-Clause, last release 1.1.0 in January 2022,
made for Python 3.6 and aiohttp 3.5): its README sizes chunks under aiohttp's client_max_size, as it reads
each PATCH body whole before writing it (a cut then loses the whole chunk), and it has no checksum
extension, no owner per token and no Tus-Max-Size from the hub's settings. What the hub needs of the
protocol is a few headers (hub/tus_headers.py); the file handling that makes a cut cost only what was
in flight is in hub/upload_files.py. Upload state lives in the hub's database (hub/upload_store.py), so it
follows the hub to PostgreSQL.
"""

from __future__ import annotations

import errno

from aiohttp import web

from hub.roles import require_owner
from hub.routes import API, ENROLMENT, SETTINGS, STORE, Refusal, error, requires
from hub.tus_headers import CHECKSUMS, VERSION, BadHeader, checksum, file_metadata, whole_number
from hub.upload_files import ChecksumMismatch, TooLong, UploadFiles
from hub.upload_store import COMPLETE, FAILED, TAKEN, Upload, add_upload, end_upload, find_upload
from hub.upload_sweep import sweeping

FILES: web.AppKey[UploadFiles] = web.AppKey("upload_files", UploadFiles)
PATH = f"{API}/uploads"
OFFSET_STREAM = "application/offset+octet-stream"
EXTENSIONS = "creation,checksum"
LESSON_ROOM = 512 * 1024**2
"""Room kept beside an upload for the lesson video made from it: as large as the file, up to this."""


def _offset(upload: Upload, offset: int) -> dict[str, str]:
    return {"Upload-Offset": str(offset), "Upload-Length": str(upload.length), "Cache-Control": "no-store"}


def _version_refused(request: web.Request) -> web.Response | None:
    if request.headers.get("Tus-Resumable") == VERSION:
        return None
    return error(
        412, f"This hub speaks tus {VERSION}: send Tus-Resumable: {VERSION}.", "Tus-Resumable", {"Tus-Version": VERSION}
    )


def _upload(request: web.Request) -> Upload:
    """The upload the URL names, if the token may go on with it (404 or 403 otherwise)."""
    upload = find_upload(request.app[STORE].db, request.match_info["id"])
    if upload is None:
        raise Refusal(f"No such upload on this hub; start a new one with POST {PATH}.", 404)
    require_owner(request[ENROLMENT], upload.owner, "upload")
    return upload


@requires("teacher", "admin")
async def options(request: web.Request) -> web.Response:
    headers = {
        "Tus-Version": VERSION,
        "Tus-Extension": EXTENSIONS,
        "Tus-Checksum-Algorithm": ",".join(CHECKSUMS),
        "Tus-Max-Size": str(request.app[SETTINGS].uploads.max_size),
    }
    return web.Response(status=204, headers=headers)


@requires("teacher", "admin")
async def create(request: web.Request) -> web.Response:
    if refused := _version_refused(request):
        return refused
    most = request.app[SETTINGS].uploads.max_size
    try:
        length = whole_number(request.headers, "Upload-Length")
        filename, sha256 = file_metadata(request.headers.get("Upload-Metadata"))
    except BadHeader as e:
        return error(400, str(e), e.field)
    if length > most:
        return error(
            413,
            f"This file has {length:,} bytes; this hub takes uploads of up to {most:,} bytes ([uploads] max_size"
            " in its hub.toml). Shorten or compress the video, or ask the hub's administrator.",
            "Upload-Length",
            {"Tus-Max-Size": str(most)},
        )
    if refused := _no_room(request.app[FILES], length):
        return refused
    who = request[ENROLMENT]
    upload = add_upload(request.app[STORE].db, who.token_hash, who.name, length, filename, sha256)
    request.app[FILES].create(upload.id)
    return web.Response(status=201, headers={"Location": f"{PATH}/{upload.id}"})


def _no_room(files: UploadFiles, length: int) -> web.Response | None:
    """507 when the hub's disk cannot hold the file and the lesson video made from it, said before any byte."""
    need, free = length + min(length, LESSON_ROOM), files.free()
    if need <= free:
        return None
    return error(
        507,
        f"The hub's disk has {free:,} bytes free; this file needs {need:,} (the upload and the lesson video made"
        " from it). Ask the hub's administrator to free space or to move its data folder to a larger disk.",
        "Upload-Length",
    )


@requires("teacher", "admin")
async def head(request: web.Request) -> web.Response:
    if refused := _version_refused(request):
        return refused
    files = request.app[FILES]
    async with files.lock(_upload(request).id):  # a PATCH still arriving: its offset once it has ended
        upload = _upload(request)
        if upload.state == FAILED:
            return web.Response(status=410, headers={"Cache-Control": "no-store"})
        return web.Response(status=200, headers=_offset(upload, files.offset(upload.id)))


@requires("teacher", "admin")
async def patch(request: web.Request) -> web.Response:
    if refused := _version_refused(request):
        return refused
    if request.content_type != OFFSET_STREAM:
        return error(415, f"A PATCH carries Content-Type: {OFFSET_STREAM}.", "Content-Type")
    upload = _upload(request)
    try:
        offset = whole_number(request.headers, "Upload-Offset")
        expected = checksum(request.headers.get("Upload-Checksum"))
    except BadHeader as e:
        return error(400, str(e), e.field)
    files = request.app[FILES]
    async with files.lock(upload.id):
        upload = _upload(request)  # as the PATCH before this one left it
        if upload.state == FAILED:
            return error(410, f"This upload failed: {upload.message} Start it again with POST {PATH}.")
        if offset != files.offset(upload.id):
            return error(
                409,
                f"The hub has {files.offset(upload.id):,} bytes of this upload, not {offset:,};"
                " ask with HEAD and send from there.",
                "Upload-Offset",
                _offset(upload, files.offset(upload.id)),
            )
        if upload.state in (COMPLETE, TAKEN):
            return web.Response(status=204, headers=_offset(upload, offset))
        return await _receive(request, upload, files, offset, expected)


async def _receive(
    request: web.Request, upload: Upload, files: UploadFiles, offset: int, expected: tuple[str, bytes] | None
) -> web.Response:
    room = upload.length - offset
    if (request.content_length or 0) > room:
        return error(400, f"This PATCH has more bytes than the upload's {room:,} still to come.", "Content-Length")
    try:
        idle = request.app[SETTINGS].limits.idle_seconds
        offset = await files.receive(upload.id, request.content, room, expected, idle)
    except TooLong:
        return error(400, f"This PATCH has more bytes than the upload's {room:,} still to come; it was discarded.")
    except ChecksumMismatch:
        return error(460, "The PATCH's bytes do not match its Upload-Checksum; they were discarded, send them again.")
    except (ConnectionError, TimeoutError):
        return error(400, "The PATCH ended before its last byte; what arrived is kept, ask with HEAD.")
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        return error(
            507,
            "The hub's disk filled up during this upload; what arrived is kept. Ask the hub's administrator to"
            " free space; the upload then goes on from where it stopped (ask with HEAD).",
        )
    if offset == upload.length:
        return _complete(request, upload, files)
    return web.Response(status=204, headers=_offset(upload, offset))


def _complete(request: web.Request, upload: Upload, files: UploadFiles) -> web.Response:
    """The last byte is in: the whole file's sha256 must be the one the uploader gave."""
    db = request.app[STORE].db
    if files.sha256(upload.id) == upload.sha256:
        end_upload(db, upload.id, COMPLETE)
        return web.Response(status=204, headers=_offset(upload, upload.length))
    files.remove(upload.id)
    message = (
        f"The whole file's sha256 is not the {upload.sha256} given when the upload started;"
        " it changed on the way or on the teacher's disk, and the hub has discarded it."
    )
    end_upload(db, upload.id, FAILED, message)
    return error(460, f"{message} Upload it again with POST {PATH}.")


async def _on_prepare(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer under /uploads says the tus version, refusals by the token check too."""
    if request.path.startswith(PATH):
        response.headers["Tus-Resumable"] = VERSION


def setup(app: web.Application) -> None:
    """Add the tus routes to the hub's app."""
    app[FILES] = UploadFiles(app[STORE].uploads_dir)
    app.cleanup_ctx.append(sweeping(app[STORE].db, app[FILES], app[SETTINGS].uploads.expire_days))
    app.on_response_prepare.append(_on_prepare)
    app.router.add_route("OPTIONS", PATH, options)
    app.router.add_post(PATH, create)
    one = PATH + "/{id:[0-9a-f]{32}}"
    app.router.add_route("OPTIONS", one, options)
    app.router.add_head(one, head)
    app.router.add_patch(one, patch)
