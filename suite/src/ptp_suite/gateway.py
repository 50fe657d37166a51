"""One port in front of separately running services: ``/<service>/...`` -> that service's ``/...``.

Used by the distributed mode on one machine (``make up-local``); in containers
the compose/Kubernetes gateway plays this role.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host"}


def upstreams_from_env() -> dict[str, str]:
    """``PTP_GATEWAY_UPSTREAMS=crm=http://127.0.0.1:8101,contracts=...``."""
    raw = os.environ.get("PTP_GATEWAY_UPSTREAMS", "")
    pairs = [p.split("=", 1) for p in raw.split(",") if "=" in p]
    return {name.strip(): url.strip().rstrip("/") for name, url in pairs}


def create_app(upstreams: Mapping[str, str] | None = None) -> Starlette:
    routes_to = dict(upstreams or upstreams_from_env())
    client: httpx.AsyncClient | None = None

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        nonlocal client
        client = httpx.AsyncClient(timeout=httpx.Timeout(30.0), limits=httpx.Limits(max_connections=200))
        yield
        await client.aclose()

    def problem(status: int, title: str, detail: str, instance: str) -> JSONResponse:
        return JSONResponse(
            {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": instance},
            status_code=status,
            media_type="application/problem+json",
        )

    async def proxy(request: Request) -> Response:
        # The raw (still percent-encoded) path goes upstream as the caller wrote it: an encoded
        # newline or slash in a path parameter stays a parameter.
        raw = request.scope.get("raw_path") or request.url.path.encode()
        raw_path = raw.decode("latin-1").split("?", 1)[0]
        service, _, rest = raw_path.lstrip("/").partition("/")
        base = routes_to.get(service)
        if base is None:
            return problem(
                404, "Not Found", f"no service '{service}'; known: {', '.join(sorted(routes_to))}", raw_path
            )
        assert client is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        # The service's links and problem instances carry the prefix the caller used.
        headers["x-forwarded-prefix"] = f"/{service}"
        try:
            upstream = client.build_request(
                request.method,
                httpx.URL(f"{base}/{rest}", query=request.url.query.encode("latin-1")),
                headers=headers,
                content=await request.body(),
            )
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            return problem(400, "Bad Request", f"the request URL cannot be forwarded: {exc}", raw_path)
        try:
            answer = await client.send(upstream, stream=True)
        except httpx.TransportError as exc:
            return JSONResponse(
                {
                    "type": "about:blank",
                    "title": "Bad Gateway",
                    "status": 502,
                    "detail": f"{service} is unreachable: {type(exc).__name__}",
                },
                status_code=502,
                media_type="application/problem+json",
            )
        out_headers = {
            k: v for k, v in answer.headers.items() if k.lower() not in HOP_BY_HOP | {"content-length"}
        }
        return StreamingResponse(
            answer.aiter_raw(),
            status_code=answer.status_code,
            headers=out_headers,
            background=BackgroundTask(answer.aclose),
        )

    async def live(_request: Request) -> Response:
        return JSONResponse({"status": "ok", "services": sorted(routes_to)})

    return Starlette(
        routes=[
            Route("/health/live", live),
            Route(
                "/{path:path}", proxy, methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
            ),
        ],
        lifespan=lifespan,
    )
