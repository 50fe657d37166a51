"""Invoice numbers: INV-<year>-<sequence>, unique, gap-free per year.

The sequence is a counter row per year, advanced with UPDATE ... RETURNING in the issuing
transaction: on PostgreSQL the row lock serialises concurrent issuers until they commit (a
rolled-back issue gives its number back), SQLite serialises writers anyway.
"""

from __future__ import annotations

from typing import cast

from ptp_common.db.statements import dialect_insert
from ptp_common.db.uow import UnitOfWork
from sqlalchemy import Table, update

from ptp_contracts.db.models import InvoiceCounter
from ptp_contracts.domain.invoices import invoice_number

COUNTERS = cast(Table, InvoiceCounter.__table__)


async def _advance(uow: UnitOfWork, year: int) -> int | None:
    stmt = (
        update(COUNTERS)
        .where(COUNTERS.c.year == year)
        .values(last_number=COUNTERS.c.last_number + 1)
        .returning(COUNTERS.c.last_number)
    )
    value = (await uow.session.execute(stmt)).scalar_one_or_none()
    return None if value is None else int(value)


async def next_invoice_number(uow: UnitOfWork, year: int) -> str:
    sequence = await _advance(uow, year)
    if sequence is None:
        # The year's first invoice: create its counter (a concurrent creator's row wins, same effect).
        insert = dialect_insert(uow.db.dialect)
        await uow.session.execute(
            insert(COUNTERS).values(year=year, last_number=0).on_conflict_do_nothing(index_elements=["year"])
        )
        sequence = await _advance(uow, year)
    assert sequence is not None
    return invoice_number(year, sequence)
