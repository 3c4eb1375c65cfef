"""The STUN and TURN half of the network check, and the verdict on UDP.

Live lessons reach other schools through STUN (this PC's public address) and, where firewalls
are strict, through a TURN relay. UDP that gets no answer at all while TURN over TCP does means
a firewall blocks UDP: then only TURN over TCP or TLS carries the lesson.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from aioice import stun
from aioice.turn import create_turn_endpoint

from app.network.check_line import TIMEOUT, CheckLine, Status, connection_problem, milliseconds, no_answer, translate

UDP_TRIES = 3
"""Binding requests sent before a STUN server counts as silent (0.5 s, 1 s and 2 s apart)."""


class Heard(Enum):
    """Whether anything came back over a transport: the evidence for the UDP verdict."""

    ANSWER = "answer"
    SILENCE = "silence"
    UNKNOWN = "unknown"
    """It failed before anything was sent, or for a reason that says nothing about the path."""


@dataclass(frozen=True)
class IceServer:
    """A STUN or TURN server as the config names it: stun:host[:port], turn:host[:port][?transport=udp|tcp],
    turns:host[:port] (TLS)."""

    url: str
    host: str
    port: int
    transports: tuple[str, ...]
    """"udp", "tcp" and/or "tls", in the order they are tried."""

    @classmethod
    def parse(cls, url: str) -> IceServer:
        scheme, _, rest = url.partition(":")
        address, _, query = rest.partition("?")
        host, _, port = address.rpartition(":") if address.count(":") == 1 or "]:" in address else (address, "", "")
        host = host.strip("[]")
        secure = scheme == "turns"
        asked = query.removeprefix("transport=") if query.startswith("transport=") else ""
        if secure:
            transports: tuple[str, ...] = ("tls",)
        elif scheme == "stun":
            transports = ("udp",)
        else:
            transports = (asked,) if asked in ("udp", "tcp") else ("udp", "tcp")
        return cls(url, host, int(port) if port.isdigit() else (5349 if secure else 3478), transports)


class _BindingClient(asyncio.DatagramProtocol):
    """Just enough of a STUN client for one Binding transaction."""

    def __init__(self) -> None:
        self.transactions: dict[bytes, stun.Transaction] = {}
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            message = stun.parse_message(data)
        except ValueError:
            return
        if message.transaction_id in self.transactions:
            self.transactions[message.transaction_id].response_received(message, addr)

    def send_stun(self, message: stun.Message, addr: tuple[str, int]) -> None:
        assert self.transport is not None
        self.transport.sendto(bytes(message))


class _Closing(asyncio.DatagramProtocol):
    """Receives nothing; tells when the TURN allocation is given up."""

    def __init__(self) -> None:
        self.closed = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.closed.done():
            self.closed.set_result(None)


async def check_ice(stun_urls: Sequence[str], turn: Sequence[Mapping[str, str]]) -> AsyncIterator[CheckLine]:
    """A line per STUN server, per TURN server and transport, then the UDP verdict."""
    heard: list[tuple[str, Heard, bool]] = []
    for url in stun_urls:
        line, outcome = await _binding(IceServer.parse(url))
        heard.append(("udp", outcome, line.status is Status.PASS))
        yield line
    for entry in turn:
        server = IceServer.parse(entry["url"])
        for transport in server.transports:
            line, outcome = await _allocation(server, transport, entry["username"], entry["password"])
            heard.append((transport, outcome, line.status is Status.PASS))
            yield line
    yield _udp_verdict(heard)


async def _binding(server: IceServer) -> tuple[CheckLine, Heard]:
    name = translate("network", "STUN {url}").format(url=server.url)
    where = f"{server.host}:{server.port}"
    started = time.monotonic()
    client = _BindingClient()
    try:
        transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(
            lambda: client, remote_addr=(server.host, server.port)
        )
    except OSError as e:
        return CheckLine(name, Status.FAIL, *_unreachable(e, server.host, where)), Heard.UNKNOWN
    request = stun.Message(message_method=stun.Method.BINDING, message_class=stun.Class.REQUEST)
    transaction = stun.Transaction(request, (server.host, server.port), client, retransmissions=UDP_TRIES - 1)
    client.transactions[request.transaction_id] = transaction
    try:
        async with asyncio.timeout(TIMEOUT):
            response, _ = await transaction.run()
    except (TimeoutError, stun.TransactionTimeout):
        return CheckLine(name, Status.FAIL, no_answer(where), _silent_advice()), Heard.SILENCE
    except stun.TransactionFailed as e:
        return CheckLine(
            name,
            Status.FAIL,
            _refused_figure(e),
            translate("network", "The STUN server answered with an error; check the address."),
        ), Heard.ANSWER
    finally:
        transport.close()
    seen = response.attributes.get("XOR-MAPPED-ADDRESS") or response.attributes.get("MAPPED-ADDRESS")
    figure = translate("network", "public address {address}, {ms}").format(
        address=f"{seen[0]}:{seen[1]}" if seen else "?", ms=milliseconds(time.monotonic() - started)
    )
    return CheckLine(name, Status.PASS, figure, ""), Heard.ANSWER


async def _allocation(server: IceServer, transport: str, username: str, password: str) -> tuple[CheckLine, Heard]:
    names = {"udp": "UDP", "tcp": "TCP", "tls": "TLS"}
    name = translate("network", "TURN {url} over {transport}").format(url=server.url, transport=names[transport])
    where = f"{server.host}:{server.port}"
    started = time.monotonic()
    try:
        async with asyncio.timeout(TIMEOUT):
            relay, closing = await create_turn_endpoint(
                _Closing,
                (server.host, server.port),
                username,
                password,
                ssl=ssl.create_default_context() if transport == "tls" else None,
                transport="udp" if transport == "udp" else "tcp",
            )
    except TimeoutError:
        return CheckLine(
            name, Status.FAIL, no_answer(where), _silent_advice() if transport == "udp" else ""
        ), Heard.SILENCE
    except stun.TransactionFailed as e:
        if e.response.error_code == 401:
            advice = translate(
                "network",
                "The TURN server does not accept the username and password in [[network.turn]]. Check them"
                " with whoever runs the TURN server.",
            )
            return CheckLine(
                name, Status.FAIL, translate("network", "username or password refused"), advice
            ), Heard.ANSWER
        return CheckLine(
            name,
            Status.FAIL,
            _refused_figure(e),
            translate("network", "The TURN server refused the allocation; tell whoever runs it what it said."),
        ), Heard.ANSWER
    except (OSError, stun.TransactionError, ConnectionError) as e:
        heard = Heard.SILENCE if isinstance(e, stun.TransactionTimeout) else Heard.UNKNOWN
        if isinstance(e, OSError):
            return CheckLine(name, Status.FAIL, *_unreachable(e, server.host, where)), heard
        return CheckLine(name, Status.FAIL, str(e), ""), heard
    elapsed = time.monotonic() - started
    relayed = relay.get_extra_info("sockname")
    relay.close()  # gives the allocation back to the server
    try:
        async with asyncio.timeout(TIMEOUT):
            await closing.closed
    except TimeoutError:
        pass  # the server frees it when it expires
    figure = translate("network", "relay address {address}, {ms}").format(
        address=f"{relayed[0]}:{relayed[1]}", ms=milliseconds(elapsed)
    )
    return CheckLine(name, Status.PASS, figure, ""), Heard.ANSWER


def _unreachable(error: OSError, host: str, where: str) -> tuple[str, str]:
    if isinstance(error, socket.gaierror):
        return (
            translate("network", "{host} not found").format(host=host),
            translate("network", "Check the server's name in [network] for typing mistakes."),
        )
    return connection_problem(error, where)


def _refused_figure(error: stun.TransactionFailed) -> str:
    code, reason = error.response.attributes.get("ERROR-CODE", (0, ""))
    return translate("network", "refused ({code} {reason})").format(code=code, reason=reason)


def _silent_advice() -> str:
    return translate(
        "network", "Nothing came back over UDP: the server is down, or a firewall blocks UDP (see the UDP line)."
    )


def _udp_verdict(heard: list[tuple[str, Heard, bool]]) -> CheckLine:
    name = translate("network", "UDP for live lessons")
    udp = [outcome for transport, outcome, _ in heard if transport == "udp"]
    relays = [passed for transport, _, passed in heard if transport != "udp"]
    if not heard:
        advice = translate(
            "network",
            "No STUN or TURN server is set, so live lessons may not connect to other schools. Set [network]"
            " stun, and a [[network.turn]] where firewalls are strict.",
        )
        return CheckLine(name, Status.WARN, translate("network", "not checked"), advice)
    if Heard.ANSWER in udp:
        return CheckLine(name, Status.PASS, translate("network", "gets through"), "")
    if not udp:
        advice = translate(
            "network", "Only TURN over TCP or TLS is set; add a STUN server to find out whether UDP works."
        )
        return CheckLine(name, Status.WARN, translate("network", "not checked"), advice)
    if Heard.UNKNOWN in udp:
        return CheckLine(
            name,
            Status.WARN,
            translate("network", "cannot tell"),
            translate("network", "Fix the STUN and TURN lines above first."),
        )
    blocked = translate("network", "UDP seems blocked")
    if any(relays):
        advice = translate(
            "network",
            "Nothing answers over UDP, but TURN over TCP/TLS works: live lessons will go through it, with a"
            " little more delay. Keep that TURN server in the settings, or ask the network admin to allow UDP.",
        )
        return CheckLine(name, Status.WARN, blocked, advice)
    advice = translate(
        "network",
        "Nothing answers over UDP and no TURN over TCP/TLS works, so live lessons cannot connect. Add a"
        " [[network.turn]] with turn:host:3478?transport=tcp or turns:host:5349, or ask the network admin"
        " to allow UDP.",
    )
    return CheckLine(name, Status.FAIL, blocked, advice)
