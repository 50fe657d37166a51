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

    async def proxy(request: Request) -> Response:
        service, _, rest = request.url.path.lstrip("/").partition("/")
        base = routes_to.get(service)
        if base is None:
            return JSONResponse(
                {
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": f"no service '{service}'; known: {', '.join(sorted(routes_to))}",
                },
                status_code=404,
                media_type="application/problem+json",
            )
        assert client is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream = client.build_request(
            request.method,
            f"{base}/{rest}",
            params=request.query_params,
            headers=headers,
            content=await request.body(),
        )
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
