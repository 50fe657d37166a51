"""Database.read() (runtime.read() in a GET): one read statement on a pooled connection without a
transaction around it (no BEGIN/ROLLBACK round trips), leaving the pool's connections as they were."""

from __future__ import annotations

import asyncio

import pytest
from common_sample_api import GadgetBase
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

pytestmark = pytest.mark.integration

NOW = text("SELECT now()")  # PostgreSQL's now() is the start of the current transaction


async def transaction_times(on: AsyncSession | AsyncConnection) -> tuple[object, object]:
    first = await on.scalar(NOW)
    await asyncio.sleep(0.02)
    return first, await on.scalar(NOW)


async def test_a_read_runs_each_statement_on_its_own(postgres_url: str) -> None:
    db = Database(postgres_url, GadgetBase.metadata, pool_size=1)
    try:
        async with UnitOfWork(db, source="t") as uow:
            first, second = await transaction_times(uow.session)
            assert first == second, "one transaction around a unit of work's statements"
        async with db.read() as connection:
            first, second = await transaction_times(connection)
            assert first != second, "no transaction around a read's statements"
        async with UnitOfWork(db, source="t") as uow:  # the one pooled connection is back to normal
            first, second = await transaction_times(uow.session)
            assert first == second
    finally:
        await db.dispose()
