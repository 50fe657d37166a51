"""The books close (docs/domain.md, "4. Money"): a settlement is opened by acceptance (or a manager's
termination settlement), paying it pays every installment, a closed contract takes no invoice or payment
and gets no overdue notice, an overdue installment paid in full is cleared, invoices are numbered records."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from contracts_testkit import (
    ADMIN,
    CLIENT_REP,
    FINANCE,
    LEGAL,
    MANAGER,
    SPECIALIST,
    Walker,
    accept_project,
    complete_milestone,
    outbox_events,
)
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_contracts.service import definition

pytestmark = pytest.mark.integration

App = tuple[Walker, ServiceRuntime]
AUDITOR = bearer(["auditor"], sub="aud")
SCAN = "/admin/jobs/overdue-scan/run"


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[App]:
    async with running_app(definition, database_url) as (_, client, runtime):
        yield Walker(client, runtime), runtime


async def settle(api: Walker, contract_id: str) -> dict[str, Any]:
    """Submit, approve and pay the contract's settlement; the paid settlement."""
    page = await api.call("GET", "/settlements", FINANCE, params={"contract_id": contract_id})
    (s,) = page["items"]
    await api.call("POST", f"/settlements/{s['id']}/submit", SPECIALIST)
    await api.call("POST", f"/settlements/{s['id']}/approve", FINANCE)
    return await api.call("POST", f"/settlements/{s['id']}/pay", FINANCE)  # type: ignore[no-any-return]


async def scan(api: Walker, as_of: dt.date) -> int:
    run = await api.call("POST", SCAN, ADMIN, params={"as_of": f"{as_of.isoformat()}T06:00:00Z"})
    return int(run["result"]["emitted"])


async def invoices(api: Walker, headers: dict[str, str] = FINANCE, **params: Any) -> list[dict[str, Any]]:
    return (await api.call("GET", "/invoices", headers, params=params))["items"]  # type: ignore[no-any-return]


