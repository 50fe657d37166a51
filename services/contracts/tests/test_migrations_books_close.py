"""The books-close migration on a database with data (SQLite and PostgreSQL): existing invoices get
numbers in issue order, the counters continue after them; the schema then matches the models."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from contracts_testkit import FINANCE, Walker, client_rep
from ptp_common.db.engine import create_engine
from ptp_common.db.migrate import upgrade
from ptp_common.testing.clients import running_app
from ptp_contracts.service import definition
from sqlalchemy import text

pytestmark = pytest.mark.integration

BEFORE = "857a2f9af364"  # the revision before invoice numbers, credits and settlement kinds
PACKAGE = definition.migrations_package


async def test_existing_invoices_are_numbered_and_the_schema_matches_the_models(database_url: str) -> None:
    await upgrade(database_url, PACKAGE, BEFORE)
    engine = create_engine(database_url)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO contracts (id, customer_id, owner, title, scope, currency, total, "
                    "payment_terms_days, status, revision, reviewed, clauses, deliverables, milestones, "
                    "acceptance_criteria, created_at, created_by, updated_at, version) VALUES ('c1', 'cus', "
                    "'sam', 't', 's', 'EUR', 300, 30, 'signed', 1, false, '[]', '[]', '[]', '[]', "
                    ":now, 'sam', :now, 1)"
                ),
                {"now": now},
            )
            for n in (1, 2, 3):
                await conn.execute(
                    text(
                        "INSERT INTO installments (id, contract_id, position, label, amount, trigger, "
                        "status, paid) VALUES (:id, 'c1', :n, '', 100, 'on_signing', 'invoiced', 0)"
                    ),
                    {"id": f"i{n}", "n": n},
                )
            issued = [("v3", "i3", "2026-02-01"), ("v1", "i1", "2025-12-30"), ("v2", "i2", "2026-01-15")]
            for invoice_id, installment_id, day in issued:
                await conn.execute(
                    text(
                        "INSERT INTO invoices (id, contract_id, installment_id, amount, currency, issued_at, "
                        "due_date) VALUES (:id, 'c1', :inst, 100, 'EUR', :at, :due)"
                    ),
                    {
                        "id": invoice_id,
                        "inst": installment_id,
                        "at": dt.datetime.fromisoformat(f"{day}T09:00:00+00:00"),
                        "due": dt.date.fromisoformat(day),
                    },
                )
            await conn.execute(
                text(
                    "INSERT INTO settlements (id, contract_id, status, currency, amount, adjustments, "
                    "adjustment_note, acceptance_results, opened_at, opened_by, updated_at, version) "
                    "VALUES ('s1', 'c1', 'open', 'EUR', 300, 0, '', '[]', :now, 'sam', :now, 1)"
                ),
                {"now": now},
            )

        await upgrade(database_url, PACKAGE)

        async with engine.connect() as conn:
            numbers = dict((await conn.execute(text("SELECT id, number FROM invoices"))).all())
            counters = dict(
                (await conn.execute(text("SELECT year, last_number FROM invoice_counters"))).all()
            )
            credited = (
                (await conn.execute(text("SELECT DISTINCT credited FROM installments"))).scalars().all()
            )
            kind = (await conn.execute(text("SELECT kind, reason FROM settlements"))).one()
            diff = await conn.run_sync(
                lambda sync_conn: compare_metadata(
                    MigrationContext.configure(sync_conn, opts={"compare_type": True}),
                    definition.base.metadata,
                )
            )
    finally:
        await engine.dispose()
    assert numbers == {"v1": "INV-2025-000001", "v2": "INV-2026-000001", "v3": "INV-2026-000002"}
    assert counters == {2025: 1, 2026: 2}
    assert [str(c) for c in credited] in (["0"], ["0.00"])
    assert tuple(kind) == ("acceptance", None)
    assert diff == [], f"models and migrations differ: {diff}"


async def test_concurrent_issuers_get_distinct_consecutive_numbers(postgres_url: str) -> None:
    """On PostgreSQL invoices issued at the same moment (contracts signed together) are serialised by
    the counter row: every number once, none skipped."""
    async with running_app(definition, postgres_url) as (_, client, runtime):
        api = Walker(client, runtime)
        ready = [await api.in_signing(customer_id=f"cus-{n}") for n in range(6)]
        for c in ready:
            await api.sign(c["id"], "company")
        await asyncio.gather(*(api.sign(c["id"], "client", client_rep(c["customer_id"])) for c in ready))
        page = await api.call("GET", "/invoices", FINANCE)
    numbers = sorted(i["number"] for i in page["items"])
    year = dt.datetime.now(dt.UTC).year
    assert numbers == [f"INV-{year}-{n:06d}" for n in range(1, 7)]
