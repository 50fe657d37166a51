"""An incoming W3C trace context is kept when no span is recorded (no OTLP endpoint): the logs and
the events a request causes carry the caller's trace, as they did with the instrumentor's no-op span."""

from __future__ import annotations

import httpx
from common_sample_api import definition
from fastapi import FastAPI
from ptp_common.service import create_service_app
from ptp_common.settings import load_settings
from ptp_common.telemetry import tracing

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_ID}-01"


def app_with_trace_probe(sqlite_url: str) -> FastAPI:
    settings = load_settings("gadgets", database_url=sqlite_url, bus="inprocess")
    app = create_service_app(definition, settings, migrate_on_start=False)

    @app.get("/trace-probe")
    async def trace_probe() -> dict[str, str | None]:
        trace_id, span_id = tracing.current_trace_ids()
        return {"trace_id": trace_id, "span_id": span_id}

    return app


async def test_without_recording_an_incoming_traceparent_is_the_current_trace(sqlite_url: str) -> None:
    assert not tracing.is_recording(), "this test is about the no-span path (no OTLP endpoint set)"
    app = app_with_trace_probe(sqlite_url)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        carried = (await client.get("/trace-probe", headers={"traceparent": TRACEPARENT})).json()
        assert carried == {"trace_id": TRACE_ID, "span_id": PARENT_ID}
        # nothing leaks from one request into the next
        assert (await client.get("/trace-probe")).json() == {"trace_id": None, "span_id": None}
        malformed = await client.get("/trace-probe", headers={"traceparent": "00-zz-yy-01"})
        assert malformed.status_code == 200 and malformed.json() == {"trace_id": None, "span_id": None}
