"""The suite-wide check of what a test leaves behind (tests/cleanup.py) sees each kind of leftover."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import threading

from tests.cleanup import Snapshot, pending_tasks


def test_a_thread_still_running_is_left_behind_and_a_joined_one_is_not() -> None:
    before = Snapshot.take()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="test-leftover")
    thread.start()
    try:
        assert before.left() == ["thread 'test-leftover'"]
    finally:
        stop.set()
        thread.join()
    assert before.left() == []


def test_a_child_process_never_waited_for_is_left_behind() -> None:
    before = Snapshot.take()
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert before.left() == [f"child process {child.pid} (sleep 30)"]
        child.kill()
        assert before.left() == [f"child process {child.pid} (exited, never waited for)"]
    finally:
        child.kill()
        child.wait()
    assert before.left() == []


def test_an_open_socket_is_left_behind_with_its_port() -> None:
    before = Snapshot.take()
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        assert before.left() == [f"open socket tcp port {port} (fd {listening.fileno()})"]
    assert before.left() == []


async def test_an_unfinished_task_is_pending_and_a_finished_one_is_not() -> None:
    sleeping = asyncio.create_task(asyncio.sleep(30))
    done = asyncio.create_task(asyncio.sleep(0))
    await done
    assert pending_tasks(asyncio.get_running_loop()) == [sleeping]
    sleeping.cancel()
    await asyncio.gather(sleeping, return_exceptions=True)
    assert pending_tasks(asyncio.get_running_loop()) == []
