"""Where a webhook may be sent: the guard against server-side request forgery.

With public URLs required (production), a URL must be ``https`` and its host must resolve only
to public addresses: never loopback, private, link-local, shared, multicast, reserved or a
cloud metadata address. Hosts an operator allow-lists are exempt. The check runs when a
subscription is saved and again before each send, on the addresses the request then goes
to (the connection is pinned to them), so a name re-pointed after saving (DNS rebinding)
cannot reach the internal network. User info in URLs is refused everywhere: it is a
credential that would be stored and shown in the clear.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "192.0.0.192")
)


class UrlRefused(ValueError):
    """The URL may not be called; the message says why (safe to show: no secrets in it)."""


@dataclass(frozen=True)
class UrlPolicy:
    require_public: bool
    trusted_hosts: frozenset[str] = frozenset()

    def trusts(self, host: str) -> bool:
        return host.lower() in self.trusted_hosts


@dataclass(frozen=True)
class Target:
    """Where to connect: the URL and, when pinned, the vetted address used instead of re-resolving."""

    url: str
    host: str
    address: str | None = None


def _host_of(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UrlRefused("only http and https URLs can receive webhooks")
    if parts.username is not None or parts.password is not None:
        raise UrlRefused("a URL must not carry user info (credentials)")
    host = (parts.hostname or "").lower().rstrip(".")  # "localhost." is localhost, for every rule
    if not host:
        raise UrlRefused("the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UrlRefused("the URL's port is invalid") from exc
    return parts.scheme, host, port


def why_not_public(ip: IPAddress) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    for test, what in (
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_private, "a private address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_reserved, "a reserved address"),
    ):
        if test:
            return what
    return None if ip.is_global else "not a public address"


def check_shape(url: str, policy: UrlPolicy) -> None:
    """What can be judged without DNS: scheme, user info, https when public URLs are required."""
    scheme, host, _ = _host_of(url)
    if policy.require_public and not policy.trusts(host) and scheme != "https":
        raise UrlRefused("only https URLs are allowed")


async def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UrlRefused(f"the host {host} does not resolve") from exc
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))


async def vet(url: str, policy: UrlPolicy) -> Target:
    """Refuse a URL the policy forbids; else where to connect (pinned when the host had to be checked)."""
    check_shape(url, policy)
    _, host, port = _host_of(url)
    if not policy.require_public or policy.trusts(host):
        return Target(url, host)
    addresses = await resolve(host, port)
    for ip in addresses:
        reason = why_not_public(ip)
        if reason is not None:
            said = f"is {reason}" if str(ip) == host else f"resolves to {ip}, {reason}"
            raise UrlRefused(f"{host} {said}; only public addresses can receive webhooks")
    return Target(url, host, str(addresses[0]))
