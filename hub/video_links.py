"""Signed, expiring links to a video on the district's web server (nginx's secure_link).

The catalog keeps the hub's own address of each video, which never expires; when hub.toml has a
[videos] section, a GET of that address is answered with a 307 to a link signed just now, so a PC
that waited a week for its download window still gets a fresh one. nginx checks it with

    secure_link $arg_md5,$arg_expires;
    secure_link_md5 "$secure_link_expires$uri <secret>";

(deploy/nginx-videos.conf): md5 over the expiry time, the decoded path and the secret, in
base64url without padding. nginx checks the link when a request starts, so a download that takes
longer than link_seconds is not cut; its next Range request comes through the hub again.
"""

from __future__ import annotations

import base64
import hashlib
import time
from urllib.parse import quote, urlsplit

from hub.settings import VideoServer


def link_signature(expires: int, path: str, secret: str) -> str:
    """What nginx's secure_link_md5 above computes for a path (decoded, as nginx's $uri)."""
    digest = hashlib.md5(f"{expires}{path} {secret}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def signed_link(server: VideoServer, filename: str, now: float | None = None) -> str:
    """The web server's address of a file in the videos folder, valid for link_seconds from now."""
    base = server.url if server.url.endswith("/") else server.url + "/"
    expires = int(time.time() if now is None else now) + server.link_seconds
    signature = link_signature(expires, urlsplit(base).path + filename, server.secret)
    return f"{base}{quote(filename)}?md5={signature}&expires={expires}"
