"""The hub's aiohttp application: routes under /api/v1/, bearer-token auth, JSON errors."""

from __future__ import annotations

import hashlib
import logging
import math
from importlib.metadata import version

from aiohttp import web

from hub import assignments, course_sessions, courses, json_body, library, live, progress, signaling, uploads, videos
from hub.attendance import attendance, teacher_lessons
from hub.client_address import client_address
from hub.database import DatabaseUnreachable
from hub.failures import FailureBudget
from hub.quiet_log import QuietLog
from hub.quiz_versions import quiz_versions
from hub.result_checks import refusals, refused_entry
from hub.result_store import add_results, find_results
from hub.roles import require
from hub.routes import API, ENROLMENT, SETTINGS, STORE, Handler, Refusal, error, reply, requires
from hub.settings import HubServerSettings
from hub.store import Store
from hub.video_links import signed_link
from protocol.http.enrolment import Enrolment as EnrolmentBody
from protocol.http.health import Health
from protocol.http.lessons import Attendance, LessonList
from protocol.http.results import ClassroomRoster, Result, ResultList, ResultReceipt
from protocol.schema import SchemaError, openapi

logger = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
TOKEN_FAILURES: web.AppKey[FailureBudget] = web.AppKey("token_failures", FailureBudget)
QUIET: web.AppKey[QuietLog] = web.AppKey("quiet_log", QuietLog)

