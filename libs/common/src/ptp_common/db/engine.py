"""Async engine and session factory for PostgreSQL (asyncpg) and SQLite (aiosqlite)."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the one writer; busy_timeout makes writers queue
    # instead of failing; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Connections a service's pool keeps open and never exceeds. No overflow: an overflow connection is
# closed when it is returned while the pool is full, so any concurrency above pool_size opened a
# new connection on every request (TCP, TLS negotiation, authentication in the service, a new
# backend process in PostgreSQL): with 10 + 10 at a concurrency of 16, a tenth of a GET's CPU in
# the service alone, and GET throughput rose by half without it. A request beyond POOL_SIZE waits
# for a connection (pool_timeout).
# Mind PostgreSQL's max_connections: POOL_SIZE x processes (docs/deploy.md).
POOL_SIZE = 20


def create_engine(url: str, *, pool_size: int = POOL_SIZE, echo: bool = False) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(os.path.dirname(parsed.database) or ".").mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # No pre-ping: it costs a round trip on every checkout. A connection that died while pooled
    # (database restart, failover) fails its next statement instead, and that disconnect
    # invalidates the whole pool: the consumer waits it out without spending an attempt
    # (``is_database_unavailable``), the relay retries, a REST request in flight gets an error.
    # pool_recycle retires connections before servers or middleboxes drop idle ones.
    return create_async_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=0,
        pool_pre_ping=False,
        pool_recycle=1800,
    )


class Database:
    """One service's engine, session factory and metadata (with its messaging tables)."""

    def __init__(self, url: str, metadata: MetaData, *, pool_size: int = POOL_SIZE) -> None:
        self.url = url
        self.metadata = metadata
        self.engine = create_engine(url, pool_size=pool_size)
        self.sessions: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self.engine, expire_on_commit=False
        )
        # For reads that are one Core statement (a record by id, joined): autocommit, so no BEGIN
        # and ROLLBACK round trips around it (one statement sees one snapshot anyway). Same pool.
        self._reads = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._commit_listeners: list[Callable[[], None]] = []

    def read(self) -> AbstractAsyncContextManager[AsyncConnection]:
        """A pooled connection for one read statement, without a transaction and without the ORM
        session (``async with db.read() as conn: await conn.execute(...)``)."""
        return self._reads.connect()

    @property
    def outbox(self) -> Table:
        return self.metadata.tables["outbox"]

    @property
    def inbox(self) -> Table:
        return self.metadata.tables["inbox"]

    @property
    def dead_letters(self) -> Table:
        return self.metadata.tables["dead_letters"]

    @property
    def idempotency_keys(self) -> Table:
        return self.metadata.tables["idempotency_keys"]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def on_outbox_commit(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every commit that wrote outbox rows (the relay's wake-up)."""
        self._commit_listeners.append(listener)

    def outbox_committed(self) -> None:
        for listener in self._commit_listeners:
            listener()

    async def dispose(self) -> None:
        await self.engine.dispose()
