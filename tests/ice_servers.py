"""Real STUN and TURN peers on 127.0.0.1 for the network check: a STUN responder built on aioice's
message classes, a UDP port that never answers (a firewall dropping UDP), and coturn itself."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aioice import stun


class StunTestServer(asyncio.DatagramProtocol):
    """Answers every Binding request with the address it came from (RFC 5389), and remembers it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int]] = []
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            request = stun.parse_message(data)
        except ValueError:
            return
        if request.message_method != stun.Method.BINDING or request.message_class != stun.Class.REQUEST:
            return
        response = stun.Message(stun.Method.BINDING, stun.Class.RESPONSE, transaction_id=request.transaction_id)
        response.attributes["XOR-MAPPED-ADDRESS"] = addr
        response.add_fingerprint()
        self.seen.append(addr)
        assert self.transport is not None
        self.transport.sendto(bytes(response), addr)

    @property
    def port(self) -> int:
        assert self.transport is not None
        return int(self.transport.get_extra_info("sockname")[1])


async def start_stun_server() -> StunTestServer:
    """Serve on a free UDP port of 127.0.0.1 until its transport is closed."""
    _, server = await asyncio.get_running_loop().create_datagram_endpoint(StunTestServer, local_addr=("127.0.0.1", 0))
    return server


def silent_udp_port() -> Iterator[int]:
    """A bound UDP port that reads nothing and answers nothing, like a firewall that drops UDP."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sink:
        sink.bind(("127.0.0.1", 0))
        yield sink.getsockname()[1]


def free_port() -> int:
    """A port free for both TCP and UDP on 127.0.0.1 (coturn listens on both)."""
    while True:
        with socket.socket() as tcp, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            tcp.bind(("127.0.0.1", 0))
            port = tcp.getsockname()[1]
            try:
                udp.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(port)


@dataclass(frozen=True)
class Coturn:
    """coturn on 127.0.0.1 (UDP and TCP on one port) with one static user, or with a shared secret."""

    port: int
    username: str
    password: str
    """The static user's; "" when it takes time-limited credentials (use-auth-secret) instead."""


def run_coturn(folder: Path, secret: str = "", config: Path | None = None) -> Iterator[Coturn]:
    """Start `turnserver` with one static user, or (secret) taking time-limited credentials signed with
    that secret; stop it afterwards. Without config it relays between loopback addresses too; with
    config it runs that file, its addresses, ports, secret and log replaced by this test's."""
    binary = shutil.which("turnserver")
    assert binary, "coturn is not installed: ./dev setup installs it (Debian package coturn)"
    port = free_port()
    turn = Coturn(port, "" if secret else "lanyu", "" if secret else "turn-secret-42")
    if secret:
        auth = ["--use-auth-secret", f"--static-auth-secret={secret}"]
    else:
        auth = ["--lt-cred-mech", f"--user={turn.username}:{turn.password}"]
    options = [
        "--listening-ip=127.0.0.1",
        "--relay-ip=127.0.0.1",
        f"--listening-port={port}",
        "--min-port=49152",
        "--max-port=65535",
        *auth,
        "--realm=oo-classroom.test",
        f"--userdb={folder / 'turndb'}",
        f"--pidfile={folder / 'turnserver.pid'}",
        "--no-tls",
        "--no-dtls",
        "--no-cli",
        "--log-file=stdout",
        "--simple-log",
    ]
    if config is None:
        start = ["-n", "--allow-loopback-peers"]
    else:
        start = ["-c", str(_without(config, options, folder / "turnserver-test.conf"))]
    log = (folder / "turnserver.log").open("w")
    server = subprocess.Popen([binary, *start, *options], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:  # ready when it accepts TCP
            assert server.poll() is None, (folder / "turnserver.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "turnserver did not start within 10 s"
                time.sleep(0.05)
        yield turn
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def _without(config: Path, options: list[str], copy: Path) -> Path:
    """A copy of a coturn config file without the settings these command-line options give (some of the
    file's, like its log file, would win) nor the ones choosing other listeners or log places."""
    given = {option.removeprefix("--").split("=")[0] for option in options}
    given |= {"tls-listening-port", "alt-listening-port", "syslog"}
    lines = config.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip().split("=")[0].strip() not in given]
    copy.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return copy
