"""Start a service app in-process for API tests and talk to it over httpx (ASGI transport)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI

from ptp_common.auth.tokens import issue_token
from ptp_common.messaging.bus import Bus
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.service import Clock, ServiceDefinition, ServiceRuntime, create_service_app
from ptp_common.settings import load_settings


def bearer(roles: Iterable[str], sub: str = "tester", **kw: Any) -> dict[str, str]:
    """Authorization header with a dev token for ``roles``."""
    token = issue_token(load_settings("test"), sub, list(roles), **kw)
    return {"Authorization": f"Bearer {token}"}


@asynccontextmanager
async def running_app(
    definition: ServiceDefinition,
    database_url: str,
    *,
    bus: Bus | None = None,
    clock: Clock | None = None,
    **settings: Any,
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient, ServiceRuntime]]:
    """The service started (migrated, relay and consumer running) with a client bound to it.

    Without ``bus``, an in-process bus is used: events go through the outbox and
    the relay as in production, with nobody else listening.
    """
    values: dict[str, Any] = {"database_url": database_url, "relay_poll_seconds": 0.2, **settings}
    app = create_service_app(
        definition,
        load_settings(definition.name, **values),
        bus=bus or InProcessBus(),
        clock=clock,
    )
    runtime: ServiceRuntime = app.state.runtime
    async with app.router.lifespan_context(app):
        await asyncio.wait_for(runtime.bus_connected.wait(), timeout=30)  # consumer subscribed
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield app, client, runtime