def by_installment(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {i["installment_id"]: i for i in items}


async def test_a_settlement_is_not_opened_by_hand_on_a_signed_contract(app: App) -> None:
    api, _ = app
    c = await api.signed()
    refused = await api.call("POST", f"/contracts/{c['id']}/settlement", SPECIALIST, 409)
    assert "a settlement is opened by the project's acceptance" in refused["detail"]
    assert "not accepted" in refused["detail"] and refused["state"] == "signed"
    await api.call("POST", f"/contracts/{c['id']}/settlement", MANAGER, 409)  # a manager neither
    assert (await api.call("GET", "/settlements", FINANCE, params={"contract_id": c["id"]}))["items"] == []
    draft = await api.draft()
    await api.call("POST", f"/contracts/{draft['id']}/settlement", SPECIALIST, 409)


async def test_paying_the_settlement_pays_every_installment_and_completes_the_contract(app: App) -> None:
    api, runtime = app
    c = await api.signed()  # 12000.00: advance 3000 (invoiced at signing), milestone 6000, final 3000
    await accept_project(runtime, c)
    s = (await api.call("GET", "/settlements", FINANCE, params={"contract_id": c["id"]}))["items"][0]
    assert (s["kind"], s["paid_to_date"], s["outstanding"], s["due"]) == (
        "acceptance",
        "0.00",
        "12000.00",
        "12000.00",
    )
    assert [(x["label"], x["outstanding"]) for x in s["lines"]] == [
        ("advance", "3000.00"),
        ("site 1", "6000.00"),
        ("final", "3000.00"),
    ]

    paid = await settle(api, c["id"])
    assert paid["status"] == "paid" and paid["due"] == "0.00" and paid["paid_to_date"] == "12000.00"
    assert all(x["outstanding"] == "0.00" for x in paid["lines"])
    assert (await api.call("GET", f"/contracts/{c['id']}", FINANCE))["status"] == "completed"
    schedule = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    assert (schedule["paid"], schedule["outstanding"]) == ("12000.00", "0.00")
    assert [i["status"] for i in schedule["installments"]] == ["paid", "paid", "paid"]
    assert all(i["invoice"]["status"] == "paid" for i in schedule["installments"])
    listed = await invoices(api, contract_id=c["id"])
    assert len(listed) == 3 and {i["status"] for i in listed} == {"paid"}

    payments = (await api.call("GET", f"/contracts/{c['id']}/payments", FINANCE))["items"]
    # One payment per installment, all received at the same moment (listed in any order among them).
    assert sorted(
        (p["installment_id"], p["amount"], p["reference"], p["recorded_by"]) for p in payments
    ) == sorted((i["id"], i["amount"], f"settlement:{s['id']}", "fin") for i in c["installments"])
    received = await outbox_events(runtime, "contracts.payment.received")
    assert [e["data"]["contract_outstanding"]["amount"] for e in received] == ["9000.00", "3000.00", "0.00"]
    (settled,) = await outbox_events(runtime, "contracts.settlement.paid")
    assert settled["data"]["kind"] == "acceptance" and settled["data"]["amount"]["amount"] == "12000.00"
    assert len(await outbox_events(runtime, "contracts.contract.completed")) == 1

    # Long after: nothing is owed, so nothing is overdue.
    assert await scan(api, dt.date.today() + dt.timedelta(days=200)) == 0
    assert await outbox_events(runtime, "contracts.payment.overdue") == []


async def test_an_adjustment_is_a_deduction_credited_from_the_last_installment(app: App) -> None:
    api, runtime = app
    c = await api.signed()
    advance = c["installments"][0]["id"]
    await api.call("POST", f"/installments/{advance}/payments", FINANCE, 201, json={"amount": "3000.00"})
    await accept_project(runtime, c)
    s = (await api.call("GET", "/settlements", FINANCE, params={"contract_id": c["id"]}))["items"][0]
    url = f"/settlements/{s['id']}/adjust"

    r = await api.client.post(
        f"/api/v1{url}", headers=SPECIALIST, json={"adjustments": "100.00", "note": "x"}
    )
    assert r.status_code == 422 and [e["field"] for e in r.json()["errors"]] == ["body.adjustments"]
    assert "contract revision" in r.json()["errors"][0]["message"]
    too_much = {"adjustments": "-9000.01", "note": "more than is owed"}
    r = await api.client.post(f"/api/v1{url}", headers=SPECIALIST, json=too_much)
    assert r.status_code == 422 and "exceeds the outstanding" in r.json()["detail"]

    s = await api.call("POST", url, SPECIALIST, json={"adjustments": "-3500.00", "note": "site 2 late"})
    assert (s["outstanding"], s["due"]) == ("9000.00", "5500.00")
    paid = await settle(api, c["id"])
    # 3500 off: all 3000 of the final installment, the other 500 off the milestone.
    assert [(x["credited"], x["paid"], x["outstanding"]) for x in paid["lines"]] == [
        ("0.00", "3000.00", "0.00"),
        ("500.00", "5500.00", "0.00"),
        ("3000.00", "0.00", "0.00"),
    ]
    schedule = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    assert (schedule["paid"], schedule["outstanding"]) == ("8500.00", "0.00")  # total + adjustment
    assert [i["credited"] for i in schedule["installments"]] == ["0.00", "500.00", "3000.00"]
    assert {i["invoice"]["status"] for i in schedule["installments"]} == {"paid"}
    assert (await api.call("GET", f"/contracts/{c['id']}", FINANCE))["status"] == "completed"
    (settled,) = await outbox_events(runtime, "contracts.settlement.paid")
    assert settled["data"]["amount"]["amount"] == settled["data"]["paid_to_date"]["amount"] == "8500.00"


async def test_a_completed_contract_takes_no_payment_and_no_invoice(app: App) -> None:
    api, runtime = app
    c = await api.signed()
    await accept_project(runtime, c)
    await settle(api, c["id"])
    refused = await api.call(
        "POST", f"/installments/{c['installments'][1]['id']}/payments", FINANCE, 409, json={"amount": "1.00"}
    )
    assert "completed" in refused["detail"] and refused["state"] == "completed"
    issued = len(await outbox_events(runtime, "contracts.invoice.issued"))
    await complete_milestone(runtime, c, "M1")  # late, and redundant: handled, invoices nothing
    await accept_project(runtime, c)
    assert len(await outbox_events(runtime, "contracts.invoice.issued")) == issued
    assert len(await outbox_events(runtime, "contracts.settlement.paid")) == 1


async def test_termination_cancels_what_was_never_invoiced_and_closes_the_contract(app: App) -> None:
    api, runtime = app
    c = await api.signed()
    advance = c["installments"][0]["id"]
    await api.call("POST", f"/installments/{advance}/payments", FINANCE, 201, json={"amount": "1000.00"})
    ended = await api.call("POST", f"/contracts/{c['id']}/terminate", MANAGER, json={"reason": "insolvency"})
    assert ended["status"] == "terminated"
    assert [i["status"] for i in ended["installments"]] == ["invoiced", "cancelled", "cancelled"]
    schedule = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    assert schedule["outstanding"] == "2000.00"  # only the invoiced advance stays owed

    refused = await api.call(
        "POST", f"/installments/{advance}/payments", FINANCE, 409, json={"amount": "100.00"}
    )
    assert "terminated" in refused["detail"]
    # projects' late events are handled (not parked) and change nothing.
    await complete_milestone(runtime, c, "M1")
    await accept_project(runtime, c)
    assert len(await outbox_events(runtime, "contracts.invoice.issued")) == 1  # the advance at signing
    assert (await api.call("GET", "/settlements", FINANCE, params={"contract_id": c["id"]}))["items"] == []
    assert await scan(api, dt.date.today() + dt.timedelta(days=200)) == 0

    # The invoiced advance is paid by a manager's termination settlement; the contract stays terminated.
    url = f"/contracts/{c['id']}/settlement"
    await api.call("POST", url, SPECIALIST, 403, json={"reason": "x"})
    r = await api.client.post(f"/api/v1{url}", headers=MANAGER)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "body.reason"
    opened = await api.client.post(f"/api/v1{url}", headers=MANAGER, json={"reason": "settle the advance"})
    assert opened.status_code == 201, opened.text
    s = opened.json()
    assert (s["kind"], s["reason"], s["due"]) == ("termination", "settle the advance", "2000.00")
    # The creation answers the settlement's ETag: its first write needs no GET.
    assert opened.headers["ETag"] == f'"{s["version"]}"'
    adjusted = await api.client.post(
        f"/api/v1/settlements/{s['id']}/adjust",
        headers={**SPECIALIST, "If-Match": opened.headers["ETag"]},
        json={"adjustments": "0.00", "note": "nothing to deduct"},
    )
    assert adjusted.status_code == 200, adjusted.text
    assert (await api.call("POST", url, SPECIALIST, 200))["id"] == s["id"]
    paid = await settle(api, c["id"])
    assert paid["status"] == "paid" and paid["due"] == "0.00"
    after = await api.call("GET", f"/contracts/{c['id']}/schedule", FINANCE)
    assert [i["status"] for i in after["installments"]] == ["paid", "cancelled", "cancelled"]
    assert (after["paid"], after["outstanding"]) == ("3000.00", "0.00")
    assert (await api.call("GET", f"/contracts/{c['id']}", FINANCE))["status"] == "terminated"
    (settled,) = await outbox_events(runtime, "contracts.settlement.paid")
    assert settled["data"]["kind"] == "termination"
    assert await outbox_events(runtime, "contracts.contract.completed") == []


async def test_an_accepted_contract_is_settled_not_terminated(app: App) -> None:
    api, runtime = app
    c = await api.signed()
    await accept_project(runtime, c)
    refused = await api.call("POST", f"/contracts/{c['id']}/terminate", MANAGER, 409, json={"reason": "x"})
    assert "settle the contract instead" in refused["detail"]
    assert (await api.call("GET", f"/contracts/{c['id']}", FINANCE))["status"] == "signed"


LATE_PLAN = [
    {"label": "a", "amount": "4000.00", "trigger": "fixed_date", "due_date": "2024-01-31"},
    {"label": "b", "amount": "4000.00", "trigger": "fixed_date", "due_date": "2024-01-31"},
    {"label": "c", "amount": "4000.00", "trigger": "on_signing"},
]


async def test_overdue_cleared_once_when_a_reported_installment_is_paid_in_full(app: App) -> None:
    api, runtime = app
    c = await api.signed(installments=LATE_PLAN)
    a, b, on_signing = (i["id"] for i in c["installments"])
    assert await scan(api, dt.date(2024, 3, 5)) == 4  # a and b: 1 and 30 days; c is not due yet

    async def pay(installment_id: str, amount: str) -> None:
        await api.call(
            "POST", f"/installments/{installment_id}/payments", FINANCE, 201, json={"amount": amount}
        )

    await pay(a, "1000.00")
    assert await outbox_events(runtime, "contracts.overdue.cleared") == []  # partial: still overdue
    await pay(a, "3000.00")
    await pay(on_signing, "4000.00")  # never reported overdue: nothing to clear
    cleared = [e["data"] for e in await outbox_events(runtime, "contracts.overdue.cleared")]
    assert [(e["installment_id"], e["due_date"]) for e in cleared] == [(a, "2024-01-31")]
    assert cleared[0]["contract_outstanding"]["amount"] == "8000.00"  # b and c still owed
    assert cleared[0]["days_late"] == (dt.date.today() - dt.date(2024, 1, 31)).days
    await pay(b, "4000.00")
    cleared = [e["data"] for e in await outbox_events(runtime, "contracts.overdue.cleared")]
    assert [e["installment_id"] for e in cleared] == [a, b]


async def test_invoices_are_numbered_records_finance_lists_and_filters(app: App) -> None:
    api, runtime = app
    late = await api.signed(
        customer_id="cus-late", installments=[LATE_PLAN[0], LATE_PLAN[2] | {"amount": "8000.00"}]
    )
    current = await api.signed(customer_id="cus-ok")  # its advance is due in 30 days
    paid = await api.signed(customer_id="cus-ok")
    await api.call(
        "POST",
        f"/installments/{paid['installments'][0]['id']}/payments",
        FINANCE,
        201,
        json={"amount": "3000.00"},
    )
    await complete_milestone(runtime, current, "M1")

    everything = await invoices(api)
    numbers = [i["number"] for i in everything]
    assert len(everything) == 5 and len(set(numbers)) == 5
    assert all(re.fullmatch(r"INV-\d{4}-\d{6}", n) for n in numbers)
    assert sorted(int(n[-6:]) for n in numbers) == [1, 2, 3, 4, 5]  # one sequence, no gaps
    assert [(i["due_date"], i["number"]) for i in everything] == sorted(
        (i["due_date"], i["number"]) for i in everything
    )

    (overdue,) = await invoices(api, status="overdue")
    assert (overdue["contract_id"], overdue["customer_id"], overdue["amount"]) == (
        late["id"],
        "cus-late",
        "4000.00",
    )
    assert (
        overdue["outstanding"] == "4000.00"
        and overdue["overdue_days"] == (dt.date.today() - dt.date(2024, 1, 31)).days
    )
    (settled,) = await invoices(api, status="paid")
    assert settled["installment_id"] == paid["installments"][0]["id"] and settled["outstanding"] == "0.00"
    assert len(await invoices(api, status="open")) == 3 and await invoices(api, status="cancelled") == []
    assert {i["contract_id"] for i in await invoices(api, customer_id="cus-ok")} == {
        current["id"],
        paid["id"],
    }
    assert len(await invoices(api, contract_id=current["id"])) == 2
    assert [i["id"] for i in await invoices(api, due_before="2025-01-01")] == [overdue["id"]]
    assert len(await invoices(api, due_after="2024-01-31")) == 4

    # Pages follow the same order.
    seen, cursor = [], None
    while True:
        page = await api.call(
            "GET", "/invoices", FINANCE, params={"limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        seen += [i["id"] for i in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == [i["id"] for i in everything]

    one = await api.call("GET", f"/invoices/{overdue['id']}", AUDITOR)
    assert one == overdue
    await api.call("GET", "/invoices/nope", FINANCE, 404)
    for role in (CLIENT_REP, LEGAL):
        await api.call("GET", "/invoices", role, 403)
        await api.call("GET", f"/invoices/{overdue['id']}", role, 403)
    for role in ("manager", "business_specialist", "admin", "service"):
        await api.call("GET", "/invoices", bearer([role]), 200)
    schedule = await api.call("GET", f"/contracts/{late['id']}/schedule", FINANCE)
    assert schedule["installments"][0]["invoice"]["number"] == overdue["number"]
    await api.call("GET", "/invoices", FINANCE, 422, params={"status": "late"})
