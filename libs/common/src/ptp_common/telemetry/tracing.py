"""OpenTelemetry tracing, the same for every service.

The exporter is chosen by environment: OTLP over HTTP when
``OTEL_EXPORTER_OTLP_ENDPOINT`` is set, none otherwise (spans are still created,
so trace ids reach the logs and the events). The tracer provider is global per
process; in the embedded mode all five services share it and each span carries
``ptp.service``.
"""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)

_provider: TracerProvider | None = None
_instrumented_aio_pika = False


def setup_tracing(service_name: str, *, extra_processor: SpanProcessor | None = None) -> TracerProvider:
    """Install the process's tracer provider once; later calls return it (adding ``extra_processor``)."""
    global _provider
    if _provider is None:
        resource = Resource.create(
            {"service.name": os.environ.get("OTEL_SERVICE_NAME", f"ptp-{service_name}")}
        )
        _provider = TracerProvider(resource=resource)
        if os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"):
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            _provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
            log.info("exporting traces over OTLP to %s", os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"])
        trace.set_tracer_provider(_provider)
    if extra_processor is not None:
        _provider.add_span_processor(extra_processor)
    return _provider


def instrument_app(app: FastAPI) -> None:
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, excluded_urls="health/live,health/ready,metrics")


def instrument_engine(engine: AsyncEngine) -> None:
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine)


def instrument_aio_pika() -> None:
    global _instrumented_aio_pika
    if not _instrumented_aio_pika:
        from opentelemetry.instrumentation.aio_pika import AioPikaInstrumentor

        AioPikaInstrumentor().instrument()
        _instrumented_aio_pika = True


def current_trace_ids() -> tuple[str | None, str | None]:
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None, None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"
