"""Exposure follows the contract's end, and a customer's credit recovers when the overdue is paid.

docs/domain.md, "Overdue and credit": exposure is the outstanding of the customer's open
contracts (a completed, terminated or settled one counts zero), installments of an ended
contract are no longer overdue, the overdue ratio is overdue now / exposure now (0..1), and the
rating recovers by the same rules by which it fell once an overdue installment is paid
(``contracts.overdue.cleared``). Everything is fed as events on the real broker and read back
through REST and risk's own events.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from ptp_common.testing.clients import bearer
from risk_support import (
    T0,
    EventDriver,
    cleared,
    ended,
    overdue,
    received,
    settled,
    signed,
    wait_for_published,
)

pytestmark = pytest.mark.integration

READER = bearer(["auditor"], sub="ann")
NOTHING: list[dict[str, str]] = []


async def profile_of(driver: EventDriver, customer: str) -> dict[str, Any]:
    response = await driver.client.get(f"/api/v1/credit-profiles/{customer}", headers=READER)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def eur(amount: str) -> list[dict[str, str]]:
    return [{"amount": amount, "currency": "EUR"}]


async def test_a_settled_contract_has_no_exposure_and_its_old_notices_are_not_overdue(
    driver: EventDriver,
) -> None:
    # Before: exposure 0 but the notice's 8000 still overdue -> overdue ratio 1.0.
    await driver.handled(await driver.send(signed("cus-settled", "10000.00")))
    await driver.handled(await driver.send(overdue("cus-settled", days=35, outstanding="8000.00")))
    assert (await profile_of(driver, "cus-settled"))["level"] == "high"

    await driver.handled(await driver.send(settled("cus-settled", "8000.00", at=T0 + dt.timedelta(days=3))))

    figures = (await profile_of(driver, "cus-settled"))["figures"]
    assert figures["exposure"] == eur("0.00")
    assert figures["overdue_amount"] == NOTHING
    assert figures["overdue_count"] == 0
    assert figures["overdue_rate"] == "0.0000"


@pytest.mark.parametrize("how", ["completed", "terminated"])
async def test_an_ended_contract_counts_zero_in_any_order_and_a_late_payment_does_not_revive_it(
    driver: EventDriver, how: str
) -> None:
    end_first, end_last = f"cus-{how}-first", f"cus-{how}-last"
    # The contract ended after 35 days overdue on 8000 of 10000, then a payment booked late
    # (e.g. a termination settlement's payment) still said 5000 was outstanding.
    payment_at = T0 + dt.timedelta(days=5)

    def events(customer: str) -> list[Any]:
        return [
            signed(customer, "10000.00"),
            overdue(customer, days=35, outstanding="8000.00"),
            ended(customer, how, at=T0 + dt.timedelta(days=2)),
            received(
                customer,
                at=payment_at,
                installment_left="5000.00",
                contract_left="5000.00",
                days_late=40,
                amount="3000.00",
            ),
        ]

    for event in events(end_last):
        await driver.handled(await driver.send(event))
    signing, notice, end, payment = events(end_first)
    for event in (end, payment, notice, signing):  # the end first, everything else after it
        await driver.handled(await driver.send(event))

    first, last = await profile_of(driver, end_first), await profile_of(driver, end_last)
    keys = ("score", "rating", "level", "figures", "reasons")
    assert {k: first[k] for k in keys} == {k: last[k] for k in keys}
    figures = last["figures"]
    assert figures["exposure"] == eur("0.00")
    assert (figures["overdue_amount"], figures["overdue_count"], figures["overdue_rate"]) == (
        NOTHING,
        0,
        "0.0000",
    )
    # What the customer did stays on record: the payment was 40 days late.
    assert (figures["payments"], figures["on_time_ratio"]) == (1, "0.0000")
    file = (await driver.client.get(f"/api/v1/customers/{end_last}/credit-file", headers=READER)).json()
    [contract] = file["contracts"]
    assert (contract["end_status"], contract["exposure"]) == (how, {"amount": "0.00", "currency": "EUR"})
    assert [i["overdue_amount"]["amount"] for i in file["installments"]] == ["0.00"]


async def test_exposure_and_overdue_ratio_read_only_the_open_contracts(driver: EventDriver) -> None:
    customer = "cus-two-contracts"
    await driver.handled(await driver.send(signed(customer, "10000.00")))
    await driver.handled(await driver.send(signed(customer, "4000.00", contract="con-2")))
    await driver.handled(await driver.send(ended(customer, "completed")))
    # A notice about the completed contract delivered late, and one about the open contract.
    await driver.handled(await driver.send(overdue(customer, days=60, outstanding="9000.00")))
    await driver.handled(
        await driver.send(
            overdue(customer, days=30, outstanding="1000.00", installment="i-2", contract="con-2")
        )
    )

    figures = (await profile_of(driver, customer))["figures"]
    assert figures["exposure"] == eur("4000.00")
    assert figures["overdue_amount"] == eur("1000.00")
    assert (figures["overdue_count"], figures["worst_days_overdue"]) == (1, 30)
    assert figures["overdue_rate"] == "0.2500"


async def test_a_stale_notice_of_an_ended_contract_raises_no_credit_risk(driver: EventDriver) -> None:
    customer = "cus-stale"
    await driver.handled(await driver.send(signed(customer, "10000.00")))
    await driver.handled(await driver.send(ended(customer, "terminated", at=T0 + dt.timedelta(days=1))))
    # The overdue scan's notice, older than the termination, is delivered after it.
    await driver.handled(await driver.send(overdue(customer, days=90, outstanding="10000.00")))
    # Whatever these caused is published before what a later event causes: wait for a later one.
    await driver.send(overdue("cus-stale-sentinel", days=90, outstanding="10.00"))
    await wait_for_published(driver, "risk.credit.rating_changed", "cus-stale-sentinel")

    profile = await profile_of(driver, customer)
    assert (profile["rating"], profile["level"], profile["reasons"]) == ("A", "low", [])
    assert driver.of("risk.credit.rating_changed", customer) == []
    assert driver.of("risk.response.required", customer) == []
    risks = (await driver.client.get(f"/api/v1/risks?customer_id={customer}", headers=READER)).json()
    assert risks["items"] == []


async def test_the_rating_falls_with_an_overdue_and_recovers_when_it_is_cleared(driver: EventDriver) -> None:
    customer = "cus-recovers"
    await driver.handled(await driver.send(signed(customer, "10000.00")))
    before = await profile_of(driver, customer)
    assert (before["rating"], before["level"]) == ("A", "low")

    await driver.send(overdue(customer, days=35, outstanding="8000.00"))
    await wait_for_published(driver, "risk.credit.rating_changed", customer)
    fallen = await profile_of(driver, customer)
    # 100 - 30 (30+ days) - 30 x 0.8 (overdue ratio) = 46: rating D, level high
    assert (fallen["rating"], fallen["level"]) == ("D", "high")
    assert fallen["figures"]["overdue_rate"] == "0.8000"

    # contracts announces the full payment of the reported installment; here the clearing
    # arrives before the payment itself, and by itself it must bring the rating back.
    paid_at = T0 + dt.timedelta(days=5)
    await driver.handled(await driver.send(cleared(customer, at=paid_at, days=40, contract_left="2000.00")))
    await wait_for_published(driver, "risk.credit.rating_changed", customer, count=2)
    recovered = await profile_of(driver, customer)
    assert (recovered["rating"], recovered["level"]) == ("A", "low")
    assert recovered["figures"]["overdue_amount"] == NOTHING
    assert recovered["figures"]["exposure"] == eur("2000.00")
    assert recovered["figures"]["overdue_rate"] == "0.0000"

    # The payment itself: the late payment stays in the history, the installment stays paid.
    await driver.handled(
        await driver.send(
            received(
                customer,
                at=paid_at,
                installment_left="0.00",
                contract_left="2000.00",
                days_late=40,
                amount="8000.00",
            )
        )
    )
    after = await profile_of(driver, customer)
    assert after["level"] == "low"
    assert after["figures"]["on_time_ratio"] == "0.0000"
    assert "on-time payment ratio 0.0000: -15.00" in after["reasons"]
    assert after["figures"]["overdue_count"] == 0

    changes = [
        (e.data["previous_level"], e.data["level"]) for e in driver.of("risk.credit.rating_changed", customer)
    ]
    assert changes == [("low", "high"), ("high", "low")]
    # The signing policy tightened with the level and relaxes back by the same table.
    await wait_for_published(driver, "risk.response.required", customer, count=2)
    policies = [e.data["signing_policy"]["mode"] for e in driver.of("risk.response.required", customer)]
    assert policies == ["block", "allow"]
    # The credit risk raised in the register when the level fell is re-assessed down, and stays
    # open: closing a register risk is its owner's decision, not the model's.
    risks = (await driver.client.get(f"/api/v1/risks?customer_id={customer}", headers=READER)).json()["items"]
    assert [(r["kind"], r["level"], r["status"]) for r in risks] == [("credit", "low", "identified")]
