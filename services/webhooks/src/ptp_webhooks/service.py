"""The webhooks service's definition: what the shared runtime needs to run it."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import FastAPI
from ptp_common.messaging.bus import Bus
from ptp_common.service import ServiceDefinition, create_service_app
from ptp_common.settings import ServiceSettings

from ptp_webhooks.api import deliveries, subscriptions
from ptp_webhooks.config import WebhooksConfig
from ptp_webhooks.db.models import Base
from ptp_webhooks.delivery.worker import run_delivery_worker
from ptp_webhooks.handlers import BATCH_HANDLERS, HANDLERS


@dataclass(frozen=True)
class WebhooksDefinition(ServiceDefinition):
    """The definition with this service's own settings (``WEBHOOKS_*``), read by the API and the worker."""

    config: WebhooksConfig = field(default_factory=WebhooksConfig)


def make_definition(config: WebhooksConfig | None = None) -> WebhooksDefinition:
    return WebhooksDefinition(
        name="webhooks",
        title="Webhooks service",
        description=(
            "Signed HTTPS callbacks (Standard Webhooks) of the suite's events for systems that do not "
            "join the bus: subscriptions, at-least-once delivery with retries, delivery log, redelivery."
        ),
        base=Base,
        migrations_package="ptp_webhooks.migrations",
        routers=[subscriptions.router, deliveries.router],
        handlers=HANDLERS,
        batch_handlers=BATCH_HANDLERS,
        workers=[run_delivery_worker],
        config=config or WebhooksConfig(),
        openapi_tags=[
            {
                "name": "subscriptions",
                "description": "URL, event types, customer filter, secret, pause/resume",
            },
            {"name": "deliveries", "description": "Delivery log per subscription; redelivery"},
        ],
    )


definition = make_definition()


def create_app(settings: ServiceSettings | None = None, bus: Bus | None = None) -> FastAPI:
    return create_service_app(definition, settings, bus=bus)
