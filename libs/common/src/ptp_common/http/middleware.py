"""Pure ASGI middleware (no per-request task switch): body size limit; correlation id + metrics."""

from __future__ import annotations

import time
import uuid
from contextvars import ContextVar
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ptp_common import context
from ptp_common.errors import PayloadTooLarge, problem_response
from ptp_common.telemetry import metrics

CORRELATION_HEADER = b"x-correlation-id"


class BodySizeLimit:
    """Answer 413 for bodies over ``max_bytes``, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._reject(scope, receive, send)
                return
        received = 0
        too_large = False
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
            if too_large:
                raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            # FastAPI turns any error while reading the body into its own 400; once the body is
            # known to be too large, that answer is swallowed and the 413 below goes out instead.
            if too_large:
                return
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not too_large:
                raise
        if too_large and not response_started:
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        problem = PayloadTooLarge(f"request body exceeds {self.max_bytes} bytes").to_detail(scope.get("path"))
        await problem_response(problem)(scope, receive, send)


class _TooLarge(Exception):
    pass


# The prefix callers reach this service under: the ASGI root_path when mounted (embedded suite),
# X-Forwarded-Prefix behind the gateway (distributed mode); "" when served at the root.
PUBLIC_PREFIX: ContextVar[str] = ContextVar("ptp_public_prefix", default="")


def _public_prefix(scope: Scope) -> str:
    root = str(scope.get("root_path") or "").rstrip("/")
    if root:
        return root
    for name, value in scope.get("headers", []):
        if name == b"x-forwarded-prefix":
            prefix = value.decode("latin-1").rstrip("/")
            return prefix if prefix.startswith("/") and len(prefix) <= 100 else ""
    return ""


def public_url(path: str) -> str:
    """A link to ``path`` (as the service routes it, ``/api/v1/...``) as the caller reaches it."""
    return PUBLIC_PREFIX.get() + path


class CorrelationAndMetrics:
    """Bind the caller's X-Correlation-ID (or a new one) and count requests per route."""

    def __init__(self, app: ASGIApp, service: str) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        correlation_id = None
        for name, value in scope.get("headers", []):
            if name == CORRELATION_HEADER:
                correlation_id = value.decode("latin-1")[:100]
        correlation_id = correlation_id or str(uuid.uuid4())
        status_holder: dict[str, Any] = {"status": 500}

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((CORRELATION_HEADER, correlation_id.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        started = time.perf_counter()
        token = PUBLIC_PREFIX.set(_public_prefix(scope))
        with context.bind(correlation_id=correlation_id, causation_id=None, actor=None):
            try:
                await self.app(scope, receive, send_with_header)
            finally:
                route = scope.get("route")
                path = getattr(route, "path", None) or "unmatched"
                method = scope.get("method", "")
                metrics.HTTP_REQUESTS.labels(self.service, method, path, status_holder["status"]).inc()
                metrics.HTTP_LATENCY.labels(self.service, method, path).observe(time.perf_counter() - started)
                PUBLIC_PREFIX.reset(token)
