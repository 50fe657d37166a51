"""Service defaults: turn a service's definition into a running FastAPI app.

A service declares what it is (:class:`ServiceDefinition`: its tables, routers,
event handlers, periodic jobs, migrations); :class:`ServiceRuntime` wires the
shared mechanisms around it (database, unit of work, outbox relay, consumer
with inbox, bus, telemetry), and :func:`create_service_app` adds the HTTP
conventions (problem+json, health, metrics, admin, auth, body limits).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.orm import DeclarativeBase

from ptp_common import context
from ptp_common.auth.openapi_roles import install_role_docs
from ptp_common.business_time import business_date
from ptp_common.db.engine import Database
from ptp_common.db.migrate import upgrade
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import install_problem_handlers
from ptp_common.gc_tuning import tune_garbage_collector
from ptp_common.http.bounds import install_bounded_validation
from ptp_common.http.middleware import BodySizeLimit, CorrelationAndMetrics
from ptp_common.messaging.bus import Bus
from ptp_common.messaging.consumer import ALL_EVENTS, BatchHandler, Consumer, Handler
from ptp_common.messaging.dead_letters import auto_replay_held, count_held, take_broker_dead_letter
from ptp_common.messaging.relay import OutboxRelay
from ptp_common.settings import BusKind, ServiceSettings, load_settings
from ptp_common.telemetry import metrics, tracing
from ptp_common.telemetry.logging import setup_logging

log = logging.getLogger(__name__)


class Clock:
    """Current UTC time; periodic jobs take ``as_of`` from it so tests and operators can move it."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


