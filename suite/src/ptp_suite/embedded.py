"""Embedded mode: all six services in one process, SQLite files, the in-process bus.

Each service keeps its own database file and its own outbox/inbox; only the bus
is in memory, so events still go state -> outbox -> relay -> inbox -> handler.
Served at http://127.0.0.1:8000 with each service under its prefix (/crm, ..., /webhooks).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from ptp_common.errors import install_problem_handlers
from ptp_common.messaging.inprocess import InProcessBus
from ptp_common.service import create_service_app, known_services
from ptp_common.settings import load_settings

from ptp_suite import SERVICES


def create_app(data_dir: str | None = None) -> FastAPI:
    if data_dir:
        os.environ["PTP_DATA_DIR"] = data_dir
    bus = InProcessBus()
    definitions = known_services()
    children: dict[str, FastAPI] = {}
    for name in SERVICES:
        settings = load_settings(name, bus="inprocess")
        children[name] = create_service_app(definitions[name], settings, bus=bus)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Mounted apps' lifespans are not run by Starlette; run each service's here.
        async with AsyncExitStack() as stack:
            await bus.start()
            for child in children.values():
                await stack.enter_async_context(child.router.lifespan_context(child))
            yield
            await bus.close()

    app = FastAPI(title="Point-to-point suite (embedded)", lifespan=lifespan, docs_url=None)
    app.state.services = children
    # Unknown prefixes, and paths no mount matches (an encoded newline), answer problem+json too.
    install_problem_handlers(app)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> str:
        links = "".join(
            f'<li><a href="/{n}/docs">{n}</a> &middot; <a href="/{n}/openapi.json">openapi.json</a></li>'
            for n in SERVICES
        )
        return f"<h1>Point-to-point suite</h1><ul>{links}</ul>"

    @app.get("/health/live", include_in_schema=False)
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    for name, child in children.items():
        app.mount(f"/{name}", child)
    return app