_MESSAGES = {
    404: "No such page on this hub; check the hub address.",
    405: "This method is not allowed here.",
    413: f"The request body is larger than the hub accepts ({MAX_BODY // 1024} KiB); send fewer items at a time.",
}


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure leaves as a JSON error; nothing a client sends takes the hub down."""
    try:
        return await handler(request)
    except web.HTTPException as e:
        if e.status < 400:
            raise
        allow = {"Allow": e.headers["Allow"]} if "Allow" in e.headers else None  # 405 names the methods
        return error(e.status, _MESSAGES.get(e.status, e.reason), headers=allow)
    except Refusal as e:
        return error(e.status, str(e), e.field)
    except DatabaseUnreachable as e:
        logger.error("%s %s: %s", request.method, request.path, e)
        return error(503, "The hub cannot reach its database just now; try again in a minute.")
    except Exception:
        logger.exception("%s %s failed", request.method, request.path)
        return error(500, "The hub hit an internal error; it is logged on the hub.")


@web.middleware
async def bearer_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    roles = getattr(request.match_info.handler, "roles", None)
    if roles is None:
        return await handler(request)
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    enrolment = request.app[STORE].enrolment(token.strip()) if scheme.lower() == "bearer" and token else None
    if enrolment is None:
        return _bad_token(request)
    require(enrolment, *roles)
    request[ENROLMENT] = enrolment
    return await handler(request)


def _bad_token(request: web.Request) -> web.Response:
    """401, or 429 once the address has spent its budget of bad tokens (good tokens from it still pass)."""
    address = client_address(request, request.app[SETTINGS].limits.trusted_proxies)
    budget = request.app[TOKEN_FAILURES]
    wait = math.ceil(budget.wait(address))
    budget.fail(address)
    request.app[QUIET].warning(("token", address), "a bad token from %s (%s %s)", address, request.method, request.path)
    if wait:
        message = f"Too many requests with a bad token from this address; try again in {wait} s with a valid token."
        return error(429, message, headers={"Retry-After": str(wait)})
    return error(401, "A valid token is needed: Authorization: Bearer <token>.")


async def health(request: web.Request) -> web.Response:
    return reply(Health("ok", version("oo-classroom")))


async def openapi_document(request: web.Request) -> web.Response:
    return web.json_response(openapi(), dumps=json_body.dumps)


@requires("teacher", "classroom")
async def catalog(request: web.Request) -> web.Response:
    since = request.query.get("since")
    if since is not None and not (since.isascii() and since.isdigit() and len(since) <= 18):
        return error(400, "since: expected the cursor of an earlier catalog (digits)", "since")
    body = json_body.dumps(request.app[STORE].catalog(None if since is None else int(since)).to_json()).encode()
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    if request.headers.get("If-None-Match") in (etag, "*"):
        return web.Response(status=304, headers={"ETag": etag})
    return web.Response(body=body, content_type="application/json", headers={"ETag": etag})


@requires("teacher", "classroom")
async def video(request: web.Request) -> web.StreamResponse:
    found = request.app[STORE].video(request.match_info["id"])
    if found is None:
        return error(404, "No such video in the catalog.")
    server = request.app[SETTINGS].videos
    if server is not None:  # the district's web server sends the file; the catalog's address stays valid
        link = signed_link(server, found.path.name)
        return web.Response(status=307, headers={"Location": link, "Cache-Control": "no-store"})
    try:
        return await videos.serve(request, found)
    except FileNotFoundError:
        logger.error("video %s is in the catalog but its file %s is missing", request.match_info["id"], found.path)
        return error(
            404,
            "This video is in the catalog but its file is missing on the hub. Tell the hub's administrator:"
            " put the file back in the videos folder, or remove the lesson.",
        )


@requires("teacher", "classroom")
async def video_chunks(request: web.Request) -> web.Response:
    found = request.app[STORE].video_chunks(request.match_info["id"])
    if found is None:
        return error(404, "No such video in the catalog.")
    etag = f'"{found.sha256}"'
    if request.headers.get("If-None-Match") in (etag, "*"):
        return web.Response(status=304, headers={"ETag": etag})
    return reply(found, headers={"ETag": etag})


@requires("classroom")
async def post_results(request: web.Request) -> web.Response:
    raw = await request.read()  # over client_max_size: 413
    try:
        body = json_body.loads(raw, half_surrogates=True)  # refused per answer by refusals()
    except json_body.BadJson as e:
        return error(400, f"The body is not JSON the hub takes: {e}")
    try:
        refused = refusals(body)  # a malformed batch: 400; a bad item: refused on its own
    except SchemaError as e:
        return error(400, str(e), e.field)
    items = body["results"]
    valid = [Result.from_json(item) for i, item in enumerate(items) if i not in refused]  # each checked
    added = iter(add_results(request.app[STORE].db, valid, request[ENROLMENT].name) if valid else [])
    receipt = [refused_entry(item, refused[i]) if i in refused else next(added) for i, item in enumerate(items)]
    stored = [item.id for item in receipt if item.status == "stored"]
    await signaling.results_arrived(request.app[live.LESSONS], request[ENROLMENT].name, stored)
    return reply(ResultReceipt(tuple(receipt)))


@requires("teacher")
async def get_results(request: web.Request) -> web.Response:
    query = {key: request.query.get(key) for key in ("quiz", "classroom")}
    for key, value in query.items():
        if value is not None and not 0 < len(value) <= 100:
            return error(400, f"{key}: expected 1 to 100 characters", key)
    store = request.app[STORE]
    results = find_results(store.db, query["quiz"], query["classroom"])
    rosters = tuple(ClassroomRoster(name, tuple(pupils)) for name, pupils in store.rosters(query["classroom"]).items())
    named = {(r.quiz_id, r.quiz_version) for r in results if r.quiz_version is not None}
    return reply(ResultList(tuple(results), rosters, tuple(quiz_versions(store.db, named))))


@requires("teacher")
async def lessons(request: web.Request) -> web.Response:
    return reply(LessonList(tuple(teacher_lessons(request.app[STORE].db, request[ENROLMENT].name))))


@requires("teacher")
async def lesson_attendance(request: web.Request) -> web.Response:
    db = request.app[STORE].db
    lesson_id = request.match_info["id"]
    mine = [lesson for lesson in teacher_lessons(db, request[ENROLMENT].name) if lesson.id == lesson_id]
    if not mine:
        return error(404, "You have no live lesson with this id.")
    return reply(Attendance(mine[0], tuple(attendance(db, lesson_id))))


@requires("teacher", "classroom", "admin")
async def enrolment(request: web.Request) -> web.Response:
    who = request[ENROLMENT]
    roster = request.app[STORE].roster(who.name) if who.role == "classroom" else []
    return reply(EnrolmentBody(who.name, who.role, tuple(roster)))


@requires("teacher", "classroom")
async def live_socket(request: web.Request) -> web.StreamResponse:
    return await live.serve(request, request[ENROLMENT])


def make_app(store: Store, settings: HubServerSettings | None = None) -> web.Application:
    """The hub over an open store; the store stays the caller's to close."""
    app = web.Application(middlewares=[json_errors, bearer_auth], client_max_size=MAX_BODY)
    app[STORE] = store
    app[SETTINGS] = settings or HubServerSettings()
    limits = app[SETTINGS].limits
    app[TOKEN_FAILURES] = FailureBudget(limits.failed_tokens, limits.window_seconds)
    app[QUIET] = QuietLog(logger, limits.log_seconds)
    app.router.add_get(f"{API}/health", health)
    app.router.add_get(f"{API}/openapi.json", openapi_document)
    app.router.add_get(f"{API}/catalog", catalog)
    app.router.add_get(API + "/videos/{id:[A-Za-z0-9_-]{1,64}}", video)
    app.router.add_get(API + "/videos/{id:[A-Za-z0-9_-]{1,64}}/chunks", video_chunks)
    app.router.add_post(f"{API}/results", post_results)
    app.router.add_get(f"{API}/results", get_results)
    app.router.add_get(f"{API}/enrolment", enrolment)
    app.router.add_get(f"{API}/live", live_socket)
    app.router.add_get(f"{API}/lessons", lessons)
    app.router.add_get(API + "/lessons/{id:[0-9a-f]{16}}/attendance", lesson_attendance)
    live.setup(app, store, app[SETTINGS])
    uploads.setup(app)
    library.setup(app)
    courses.setup(app)
    course_sessions.setup(app)
    assignments.setup(app)
    progress.setup(app)
    return app
