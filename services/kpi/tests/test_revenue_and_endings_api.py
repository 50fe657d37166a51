"""Revenue is money received, counted once; terminations and cancellations are measured.

docs/domain.md, "Revenue": the sum of contracts.payment.received in the month (UTC) of its
received_at, once per payment id; settlement events add no revenue. Events are delivered
through kpi's consumer, figures read back through the metrics and audit-trail REST API.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from kpi_events import NOV, Deal, feed
from ptp_common.messaging.consumer import Outcome
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.service import definition

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
AUDITOR = bearer(["auditor"], sub="audrey")


async def value(client, name: str, period: str = "2026-11", **params: str) -> Decimal | None:  # type: ignore[no-untyped-def]
    response = await client.get(f"/api/v1/metrics/indicators/{name}",
                                params={"period": period, **params}, headers=MANAGER)
    assert response.status_code == 200, response.text
    raw = response.json()["value"]
    return None if raw is None else Decimal(str(raw))


async def trail_types(client, deal: Deal) -> list[str]:  # type: ignore[no-untyped-def]
    response = await client.get("/api/v1/audit-trail", params={"correlation_id": deal.correlation_id},
                                headers=AUDITOR)
    assert response.status_code == 200, response.text
    return [r["type"] for r in response.json()["items"]]


async def test_revenue_counts_the_payments_of_a_settlement_and_not_the_settlement(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        deal = Deal(owner="alice")
        # 3000 paid on the first installment; the settlement pays the remaining 7000 as two
        # payments (reference settlement:<id>), then says it is paid.
        outcomes = await feed(
            runtime,
            deal.signed("10000.00"),
            deal.paid("3000.00", "pay-1", contract_left="7000.00"),
            deal.paid("4000.00", "settlement:st-1:i-2", installment="i-2", contract_left="3000.00"),
            deal.paid("3000.00", "settlement:st-1:i-3", installment="i-3"),
            deal.settlement_paid("7000.00", paid_to_date="3000.00"),
        )
        assert outcomes == [Outcome.handled] * 5

        eur = {"currency": "EUR"}
        assert await value(client, "revenue", **eur) == Decimal("10000.00")
        assert await value(client, "revenue", scope="person", scope_id="alice", **eur) == Decimal("10000.00")
        assert await value(client, "revenue", scope="customer", scope_id=deal.customer_id,
                           **eur) == Decimal("10000.00")
        facts = (await client.get("/api/v1/metrics/facts", params={"measure": "revenue", "period": "2026-11"},
                                  headers=MANAGER)).json()["items"]
        assert len(facts) == 3  # one per payment, none for the settlement
        # The settlement is on record all the same.
        assert "contracts.settlement.paid" in await trail_types(client, deal)


async def test_revenue_is_counted_in_the_utc_month_the_money_was_received(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        deal = Deal(owner="bob")
        december = dt.datetime(2026, 12, 1, 0, 30, tzinfo=dt.UTC)
        await feed(runtime, deal.paid("500.00", "pay-nov", received_at=NOV),
                   deal.paid("700.00", "pay-dec", received_at=december))
        bob = {"scope": "person", "scope_id": "bob", "currency": "EUR"}
        assert await value(client, "revenue", **bob) == Decimal("500.00")
        assert await value(client, "revenue", period="2026-12", **bob) == Decimal("700.00")


async def test_a_termination_and_the_cancelled_project_are_measured_and_on_record(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        deal = Deal(owner="carla")
        terminated = deal.terminated()
        assert await feed(runtime, deal.signed(), terminated, deal.project_cancelled(), terminated) == [
            Outcome.handled, Outcome.handled, Outcome.handled, Outcome.duplicate]

        carla = {"scope": "person", "scope_id": "carla"}
        assert await value(client, "contracts_terminated", **carla) == 1
        assert await value(client, "contracts_terminated") == 1
        assert await value(client, "contracts_terminated", scope="customer", scope_id=deal.customer_id) == 1
        # projects names no owner: the cancellation counts for the customer's owner.
        assert await value(client, "projects_cancelled", **carla) == 1
        assert await value(client, "projects_cancelled", scope="customer", scope_id=deal.customer_id) == 1

        catalogue = (await client.get("/api/v1/metrics/indicators", headers=MANAGER)).json()
        shown = {i["name"]: i["higher_is_better"] for i in catalogue["items"]}
        assert (shown["contracts_terminated"], shown["projects_cancelled"]) == (False, False)
        assert await trail_types(client, deal) == [
            "contracts.contract.signed", "contracts.contract.terminated", "projects.project.cancelled"]
        rebuilt = await client.post("/api/v1/metrics/rebuild", headers=AUDITOR)
        assert rebuilt.status_code == 200, rebuilt.text
        assert await value(client, "contracts_terminated", **carla) == 1
