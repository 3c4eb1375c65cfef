"""What a test leaves behind: threads, asyncio tasks, child processes and open sockets.

tests/conftest.py's autouse verify_cleanup takes a Snapshot before each test and fails the test when
something new is still there after every fixture of the test was torn down (Home Assistant's
`verify_cleanup` in tests/conftest.py). Session- and module-scoped fixtures are set up before it, so what
they keep for the run is in the snapshot; a long-lived thread started later is allowed by name in
LONG_LIVED_THREADS, with the fixture that owns it.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LONG_LIVED_THREADS = {
    # the asyncio runner's default executor is shut down after verify_cleanup, by pytest-asyncio
    "asyncio_": "the default executor of the test's loop",
}
"""Thread name prefixes that may outlive a test, and who owns them."""

GRACE = 2.0
"""Seconds a task, thread or child process told to end may take to end after the test's teardown."""


@dataclass(frozen=True)
class Snapshot:
    """The threads, child processes and socket file descriptors of this process at one moment."""

    threads: frozenset[threading.Thread]
    children: frozenset[int]
    sockets: frozenset[str]

    @classmethod
    def take(cls) -> Snapshot:
        return cls(frozenset(threading.enumerate()), frozenset(children()), frozenset(sockets()))

    def left(self) -> list[str]:
        """What is there now and was not before, after a short grace for threads and processes ending."""
        deadline = time.monotonic() + GRACE
        threads = self._new_threads()
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        while self._new_children() and time.monotonic() < deadline:
            time.sleep(0.05)
        now = sockets()
        return (
            [f"thread {t.name!r}" for t in self._new_threads()]
            + [f"child process {pid} ({command(pid)})" for pid in self._new_children()]
            + [f"open socket {socket_kind(target)} ({now[target]})" for target in sorted(set(now) - self.sockets)]
        )

    def _new_threads(self) -> list[threading.Thread]:
        # a thread started outside Python that called into it (PortAudio's callback thread) is listed as a dummy
        # for good, even after it ended: it cannot be joined, and whether its stream closed is each test's check
        return [
            t
            for t in threading.enumerate()
            if t not in self.threads
            and t.is_alive()
            and not isinstance(t, threading._DummyThread)
            and not t.name.startswith(tuple(LONG_LIVED_THREADS))
        ]

    def _new_children(self) -> list[int]:
        return sorted(children() - self.children)


async def tasks_still_pending() -> list[asyncio.Task[object]]:
    """The running loop's unfinished tasks, after a short grace for those told to end (a relay ends once its
    source's last frame, sent from a decoder thread, has come through the loop). Must be run in the event loop."""
    deadline = time.monotonic() + GRACE
    for _ in range(3):  # a transport closed in the teardown closes its socket on a later turn of the loop
        await asyncio.sleep(0)
    while (tasks := pending_tasks(asyncio.get_running_loop())) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return tasks


def pending_tasks(loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[object]]:
    """The loop's tasks that have not finished, but the one asking."""
    current = asyncio.current_task(loop) if loop.is_running() else None
    return [t for t in asyncio.all_tasks(loop) if t is not current and not t.done()]


def children() -> set[int]:
    """This process's child processes, zombies included (a child never waited for is left behind too)."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except FileNotFoundError:  # the thread ended meanwhile
            continue
    return found


def command(pid: int) -> str:
    """A child's command line; a child that exited and was never waited for has none left."""
    try:
        line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except FileNotFoundError:
        line = ""
    return line or "exited, never waited for"


def sockets() -> dict[str, str]:
    """This process's open sockets: "socket:[inode]", with the file descriptor that holds it."""
    found: dict[str, str] = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except FileNotFoundError:  # closed meanwhile (listdir's own descriptor, for one)
            continue
        if target.startswith("socket:"):
            found[target] = f"fd {fd}"
    return found


def socket_kind(target: str) -> str:
    """ "tcp 127.0.0.1:8080"-like words for a socket, from /proc/net (its inode otherwise)."""
    inode = target.removeprefix("socket:[").removesuffix("]")
    for kind in ("tcp", "tcp6", "udp", "udp6", "unix"):
        for line in Path(f"/proc/self/net/{kind}").read_text().splitlines()[1:]:
            fields = line.split()
            if kind == "unix" and fields[6] == inode:
                return f"unix {fields[7] if len(fields) > 7 else '(unnamed)'}"
            if kind != "unix" and fields[9] == inode:
                return f"{kind} port {int(fields[1].rsplit(':', 1)[1], 16)}"
    return target
