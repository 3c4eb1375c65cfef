"""The address a request came from, as the per-address limits count it: behind nginx, the school's, not nginx's."""

from __future__ import annotations

import ipaddress
from functools import cache

from aiohttp import web

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(value, strict=False) for value in trusted)


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: web.BaseRequest, trusted: tuple[str, ...]) -> str:
    """The peer's address; for a request from a trusted proxy, the last address in X-Forwarded-For that is not a
    trusted proxy (the ones before it are the client's to write, so they are not believed)."""
    address = request.remote or ""
    networks = _networks(trusted)
    hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",")]
    while _trusted(address, networks) and hops and hops[-1]:
        hop = hops.pop()
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            break
        address = hop
    return address