JobFunction = Callable[["ServiceRuntime", dt.datetime], Awaitable[Mapping[str, Any]]]
# A long-running loop started with the service and cancelled when it stops (e.g. a delivery worker).
Worker = Callable[["ServiceRuntime"], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    interval_seconds: float
    run: JobFunction
    description: str = ""


@dataclass(frozen=True)
class ServiceDefinition:
    name: str
    title: str
    description: str
    base: type[DeclarativeBase]
    migrations_package: str
    routers: Sequence[APIRouter] = ()
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    # Optional, per key of ``handlers``: applies consecutive events of a delivered batch at once.
    batch_handlers: Mapping[str, BatchHandler] = field(default_factory=dict)
    jobs: Sequence[PeriodicJob] = ()
    workers: Sequence[Worker] = ()
    version: str = "0.1.0"
    openapi_tags: Sequence[Mapping[str, Any]] = ()


def known_services() -> dict[str, ServiceDefinition]:
    """Service definitions installed in this environment (entry point group ``ptp.services``)."""
    found = {}
    for ep in entry_points(group="ptp.services"):
        found[ep.name] = ep.load()
    return found


def bindings_of(handlers: Mapping[str, Handler]) -> list[str]:
    """Routing-key patterns a consumer with these handlers binds (``#`` alone if it takes all)."""
    return [ALL_EVENTS] if ALL_EVENTS in handlers else sorted(handlers)


def topology(definition: ServiceDefinition, *, all_installed: bool = True) -> dict[str, list[str]]:
    """Consumer -> bindings to declare before publishing: every installed service's (entry point
    group ``ptp.services``; the suite ships as one image, so each service knows all) and its own."""
    found: dict[str, list[str]] = {}
    if all_installed:
        for name, other in known_services().items():
            if other.handlers:
                found[name] = bindings_of(other.handlers)
    if definition.handlers:
        found[definition.name] = bindings_of(definition.handlers)
    return found


def build_bus(settings: ServiceSettings, definition: ServiceDefinition | None = None) -> Bus:
    if settings.bus is BusKind.inprocess:
        from ptp_common.messaging.inprocess import InProcessBus

        return InProcessBus()
    from ptp_common.messaging.rabbitmq import RabbitMQBus

    return RabbitMQBus(
        settings.amqp_url,
        exchange=settings.events_exchange,
        queue_prefix=settings.queue_prefix,
        prefetch=settings.consumer_prefetch,
        quorum=settings.quorum_queues,
        delivery_limit=settings.queue_delivery_limit,
        topology=(
            None if definition is None else topology(definition, all_installed=settings.declare_all_queues)
        ),
    )


class ServiceRuntime:
    """Everything a running service holds: database, bus, relay, consumer, jobs."""

    def __init__(
        self,
        definition: ServiceDefinition,
        settings: ServiceSettings,
        *,
        bus: Bus | None = None,
        clock: Clock | None = None,
        migrate_on_start: bool = True,
    ) -> None:
        self.definition = definition
        self.settings = settings
        self.name = definition.name
        self.clock = clock or Clock()
        self.migrate_on_start = migrate_on_start
        self.db = Database(settings.database_url, definition.base.metadata)
        self.bus: Bus = bus if bus is not None else build_bus(settings, definition)
        self._owns_bus = bus is None
        self.relay = OutboxRelay(
            self.db,
            self.bus,
            service=self.name,
            batch_size=settings.relay_batch_size,
            poll_seconds=settings.relay_poll_seconds,
            crash_after_publish=settings.relay_crash_after_publish,
        )
        self.consumer = (
            Consumer(
                self.db,
                service=self.name,
                handlers=definition.handlers,
                batch_handlers=definition.batch_handlers,
                max_attempts=settings.consumer_max_attempts,
                backoff_seconds=settings.consumer_backoff_seconds,
                batch_size=settings.consumer_batch_size,
                inbox=settings.inbox_enabled,
                business_zone=settings.business_zone,
            )
            if definition.handlers
            else None
        )
        self._tasks: list[asyncio.Task[Any]] = []
        self.bus_connected = asyncio.Event()

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.db, source=self.name, business_zone=self.settings.business_zone)

    def read(self) -> AbstractAsyncContextManager[AsyncConnection]:
        """For a GET that reads with one Core statement (a record by id, joined): a pooled
        connection without a transaction around it and without an ORM session (their BEGIN and
        ROLLBACK round trips and bookkeeping were a quarter of such a request's CPU). A read of
        several statements that must agree keeps UowDep (one transaction, one snapshot)."""
        return self.db.read()

    def business_today(self) -> dt.date:
        """Today on the company's calendar, by the runtime's clock (settings.business_zone)."""
        return business_date(self.clock.now(), self.settings.business_zone)

    async def start(self) -> None:
        tracing.instrument_engine(self.db.engine)
        metrics.count_statements(self.db.engine, self.name)
        if self.migrate_on_start:
            await upgrade(self.settings.database_url, self.definition.migrations_package)
        self._tasks.append(asyncio.create_task(self._connect_bus(), name=f"bus:{self.name}"))
        self.relay.start()
        for job in self.definition.jobs:
            self._tasks.append(asyncio.create_task(self._run_job(job), name=f"job:{job.name}"))
        if self.consumer is not None and self.settings.auto_replay_max > 0:
            self._tasks.append(asyncio.create_task(self._auto_replay(), name=f"auto-replay:{self.name}"))
        for worker in self.definition.workers:
            # Cancelled in stop() before the relay and the database go away.
            self._tasks.append(asyncio.create_task(worker(self), name=f"worker:{self.name}"))

    async def _connect_bus(self) -> None:
        """Connect and subscribe, retrying while the broker is away; the outbox holds events meanwhile."""
        delay = 0.5
        while True:
            try:
                await self.bus.start()
                if self.consumer is not None:
                    await self.bus.subscribe(self.consumer.name, self.consumer.bindings, self.consumer)
                    subscribe_dlq = getattr(self.bus, "subscribe_dead_letters", None)
                    if subscribe_dlq is not None:
                        await subscribe_dlq(self.consumer.name, self._park_broker_dead_letter)
                self.bus_connected.set()
                self.relay.wake()
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("%s: broker not reachable yet (%s); retrying in %.1fs", self.name, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 15.0)

    async def _park_broker_dead_letter(self, message: Any) -> None:
        """The broker gave up on a message: held for automatic replay if it hit the delivery limit
        (its consumer kept dying with it in flight), parked for a person otherwise."""
        assert self.consumer is not None
        if self.settings.auto_replay_max > 0:
            await take_broker_dead_letter(self.db, self.consumer, message)
        else:
            await self.consumer.park(message, "dead-lettered by the broker", attempts=0)

    async def healthy(self) -> bool:
        """Connected, database answering, and no message stuck in a handler for long."""
        if self.consumer is None or not self.bus_connected.is_set() or not await self.bus.is_ready():
            return False
        if self.consumer.stuck_seconds() >= self.settings.auto_replay_after_seconds / 2:
            return False
        try:
            await count_held(self.db)
        except Exception:
            return False
        return True

    async def _auto_replay(self) -> None:
        """Replay delivery-limit dead letters once the service has been healthy for
        ``auto_replay_after_seconds`` (a crash loop restarts the process, so it never gets there
        while the loop lasts)."""
        assert self.consumer is not None
        after = self.settings.auto_replay_after_seconds
        healthy_since: float | None = None
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(min(5.0, after / 4))
            try:
                if not await self.healthy():
                    healthy_since = None
                    continue
                healthy_since = healthy_since or loop.time()
                if loop.time() - healthy_since < after:
                    continue
                await auto_replay_held(self.db, self.consumer, max_replays=self.settings.auto_replay_max)
                metrics.HELD_DEAD_LETTERS.labels(self.name).set(await count_held(self.db))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s: automatic replay of held dead letters failed; retrying later", self.name)
                healthy_since = None

    async def _run_job(self, job: PeriodicJob) -> None:
        while True:
            await asyncio.sleep(job.interval_seconds)
            try:
                await self.run_job(job.name)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("%s: job %s failed; next run in %ss", self.name, job.name, job.interval_seconds)

    async def run_job(self, name: str, as_of: dt.datetime | None = None) -> Mapping[str, Any]:
        job = next((j for j in self.definition.jobs if j.name == name), None)
        if job is None:
            raise KeyError(name)
        with context.bind(actor=f"service:{self.name}", correlation_id=None, causation_id=None):
            return await job.run(self, as_of or self.clock.now())

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        await self.relay.stop()
        if self._owns_bus:
            await self.bus.close()
        await self.db.dispose()


