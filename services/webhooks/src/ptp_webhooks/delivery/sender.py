"""One HTTP attempt: vet the URL, sign, POST the envelope, read a bounded part of the answer.

Redirects are not followed (a redirect could lead past the URL guard) and proxies from the
environment are ignored; the connection goes to the address the guard vetted, with the URL's
host name kept for the Host header and TLS (SNI and certificate check).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ptp_webhooks.domain.signing import signature_header
from ptp_webhooks.domain.urls import UrlPolicy, UrlRefused, vet

USER_AGENT = "ptp-webhooks/0.1 (Standard Webhooks)"
CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"


@dataclass(frozen=True)
class Attempt:
    status: int | None  # None: no HTTP answer (refused, timeout, connection error)
    latency_ms: int
    error: str | None

    @property
    def delivered(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def gone(self) -> bool:
        return self.status == 410


def new_client(timeout_seconds: float) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_seconds),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
    )


async def _read_some(response: httpx.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of the body: a receiver cannot make us hold a large answer."""
    kept = b""
    async for chunk in response.aiter_raw():
        kept += chunk
        if len(kept) >= limit:
            break
    return kept[:limit]


async def send(
    client: httpx.AsyncClient,
    *,
    url: str,
    policy: UrlPolicy,
    msg_id: str,
    body: bytes,
    secrets: list[str],
    body_limit: int,
) -> Attempt:
    started = time.monotonic()

    def elapsed() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        target = await vet(url, policy)
    except UrlRefused as exc:
        return Attempt(None, elapsed(), f"refused: {exc}")
    timestamp = int(time.time())
    headers = {
        "content-type": CONTENT_TYPE,
        "user-agent": USER_AGENT,
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets, msg_id, timestamp, body),
    }
    request_url = httpx.URL(url)
    extensions = {}
    if target.address is not None:
        headers["host"] = request_url.netloc.decode("ascii")
        extensions["sni_hostname"] = target.host
        request_url = request_url.copy_with(host=target.address)
    request = client.build_request(
        "POST", request_url, content=body, headers=headers, extensions=extensions
    )
    try:
        response = await client.send(request, stream=True)
        try:
            answer = await _read_some(response, body_limit)
        finally:
            await response.aclose()
    except httpx.TimeoutException:
        return Attempt(None, elapsed(), "timed out")
    except httpx.HTTPError as exc:
        return Attempt(None, elapsed(), f"{type(exc).__name__}: {exc}"[:500])
    error = None
    if not 200 <= response.status_code < 300:
        text = answer.decode("utf-8", errors="replace").strip()
        error = f"HTTP {response.status_code}" + (f": {text}" if text else "")
    return Attempt(response.status_code, elapsed(), error)
