"""ReadUowDep: a GET of one statement runs without a transaction around it (no BEGIN/ROLLBACK
round trips) on the same pool, and it cannot write."""

from __future__ import annotations

import asyncio

import pytest
from common_sample_api import GadgetBase
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork
from sqlalchemy import text

pytestmark = pytest.mark.integration


async def transaction_times(uow: UnitOfWork) -> tuple[object, object]:
    """now() twice, apart: PostgreSQL's now() is the start of the current transaction."""
    first = await uow.session.scalar(text("SELECT now()"))
    await asyncio.sleep(0.02)
    second = await uow.session.scalar(text("SELECT now()"))
    return first, second


async def test_a_read_unit_of_work_runs_each_statement_on_its_own(postgres_url: str) -> None:
    db = Database(postgres_url, GadgetBase.metadata)
    try:
        async with UnitOfWork(db, source="t") as uow:
            first, second = await transaction_times(uow)
            assert first == second, "one transaction around a unit of work's statements"
        async with UnitOfWork(db, source="t", read_only=True) as reads:
            first, second = await transaction_times(reads)
            assert first != second, "no transaction around a read-only unit of work's statements"
            with pytest.raises(RuntimeError, match="read-only"):
                await reads.commit()
        async with UnitOfWork(db, source="t") as uow:  # the pooled connection is back to normal
            first, second = await transaction_times(uow)
            assert first == second
    finally:
        await db.dispose()