async def get_runtime(request: Request) -> ServiceRuntime:
    # async: FastAPI runs a plain ``def`` dependency in the threadpool, a thread hop per request.
    return request.app.state.runtime  # type: ignore[no-any-return]


RuntimeDep = Annotated[ServiceRuntime, Depends(get_runtime)]


async def _uow(runtime: RuntimeDep) -> AsyncIterator[UnitOfWork]:
    async with runtime.uow() as uow:
        yield uow


UowDep = Annotated[UnitOfWork, Depends(_uow)]


def _operation_id(route: APIRoute) -> str:
    return route.name


def create_service_app(
    definition: ServiceDefinition,
    settings: ServiceSettings | None = None,
    *,
    bus: Bus | None = None,
    clock: Clock | None = None,
    migrate_on_start: bool | None = None,
) -> FastAPI:
    settings = settings or load_settings(definition.name)
    setup_logging(definition.name, settings.log_level)
    tracing.setup_tracing(definition.name)
    if settings.bus is BusKind.rabbitmq:
        tracing.instrument_aio_pika()
    runtime = ServiceRuntime(
        definition,
        settings,
        bus=bus,
        clock=clock,
        migrate_on_start=settings.migrate_on_start if migrate_on_start is None else migrate_on_start,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tune_garbage_collector()
        await runtime.start()
        try:
            yield
        finally:
            await runtime.stop()

    app = FastAPI(
        title=definition.title,
        description=definition.description,
        version=definition.version,
        lifespan=lifespan,
        openapi_tags=[dict(t) for t in definition.openapi_tags] or None,
        # The operation id is the route function's name (``approve_contract``): it is the name a
        # generated client gives the call, so it says verb and resource and is unique per service.
        generate_unique_id_function=_operation_id,
    )
    app.state.runtime = runtime
    app.state.settings = settings
    install_problem_handlers(app)
    from ptp_common.http.admin import admin_router
    from ptp_common.http.health import health_router

    app.include_router(health_router)
    app.include_router(admin_router, prefix="/api/v1")
    for router in definition.routers:
        app.include_router(router, prefix="/api/v1")
    # x-roles and "Who may call" on every operation, derived from its authorization dependencies.
    install_role_docs(app)
    # Every problem+json answer each operation can give, and the default bounds (documented here,
    # enforced by install_bounded_validation).
    from ptp_common.http.openapi import install_openapi_docs

    install_openapi_docs(app)
    install_bounded_validation()
    app.add_middleware(CorrelationAndMetrics, service=definition.name)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    tracing.instrument_app(app)
    return app


def new_correlation_id() -> str:
    return str(uuid.uuid4())
