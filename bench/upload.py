"""Uploads (app.uploader): goodput under a bandwidth cap against the cap and against curl sending the same file
in one PATCH at the same --limit-rate, and bytes sent against the file when every connection is cut.

    PYTHONPATH=. .venv/bin/python bench/upload.py [--seconds 15] [--mib 32]

`oo-hub` runs in its own process on 127.0.0.1; the uploader's time includes hashing the file (the teacher waits
for that too); curl's is its PATCH alone (no checksum, one request). Bytes sent are counted at a fault proxy
(tests/fault_proxy.py) between the uploader and the hub: request lines, headers and bodies.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

import sqlite_utils
from bench_hub import bench_hub

from app.hub_client import HubClient
from app.uploader import CHUNK, Uploader
from hub.store import Store
from tests.fault_proxy import FaultProxy


async def upload_once(base: str, token: str, path: Path, cap: int, db: Path) -> tuple[float, int]:
    """Seconds for the uploader to hash and upload the file, and the bytes of it it sent."""
    client = HubClient(base, token)
    database = sqlite_utils.Database(db)
    try:
        uploader = Uploader(client, database, bandwidth_cap=cap)
        start = time.perf_counter()
        await uploader.upload(path)
        return time.perf_counter() - start, uploader.sent
    finally:
        await client.close()
        database.close()


def curl_once(base: str, token: str, path: Path, cap: int) -> float:
    """Seconds for curl to send the file in one PATCH (the upload made with curl too, not timed)."""
    auth = ["-H", f"Authorization: Bearer {token}", "-H", "Tus-Resumable: 1.0.0"]
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    meta = f"filename {base64.b64encode(b'bench.mp4').decode()},sha256 {base64.b64encode(sha.encode()).decode()}"
    headers = ["-H", f"Upload-Length: {path.stat().st_size}", "-H", f"Upload-Metadata: {meta}"]
    made = subprocess.run(
        ["curl", "-s", "-f", "-o", "/dev/null", "-D", "-", "-X", "POST", *auth, *headers, f"{base}/api/v1/uploads"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    location = next(line.split(":", 1)[1].strip() for line in made.splitlines() if line.lower().startswith("location:"))
    patch = ["-H", "Content-Type: application/offset+octet-stream", "-H", "Upload-Offset: 0"]
    limit = ["--limit-rate", str(cap)] if cap else []
    start = time.perf_counter()
    command = ["curl", "-s", "-f", "-o", "/dev/null", "-X", "PATCH", *auth, *patch, *limit]
    subprocess.run([*command, "--data-binary", f"@{path}", base + location], check=True)
    return time.perf_counter() - start


async def under_cuts(base: str, token: str, path: Path, cut: int, db: Path) -> tuple[int, int, int]:
    """Upload through a proxy that cuts every connection after cut bytes up: bytes sent, cuts, uploader.sent."""
    host, port = base.removeprefix("http://").split(":")
    proxy = FaultProxy(host, int(port), cut_up_after=cut)
    try:
        _, sent = await upload_once(await proxy.start(), token, path, 0, db)
    finally:
        await proxy.stop()
        await asyncio.sleep(0.1)  # its connections' tasks end
    return proxy.bytes_up, proxy.cuts, sent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0, help="length of each capped upload")
    parser.add_argument("--mib", type=int, default=32, help="size of the file sent under cuts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, bench_hub(1000) as hub:
        work = Path(tmp)
        base = hub.url.split("/api/v1/")[0]
        store = Store(hub.video.parent.parent)
        token = store.issue_token("teacher", "bench")
        store.close()
        print(f"upload goodput over loopback, oo-hub in its own process, {args.seconds:.0f} s of file at the cap:")
        for cap in (1_000_000, 4_000_000, 0):
            size = int(cap * args.seconds) if cap else 256 << 20
            path = work / f"cap-{cap}.bin"
            path.write_bytes(os.urandom(size))
            seconds, _ = asyncio.run(upload_once(base, token, path, cap, work / f"classroom-{cap}.db"))
            ours, curl = size / seconds / 1e6, size / curl_once(base, token, path, cap) / 1e6
            against = f"{ours / (cap / 1e6):.3f} of the cap, " if cap else ""
            print(
                f"  cap {cap / 1e6 if cap else 'none':>4} MB/s, {size / 1e6:5.1f} MB: uploader {ours:7.2f} MB/s"
                f" ({against}{ours / curl:.3f} of curl) | curl one PATCH {curl:7.2f} MB/s"
            )
            path.unlink()
        path = work / "cuts.bin"
        path.write_bytes(os.urandom(args.mib << 20))
        size = path.stat().st_size
        print(f"bytes sent under cuts, {size / 1e6:.1f} MB file, {CHUNK >> 10} KiB chunks, every connection cut:")
        for cut in (3_000_000, 10_000_000):
            up, cuts, sent = asyncio.run(under_cuts(base, token, path, cut, work / f"cuts-{cut}.db"))
            print(
                f"  cut after {cut / 1e6:4.1f} MB up: {cuts:3d} cuts, {up / size:.3f} of the file on the wire"
                f" (bound file + a chunk a cut: {(size + cuts * CHUNK) / size:.3f}), file bytes sent {sent / size:.3f}"
            )


if __name__ == "__main__":
    main()
