"""Unit of work: one transaction holding the state change and the events it raises.

Events added with :meth:`UnitOfWork.emit` are written to the outbox in the same
transaction, just before commit, so the state and its events commit (or roll
back) together. After a commit that wrote events, the unit of work wakes the
relay (in-process signal, and NOTIFY on PostgreSQL so relays of other replicas
wake too).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Self
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_common.business_time import UTC
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging.outbox import notify_channel, with_trace_context, write_outbox

# Built once: every commit that wrote events runs it (a text() built per call is keyed anew).
NOTIFY = text("SELECT pg_notify(:channel, '')")

if TYPE_CHECKING:
    from ptp_common.db.engine import Database


class UnitOfWork:
    def __init__(self, db: Database, *, source: str, business_zone: ZoneInfo = UTC) -> None:
        self._db = db
        self.source = source
        # The company's time zone (settings.business_zone): which day or month an instant is on,
        # for work that derives one (ptp_common.business_time).
        self.business_zone = business_zone
        self._session: AsyncSession | None = None
        self._pending: list[Envelope] = []

    @property
    def db(self) -> Database:
        return self._db

    @property
    def session(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside 'async with'")
        return self._session

    async def __aenter__(self) -> Self:
        self._session = self._db.sessions()
        self._pending = []
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            # Anything not explicitly committed is rolled back: no half-writes.
            await self._session.rollback()
        finally:
            await self._session.close()
            self._session = None
            self._pending = []

    def emit(
        self,
        data: EventData,
        *,
        subject: str | None = None,
        actor: str | None = None,
        correlation_id: str | None = None,
        causation_id: str | None = None,
    ) -> Envelope:
        """Record an event to be published if (and only if) this transaction commits."""
        env = new_envelope(
            self.source,
            data,
            subject=subject,
            actor=actor,
            correlation_id=correlation_id,
            causation_id=causation_id,
        )
        return self.emit_envelope(env)

    def emit_envelope(self, env: Envelope) -> Envelope:
        env = with_trace_context(env)
        self._pending.append(env)
        return env

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """A SAVEPOINT: if the block raises, its writes and the events it emitted are undone alone."""
        mark = len(self._pending)
        try:
            async with self.session.begin_nested():
                yield
        except BaseException:
            del self._pending[mark:]
            raise

    @property
    def pending_events(self) -> list[Envelope]:
        return list(self._pending)

    async def flush_events(self) -> None:
        """Write pending events to the outbox now (commit does it too)."""
        if self._pending:
            await write_outbox(self.session, self._db.outbox, self._pending)
            if self._db.is_postgres:
                # Delivered by PostgreSQL only when the transaction commits.
                await self.session.execute(NOTIFY, {"channel": notify_channel(self.source)})
            self._pending = []

    async def commit(self) -> None:
        wrote = bool(self._pending)
        await self.flush_events()
        await self.session.commit()
        if wrote:
            self._db.outbox_committed()

    async def rollback(self) -> None:
        await self.session.rollback()
        self._pending = []


UnitOfWorkFactory = Callable[[], UnitOfWork]
