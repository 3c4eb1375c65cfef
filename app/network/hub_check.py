"""The hub half of the network check: name, connection, TLS, the hub itself, the token,
download speed and the live-lesson socket, each a CheckLine as it finishes."""

from __future__ import annotations

import asyncio
import socket
import ssl
import statistics
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp

from app.hub_client import HubClient
from app.network.check_line import TIMEOUT, CheckLine, Status, connection_problem, milliseconds, no_answer, translate
from media.errors import ClassroomError

PINGS = 5
"""Health requests whose median is the round-trip time."""
SLOW_ROUND_TRIP = 0.4
"""Seconds above which live lessons lag noticeably."""
SAMPLE_BYTES = 4_000_000
SAMPLE_SECONDS = 3.0
LESSON_RATE = 1_500_000
"""Bits per second a lesson video needs to play while it downloads."""
CERTIFICATE_DAYS = 14
"""Warn when the hub's certificate runs out within this many days."""


def _skipped(reason: str) -> CheckLine:
    return CheckLine(translate("network", "Other hub checks"), Status.WARN, translate("network", "skipped"), reason)


async def check_hub(process_client: HubClient, proxy: str) -> AsyncIterator[CheckLine]:
    """The hub checks in order; later ones are skipped (with a line saying why) once one fails.

    process_client: the process's hub client, whose session the checks use with their own time limits.
    """
    url = process_client.url
    if not url:
        yield CheckLine(
            translate("network", "Hub address"),
            Status.FAIL,
            translate("network", "not set"),
            translate("network", "Set [hub] url in the config file, for example http://hub.school.example:8750."),
        )
        return
    hub = urlsplit(url)
    # through a proxy, this PC only looks up and connects to the proxy; TLS to the hub goes inside it
    first = urlsplit(proxy) if proxy else hub
    host = first.hostname or ""
    port = first.port or (443 if first.scheme == "https" else 80)
    line, address = await _lookup(host, bool(proxy))
    yield line
    if address is None:
        yield _skipped(translate("network", "Not checked, because the name was not found."))
        return
    line = await _connect(address, port, f"{host}:{port}")
    yield line
    if line.status is Status.FAIL:
        yield _skipped(translate("network", "Not checked, because nothing could connect."))
        return
    if hub.scheme == "https" and not proxy:
        line = await _tls(address, port, host)
        yield line
        if line.status is Status.FAIL:
            yield _skipped(translate("network", "Not checked, because the secure connection failed."))
            return
    client = process_client.with_timeout(aiohttp.ClientTimeout(total=TIMEOUT))
    line = await _answers(client)
    yield line
    if line.status is Status.FAIL:
        yield _skipped(translate("network", "Not checked, because the server does not answer as a hub."))
        return
    line = await _token(client)
    yield line
    if line.status is Status.FAIL:
        yield _skipped(translate("network", "Not checked, because the hub does not accept this PC's token."))
        return
    yield await _throughput(client)
    yield await _live(client)


async def _lookup(host: str, proxy: bool) -> tuple[CheckLine, str | None]:
    name = translate("network", "Proxy name lookup (DNS)") if proxy else translate("network", "Hub name lookup (DNS)")
    started = time.monotonic()
    try:
        async with asyncio.timeout(TIMEOUT):
            found = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except TimeoutError:
        return CheckLine(
            name,
            Status.FAIL,
            no_answer(translate("network", "the name server")),
            translate(
                "network", "This PC's DNS server does not answer. Check the network settings or ask the network admin."
            ),
        ), None
    except OSError:
        return CheckLine(
            name,
            Status.FAIL,
            translate("network", "{host} not found").format(host=host),
            translate(
                "network",
                "Check the address in the config file for typing mistakes; if it is right, this PC's DNS"
                " server does not know the name (ask the network admin).",
            ),
        ), None
    address = str(found[0][4][0])
    figure = translate("network", "{address}, {ms}").format(
        address=address, ms=milliseconds(time.monotonic() - started)
    )
    return CheckLine(name, Status.PASS, figure, ""), address


async def _connect(address: str, port: int, where: str) -> CheckLine:
    name = translate("network", "Connection (TCP {where})").format(where=where)
    started = time.monotonic()
    try:
        async with asyncio.timeout(TIMEOUT):
            _, writer = await asyncio.open_connection(address, port)
    except TimeoutError:
        advice = translate(
            "network",
            "A firewall may drop the connection, or the server's PC is off. Ask the network admin to allow"
            " TCP port {port}.",
        ).format(port=port)
        return CheckLine(name, Status.FAIL, no_answer(where), advice)
    except OSError as e:
        return CheckLine(name, Status.FAIL, *connection_problem(e, where))
    elapsed = time.monotonic() - started
    writer.close()
    return CheckLine(name, Status.PASS, milliseconds(elapsed), "")


