"""Metric facts from events: counted once, readable per scope, rebuilt identically from the trail."""

from __future__ import annotations

from decimal import Decimal

import pytest
from kpi_events import Deal, feed
from ptp_common.messaging.consumer import Outcome
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_kpi.db.models import MetricAggregate
from ptp_kpi.service import definition
from sqlalchemy import select

pytestmark = pytest.mark.integration

MANAGER = bearer(["manager"], sub="mia")
AUDITOR = bearer(["auditor"], sub="audrey")


async def aggregates(runtime: ServiceRuntime) -> list[tuple[object, ...]]:
    async with runtime.db.sessions() as session:
        rows = (await session.execute(select(MetricAggregate))).scalars().all()
    return sorted((r.measure, r.unit, r.period, r.scope, r.scope_id, r.total_centi, r.count)
                  for r in rows)


async def value(client, name: str, **params: str) -> Decimal | None:  # type: ignore[no-untyped-def]
    response = await client.get(f"/api/v1/metrics/indicators/{name}",
                                params={"period": "2026-11", **params}, headers=MANAGER)
    assert response.status_code == 200, response.text
    raw = response.json()["value"]
    return None if raw is None else Decimal(str(raw))


async def test_a_duplicate_event_is_counted_once(sqlite_url: str) -> None:
    async with running_app(definition, sqlite_url) as (_app, client, runtime):
        deal = Deal(owner="alice")
        payment = deal.paid("2500.00", payment_id="pay-1")
        assert await feed(runtime, deal.signed(), payment, payment) == [
            Outcome.handled, Outcome.handled, Outcome.duplicate]
        # the same payment announced again under a new event id is still one payment
        again = deal.paid("2500.00", payment_id="pay-1")
        assert await feed(runtime, again) == [Outcome.handled]

        alice = {"scope": "person", "scope_id": "alice", "currency": "EUR"}
        assert await value(client, "revenue", **alice) == Decimal("2500.00")
        assert await value(client, "signed_contract_value", **alice) == Decimal("10000.00")
        trail = (await client.get("/api/v1/audit-trail",
                                  params={"correlation_id": deal.correlation_id},
                                  headers=AUDITOR)).json()["items"]
        assert [r["event_id"] for r in trail].count(payment.id) == 1
        assert len(trail) == 3  # both announcements are on record; only one counts


async def test_rebuild_from_the_trail_gives_the_same_aggregates(database_url: str) -> None:
    async with running_app(definition, database_url) as (_app, client, runtime):
        alice, bob = Deal(owner="alice"), Deal(owner="bob")
        await feed(
            runtime,
            alice.registered(), alice.signed("10000.00"), alice.paid("4000.00"),
            alice.paid("1000.00"), bob.registered(), bob.signed("5000.00"),
            alice.responded(within=True, minutes=30, agent="carol"),
            alice.responded(within=False, minutes=90, agent="carol"),
            alice.feedback(4), alice.feedback(5), alice.risk_changed(), bob.risk_changed(),
        )
        before = await aggregates(runtime)
        assert await value(client, "revenue", scope="person", scope_id="alice",
                           currency="EUR") == Decimal("5000.00")
        assert await value(client, "new_customers") == 2
        assert await value(client, "new_customers", scope="channel",
                           scope_id="referral") == 2
        assert await value(client, "complaints_within_deadline_rate", scope="person",
                           scope_id="carol") == Decimal("0.5")
        assert await value(client, "response_time", scope="person", scope_id="carol") == 60
        assert await value(client, "client_satisfaction", scope="person",
                           scope_id="alice") == Decimal("4.5")
        # the risk service acted, so the risk event counts for the customer's owner
        assert await value(client, "risk_event_rate", scope="person", scope_id="bob") == 1

        specialist = bearer(["business_specialist"], sub="alice")
        own = await client.get("/api/v1/metrics/indicators/revenue", headers=specialist,
                               params={"period": "2026-11", "scope": "person",
                                       "scope_id": "alice", "currency": "EUR"})
        assert own.status_code == 200
        others = await client.get("/api/v1/metrics/indicators/revenue", headers=specialist,
                                  params={"period": "2026-11", "scope": "person",
                                          "scope_id": "bob", "currency": "EUR"})
        assert others.status_code == 403
        no_currency = await client.get("/api/v1/metrics/indicators/revenue", headers=MANAGER,
                                       params={"period": "2026-11"})
        assert no_currency.status_code == 422
        assert (await client.post("/api/v1/metrics/rebuild",
                                  headers=specialist)).status_code == 403
        rebuilt = await client.post("/api/v1/metrics/rebuild", headers=AUDITOR)
        assert rebuilt.status_code == 200, rebuilt.text
        assert rebuilt.json()["events"] == 12
        assert await aggregates(runtime) == before
        assert len(before) > 20
