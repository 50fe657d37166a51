"""OpenTelemetry tracing, the same for every service.

Spans are recorded only when someone reads them: when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set
(OTLP over HTTP), or when a caller passes an ``extra_processor`` (tests collecting spans).
Otherwise the API's no-op provider stays in place: building spans that are dropped at once cost
up to 13 % of a consumer's CPU. Without a recording provider a request or message that arrives
with a W3C ``traceparent`` still keeps that trace (the no-op tracer hands its context on, so logs
and emitted events carry its ids); one that arrives without it has no trace id, and the
``correlation_id`` in the logs and events is what ties the work together. The tracer provider is
global per process; in the embedded mode all six services share it and each span carries
``ptp.service``.
"""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI
from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger(__name__)

_provider: TracerProvider | None = None
_instrumented_aio_pika = False


def setup_tracing(
    service_name: str, *, extra_processor: SpanProcessor | None = None
) -> TracerProvider | None:
    """Install the process's recording tracer provider once, if spans are exported or collected.

    Later calls return it (adding ``extra_processor``); ``None`` while nothing reads spans.
    """
    global _provider
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    if _provider is None and (endpoint or extra_processor is not None):
        resource = Resource.create(
            {"service.name": os.environ.get("OTEL_SERVICE_NAME", f"ptp-{service_name}")}
        )
        _provider = TracerProvider(resource=resource)
        if endpoint:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            _provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
            log.info("exporting traces over OTLP to %s", endpoint)
        trace.set_tracer_provider(_provider)
    if extra_processor is not None and _provider is not None:
        _provider.add_span_processor(extra_processor)
    return _provider


def is_recording() -> bool:
    """Whether this process records spans (set up by :func:`setup_tracing`)."""
    return _provider is not None


def instrument_app(app: FastAPI) -> None:
    """A server span per request while spans are recorded; otherwise only the incoming trace context.

    With the no-op provider the instrumentor's middleware did nothing but hand an incoming
    ``traceparent`` on, yet it cost about 15 % of a GET's CPU (it resolves the route a second time
    for the span's name); :class:`TraceContextCarrier` hands it on the same way for a fraction.
    """
    if not is_recording():
        app.add_middleware(TraceContextCarrier)
        return
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, excluded_urls="health/live,health/ready,metrics")


_TRACE_HEADERS = {b"traceparent": "traceparent", b"tracestate": "tracestate"}


class TraceContextCarrier:
    """Pure ASGI middleware: make an incoming W3C trace context current for the request, so logs and
    emitted events carry its ids (what the no-op tracer's span would have carried: the same trace
    and span ids)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        carrier = {
            _TRACE_HEADERS[name]: value.decode("latin-1")
            for name, value in scope.get("headers", ())
            if name in _TRACE_HEADERS
        } if scope["type"] == "http" else None
        if not carrier:
            await self.app(scope, receive, send)
            return
        token = otel_context.attach(propagate.extract(carrier))
        try:
            await self.app(scope, receive, send)
        finally:
            otel_context.detach(token)


def instrument_engine(engine: AsyncEngine) -> None:
    """Span per SQL statement, only while spans are recorded (a no-op span per statement is pure cost)."""
    if not is_recording():
        return
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine)


def instrument_aio_pika() -> None:
    """Spans around aio-pika's publish and consume, only while spans are recorded: the relay and
    the consumer carry the trace context in the message headers themselves, and the no-op spans
    cost about a quarter of the relay's CPU."""
    global _instrumented_aio_pika
    if is_recording() and not _instrumented_aio_pika:
        from opentelemetry.instrumentation.aio_pika import AioPikaInstrumentor

        AioPikaInstrumentor().instrument()
        _instrumented_aio_pika = True


def current_trace_ids() -> tuple[str | None, str | None]:
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None, None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"
