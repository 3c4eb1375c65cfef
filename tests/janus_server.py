"""A real Janus (Debian's janus 1.1.2) for the tests, run from the shipped config in deploy/janus/.

The config folder is copied into a temp folder with its CHANGE-ME values filled in: a free HTTP
port on 127.0.0.1, fresh secrets, and ICE on one non-loopback address of this machine (Janus
ignores 127.0.0.1 candidates). A machine with no such address (a bare CI container) gets a veth
pair of the tests' own with an address on one end, made as root and removed at the end (a veth,
not a dummy interface: some kernels here have no dummy driver).
"""

from __future__ import annotations

import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import aioice.ice

DEPLOY = Path(__file__).resolve().parent.parent / "deploy" / "janus"
VETH = ("oo-test0", "oo-test1")
VETH_ADDRESS = "10.213.0.1"


@dataclass(frozen=True)
class Janus:
    """A running Janus: its HTTP API and the secrets of its config."""

    url: str
    """The HTTP API, http://127.0.0.1:PORT/janus."""
    admin_key: str
    token_secret: str
    address: str
    """The address its ICE candidates are on (the clients' too)."""
    log: Path
    pid: int = 0
    """Its process (for the bench's CPU figures)."""


def set_key(text: str, key: str, value: str) -> str:
    """The libconfig text with `key = ...` set to value (a quoted string or a number)."""
    changed, count = re.subn(rf"^(\s*)#?\s*{key}(\s*=\s*)[^#\n]*", rf"\g<1>{key}\g<2>{value} ", text, flags=re.M)
    assert count == 1, f"{key} is not once in the config"
    return changed


def ice_address() -> Iterator[str]:
    """A non-loopback IPv4 address of this machine, on a veth pair made here if there is none."""
    found = aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=False)
    if found:
        yield found[0]
        return
    for command in (
        ["ip", "link", "add", VETH[0], "type", "veth", "peer", "name", VETH[1]],
        ["ip", "addr", "add", f"{VETH_ADDRESS}/24", "dev", VETH[0]],
        ["ip", "link", "set", VETH[0], "up"],
        ["ip", "link", "set", VETH[1], "up"],
    ):
        subprocess.run(command, check=True)
    try:
        yield VETH_ADDRESS
    finally:
        subprocess.run(["ip", "link", "del", VETH[0]], check=False)


def free_tcp_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(folder: Path, port: int, address: str, admin_key: str, token_secret: str) -> Path:
    """deploy/janus/ copied to folder/conf with this run's values."""
    conf = folder / "conf"
    shutil.copytree(DEPLOY, conf)
    main = (conf / "janus.jcfg").read_text()
    main = set_key(main, "configs_folder", f'"{conf}"')
    main = set_key(main, "token_auth_secret", f'"{token_secret}"')
    main = set_key(main, "ice_enforce_list", f'"{address}"')
    main = set_key(main, "rtp_port_range", '"40000-49999"')
    (conf / "janus.jcfg").write_text(main)
    room = set_key((conf / "janus.plugin.videoroom.jcfg").read_text(), "admin_key", f'"{admin_key}"')
    (conf / "janus.plugin.videoroom.jcfg").write_text(room)
    http = set_key((conf / "janus.transport.http.jcfg").read_text(), "port", str(port))
    (conf / "janus.transport.http.jcfg").write_text(set_key(http, "ip", '"127.0.0.1"'))
    return conf


def run_janus(folder: Path) -> Iterator[Janus]:
    """Start `janus` on this run's config; stop it afterwards."""
    binary = shutil.which("janus")
    assert binary, "janus is not installed: ./dev setup installs it (Debian package janus)"
    for address in ice_address():
        port = free_tcp_port()
        janus = Janus(
            f"http://127.0.0.1:{port}/janus",
            secrets.token_hex(12),
            secrets.token_hex(16),
            address,
            folder / "janus.log",
        )
        conf = write_config(folder, port, address, janus.admin_key, janus.token_secret)
        with janus.log.open("w") as log:
            server = subprocess.Popen(
                [binary, "-F", str(conf), "-C", str(conf / "janus.jcfg"), "-o"], stdout=log, stderr=subprocess.STDOUT
            )
        janus = replace(janus, pid=server.pid)
        try:
            deadline = time.monotonic() + 15
            while True:  # ready when its HTTP API answers (info needs no token)
                assert server.poll() is None, janus.log.read_text()
                try:
                    urllib.request.urlopen(f"{janus.url}/info", timeout=1).close()
                    break
                except OSError:
                    assert time.monotonic() < deadline, "janus did not start within 15 s: " + janus.log.read_text()
                    time.sleep(0.05)
            yield janus
        finally:
            server.terminate()
            server.wait(timeout=10)
