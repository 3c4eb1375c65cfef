"""A real nginx on a free port of 127.0.0.1 running deploy/nginx-videos.conf or deploy/nginx-hub.conf."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

from hub.settings import VideoServer
from tests.ice_servers import free_port

DEPLOY = Path(__file__).parent.parent / "deploy"
SECRET = "b2f7c1d0e9a84f5b8c3d6e1f0a2b4c6d"
# each field of the access log, to check what reached nginx
LOG_FORMAT = "$status|$http_authorization|$http_range|$http_if_range|$body_bytes_sent"


class Nginx:
    """nginx in the foreground running a file of deploy/, its pid file, logs and temp files in folder.

    swaps: text of the deployed file -> this test's text (its listen lines are swapped for a free port of
    127.0.0.1 here). limit_rate: nginx's bytes a second per connection ("" for no limit), so a stop lands
    mid-video rather than after nginx has put the whole file in the socket buffers. start() and stop() may repeat.
    """

    def __init__(self, folder: Path, deployed: Path, swaps: dict[str, str], limit_rate: str = "") -> None:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        assert Path(binary).exists(), "nginx is not installed: ./dev setup installs it (Debian package nginx)"
        self.binary = binary
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None
        site = deployed.read_text(encoding="utf-8")
        for there, here in {"listen 80;": f"listen 127.0.0.1:{self.port};", "listen [::]:80;": "", **swaps}.items():
            assert there in site, f"{deployed} no longer has {there!r}"
            site = site.replace(there, here)
        (folder / "site.conf").write_text(site, encoding="utf-8")
        http = [f"{kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")]
        http += [f"limit_rate {limit_rate};"] if limit_rate else []
        http += [f"log_format fields '{LOG_FORMAT}';", f"access_log {folder}/access.log fields;"]
        http += [f"include {folder}/site.conf;"]
        main = ["user root;"] if os.geteuid() == 0 else []  # as root, workers would be nobody: no tmp_path access
        main += ["worker_processes 1;", f"pid {folder}/nginx.pid;", f"error_log {folder}/error.log info;"]
        main += ["events { worker_connections 256; }", "http {", *http, "}"]
        (folder / "nginx.conf").write_text("\n".join(main) + "\n", encoding="utf-8")

    def start(self) -> None:
        self._process = subprocess.Popen(
            [self.binary, "-c", str(self.folder / "nginx.conf"), "-p", str(self.folder), "-g", "daemon off;"],
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:  # ready when it accepts TCP
            assert self._process.poll() is None, (self.folder / "error.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                assert time.monotonic() < deadline, "nginx did not start within 10 s"
                time.sleep(0.05)

    @property
    def pid(self) -> int:
        """The master process (its workers are its children)."""
        assert self._process is not None
        return self._process.pid

    def stop(self) -> None:
        """Stop at once (SIGTERM: nginx's fast shutdown, open connections are cut)."""
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    def requests(self) -> list[dict[str, str]]:
        """The access log: status, authorization, range, if_range, body_bytes_sent of each request."""
        names = ("status", "authorization", "range", "if_range", "sent")
        lines = (self.folder / "access.log").read_text(encoding="utf-8").splitlines()
        return [dict(zip(names, line.split("|"), strict=True)) for line in lines]


class VideoNginx(Nginx):
    """deploy/nginx-videos.conf over a test's videos folder; server is the hub.toml [videos] that matches it."""

    def __init__(self, folder: Path, videos: Path, limit_rate: str = "") -> None:
        swaps = {"/var/lib/oo-hub/videos/": f"{videos}/", "CHANGE-ME-TO-THE-HUB-TOML-SECRET": SECRET}
        super().__init__(folder, DEPLOY / "nginx-videos.conf", swaps, limit_rate)
        self.server = VideoServer(url=f"{self.url}/lessons/", secret=SECRET, link_seconds=600)
