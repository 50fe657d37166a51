"""Liveness, readiness and Prometheus metrics endpoints."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from sqlalchemy import text

from ptp_common.messaging.dead_letters import count_parked
from ptp_common.messaging.relay import outbox_backlog
from ptp_common.telemetry import metrics

health_router = APIRouter(tags=["operations"])


@health_router.get("/health/live", summary="The process is up")
async def health_live() -> dict[str, str]:
    return {"status": "ok"}


@health_router.get("/health/ready", summary="Database reachable, broker connected and subscriptions in place")
async def health_ready(request: Request) -> JSONResponse:
    runtime = request.app.state.runtime
    checks: dict[str, str] = {}
    try:
        async with runtime.db.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"unavailable: {type(exc).__name__}"
    # Ready means consuming too: until its queue is declared and bound, events published to the
    # exchange for this service would be routed nowhere, so the service must not take traffic yet.
    if not runtime.bus_connected.is_set():
        checks["broker"] = "connecting"
    else:
        checks["broker"] = "ok" if await runtime.bus.is_ready() else "unavailable"
    healthy = all(v == "ok" for v in checks.values())
    return JSONResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status_code=200 if healthy else 503,
    )


@health_router.get("/metrics", summary="Prometheus metrics", include_in_schema=True)
async def prometheus_text(request: Request) -> Response:
    runtime = request.app.state.runtime
    try:
        rows, age = await outbox_backlog(runtime.db)
        metrics.OUTBOX_BACKLOG.labels(runtime.name).set(rows)
        metrics.OUTBOX_OLDEST_AGE.labels(runtime.name).set(age or 0.0)
        metrics.DEAD_LETTERS.labels(runtime.name).set(await count_parked(runtime.db))
    except Exception:  # metrics must answer even when the database does not
        pass
    return Response(generate_latest(), media_type=CONTENT_TYPE_PLAIN_0_0_4)