async def _tls(address: str, port: int, host: str) -> CheckLine:
    name = translate("network", "Secure connection (TLS)")
    started = time.monotonic()
    try:
        async with asyncio.timeout(TIMEOUT):
            _, writer = await asyncio.open_connection(
                address, port, ssl=ssl.create_default_context(), server_hostname=host
            )
    except TimeoutError:
        return CheckLine(
            name,
            Status.FAIL,
            no_answer(host),
            translate(
                "network", "The server accepted the connection but never finished the TLS handshake; check the port."
            ),
        )
    except OSError as e:
        return CheckLine(name, Status.FAIL, *connection_problem(e, f"{host}:{port}"))
    elapsed = time.monotonic() - started
    tls = writer.get_extra_info("ssl_object")
    writer.close()
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(tls.getpeercert()["notAfter"]), UTC)
    days = (expires - datetime.now(UTC)).days
    figure = translate("network", "{version}, {ms}, certificate valid until {date}").format(
        version=tls.version(), ms=milliseconds(elapsed), date=f"{expires:%Y-%m-%d}"
    )
    if days < CERTIFICATE_DAYS:
        return CheckLine(
            name,
            Status.WARN,
            figure,
            translate(
                "network", "The hub's certificate runs out in under {days} days; its administrator should renew it now."
            ).format(days=CERTIFICATE_DAYS),
        )
    return CheckLine(name, Status.PASS, figure, "")


async def _answers(client: HubClient) -> CheckLine:
    name = translate("network", "Hub answers")
    times = []
    try:
        for _ in range(PINGS):
            started = time.monotonic()
            health = await client.health()
            times.append(time.monotonic() - started)
    except ClassroomError as e:
        return CheckLine(name, Status.FAIL, translate("network", "not a working hub"), str(e))
    median = statistics.median(times)
    figure = translate("network", "round trip {ms} (median of {count}), hub {version}").format(
        ms=milliseconds(median), count=PINGS, version=health.version
    )
    if median > SLOW_ROUND_TRIP:
        advice = translate(
            "network",
            "The link is slow to answer: live lessons will lag and talk over each other. Check what else uses"
            " the link during lessons.",
        )
        return CheckLine(name, Status.WARN, figure, advice)
    return CheckLine(name, Status.PASS, figure, "")


async def _token(client: HubClient) -> CheckLine:
    name = translate("network", "This PC's token")
    if not client.has_token:
        return CheckLine(
            name,
            Status.FAIL,
            translate("network", "not set"),
            translate(
                "network", "Ask IT staff for a token (made on the hub with oo-hub token) and put it in [hub] token."
            ),
        )
    try:
        enrolment = await client.enrolment()
    except ClassroomError as e:
        return CheckLine(name, Status.FAIL, translate("network", "not accepted"), str(e))
    return CheckLine(name, Status.PASS, enrolment.name, "")


async def _throughput(client: HubClient) -> CheckLine:
    name = translate("network", "Download speed")
    try:
        catalog = (await client.catalog(None)).catalog
        videos = [lesson["video"] for lesson in catalog.lessons if "video" in lesson] if catalog is not None else []
        if not videos:
            return CheckLine(
                name,
                Status.WARN,
                translate("network", "not measured"),
                translate("network", "The hub has no lesson video yet to measure with."),
            )
        video = max(videos, key=lambda v: v["size"])
        wanted = min(SAMPLE_BYTES, video["size"])
        got = 0
        async with client.open_video(video["url"], {"Range": f"bytes=0-{wanted - 1}"}, TIMEOUT) as response:
            if response.status not in (200, 206):
                raise client.status_error(response.status)
            started = time.monotonic()
            async for chunk in response.content.iter_chunked(64 * 1024):
                got += len(chunk)
                if got >= wanted or time.monotonic() - started > SAMPLE_SECONDS:
                    break
            elapsed = max(time.monotonic() - started, 1e-3)
    except ClassroomError as e:
        return CheckLine(name, Status.FAIL, translate("network", "failed"), str(e))
    rate = got * 8 / elapsed
    figure = translate("network", "{rate} Mbit/s ({size} MB in {seconds} s)").format(
        rate=f"{rate / 1e6:.1f}", size=f"{got / 1e6:.1f}", seconds=f"{elapsed:.2f}"
    )
    if rate < LESSON_RATE:
        advice = translate(
            "network",
            "Slower than a lesson video needs ({need} Mbit/s): videos will not play while they download. Let"
            " them download ahead, in hours when the link is free ([downloads] window, for example 18:00-07:00).",
        ).format(need=f"{LESSON_RATE / 1e6:.1f}")
        return CheckLine(name, Status.WARN, figure, advice)
    return CheckLine(name, Status.PASS, figure, "")


async def _live(client: HubClient) -> CheckLine:
    name = translate("network", "Live lesson connection (WebSocket)")
    try:
        async with client.live() as live:
            async with asyncio.timeout(TIMEOUT):
                welcome = await live.receive_json()
                started = time.monotonic()
                await live.send_json({"type": "ping"})
                pong = await live.receive_json()
            elapsed = time.monotonic() - started
    except ClassroomError as e:
        return CheckLine(name, Status.FAIL, translate("network", "failed"), str(e))
    except (TimeoutError, ValueError, TypeError):  # silent, not JSON, or closed
        return CheckLine(
            name,
            Status.FAIL,
            translate("network", "no welcome"),
            translate(
                "network",
                "The socket opened but the hub did not talk on it. A proxy or firewall may block WebSockets;"
                " ask the network admin to let them through to the hub.",
            ),
        )
    if welcome.get("type") != "welcome" or pong.get("type") != "pong":
        return CheckLine(
            name,
            Status.FAIL,
            translate("network", "not a hub"),
            translate(
                "network", "Something other than the hub answered on the live lesson socket. Check the hub address."
            ),
        )
    return CheckLine(name, Status.PASS, translate("network", "round trip {ms}").format(ms=milliseconds(elapsed)), "")
