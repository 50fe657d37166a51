"""Credit profiles react to contracts' events on the real broker, with no REST call in between."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from ptp_common.testing.clients import bearer
from risk_support import T0, EventDriver, overdue, received, signed, wait_for_published

pytestmark = pytest.mark.integration

READER = bearer(["auditor"], sub="ann")


async def test_payment_overdue_changes_the_profile_and_publishes_the_rating_change(
    driver: EventDriver,
) -> None:
    await driver.send(overdue("cus-late", days=60, outstanding="5000.00"))

    await wait_for_published(driver, "risk.credit.rating_changed", "cus-late")
    await wait_for_published(driver, "risk.response.required", "cus-late")
    change = driver.of("risk.credit.rating_changed", "cus-late")[0].data
    assert (change["previous_level"], change["level"], change["rating"]) == ("low", "high", "E")
    response = driver.of("risk.response.required", "cus-late")[0].data
    assert response["response"] == "avoid"
    assert response["signing_policy"] == {"mode": "block", "min_prepayment_ratio": None}

    profile = (await driver.client.get("/api/v1/credit-profiles/cus-late", headers=READER)).json()
    assert (profile["level"], profile["rating"]) == ("high", "E")
    assert profile["figures"]["overdue_amount"] == [{"amount": "5000.00", "currency": "EUR"}]
    assert profile["figures"]["worst_days_overdue"] == 60
    risks = (await driver.client.get("/api/v1/risks?customer_id=cus-late", headers=READER)).json()["items"]
    assert [(r["kind"], r["level"], r["raised_automatically"]) for r in risks] == [("credit", "high", True)]


async def test_the_same_payment_overdue_twice_changes_the_profile_once_and_emits_one_rating_change(
    driver: EventDriver,
) -> None:
    await driver.handled(await driver.send(signed("cus-twice", "10000.00")))
    first = await driver.send(overdue("cus-twice", days=30, outstanding="1000.00"))
    redelivered = await driver.send(overdue("cus-twice", days=30, outstanding="1000.00"), same_as=first)
    # The overdue job re-announcing the same fact under a new event id must not count twice either.
    replayed = await driver.send(overdue("cus-twice", days=30, outstanding="1000.00"))
    await driver.handled(first, redelivered, replayed)
    # Anything these caused is published before what a later event causes: wait for a later one.
    await driver.send(overdue("cus-sentinel", days=90, outstanding="10.00"))
    await wait_for_published(driver, "risk.credit.rating_changed", "cus-sentinel")

    changes = driver.of("risk.credit.rating_changed", "cus-twice")
    assert len(changes) == 1
    assert (changes[0].data["previous_level"], changes[0].data["level"]) == ("low", "medium")
    assert changes[0].data["cause_event_id"] in {first.id, replayed.id}
    required = driver.of("risk.response.required", "cus-twice")
    assert [r.data["signing_policy"] for r in required] == [
        {"mode": "require_prepayment", "min_prepayment_ratio": 0.3}
    ]
    history = (await driver.client.get("/api/v1/credit-profiles/cus-twice/history", headers=READER)).json()
    overdue_changes = [h for h in history["items"] if h["cause_event_type"] == "contracts.payment.overdue"]
    assert len(overdue_changes) == 1
    assert (overdue_changes[0]["previous_level"], overdue_changes[0]["level"]) == ("low", "medium")


async def test_overdue_and_received_in_either_order_converge_to_the_same_profile(driver: EventDriver) -> None:
    def notice(customer: str):  # type: ignore[no-untyped-def]
        return overdue(customer, days=30, outstanding="1000.00", as_of=T0)

    def payment(customer: str):  # type: ignore[no-untyped-def]
        return received(
            customer,
            at=T0 + dt.timedelta(days=2),
            installment_left="0.00",
            contract_left="4000.00",
            days_late=32,
        )

    for customer in ("cus-in-order", "cus-reordered"):
        await driver.handled(await driver.send(signed(customer, "5000.00")))
    # In order: the notice, then the payment that cleared it.
    await driver.handled(await driver.send(notice("cus-in-order")))
    await driver.handled(await driver.send(payment("cus-in-order")))
    # Reordered: the payment arrives first; the older notice must not re-open the installment.
    await driver.handled(await driver.send(payment("cus-reordered")))
    await driver.handled(await driver.send(notice("cus-reordered")))

    profiles = []
    for customer in ("cus-in-order", "cus-reordered"):
        body = (await driver.client.get(f"/api/v1/credit-profiles/{customer}", headers=READER)).json()
        profiles.append({k: body[k] for k in ("score", "rating", "level", "figures", "reasons")})
    assert profiles[0] == profiles[1]
    assert profiles[0]["figures"]["overdue_count"] == 0
    assert profiles[0]["figures"]["exposure"] == [{"amount": "4000.00", "currency": "EUR"}]
    assert profiles[0]["figures"]["on_time_ratio"] == "0.0000"
    assert profiles[0]["level"] == "low"
    # The customer that was overdue for a while went medium and back: both changes were announced.
    await wait_for_published(driver, "risk.credit.rating_changed", "cus-in-order", count=2)
    levels = [
        (e.data["previous_level"], e.data["level"])
        for e in driver.of("risk.credit.rating_changed", "cus-in-order")
    ]
    assert levels == [("low", "medium"), ("medium", "low")]


async def test_concurrent_events_of_one_customer_all_count(driver: EventDriver) -> None:
    await driver.handled(await driver.send(signed("cus-busy", "100000.00")))
    notices = [overdue("cus-busy", days=1, outstanding="100.00", installment=f"inst-{n}") for n in range(8)]
    sent = await asyncio.gather(*(driver.send(n) for n in notices))
    await driver.handled(*sent)

    profile = (await driver.client.get("/api/v1/credit-profiles/cus-busy", headers=READER)).json()
    assert profile["figures"]["overdue_count"] == 8
    assert profile["figures"]["overdue_amount"] == [{"amount": "800.00", "currency": "EUR"}]
    history = await driver.client.get("/api/v1/credit-profiles/cus-busy/history?limit=50", headers=READER)
    assert len(history.json()["items"]) == 9  # the signing and each notice, none lost to a race
