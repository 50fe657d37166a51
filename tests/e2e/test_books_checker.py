"""The checker itself: on ledgers that agree it says "books closed"; each kind of disagreement is
named with its invariant. The ledgers are canned REST answers (httpx.MockTransport), shaped as the
services answer, so every invariant can be broken on purpose, which the running suite never does."""

from __future__ import annotations

import copy
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from ptp_suite import books

CUS, DONE, OPEN = "cus-1", "con-done", "con-open"
ENDED = "2026-11-20T10:00:00Z"


def schedule(cid: str, paid: str, outstanding: str, installments: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "contract_id": cid,
        "currency": "EUR",
        "total": "100.00",
        "paid": paid,
        "outstanding": outstanding,
        "installments": installments,
    }


def installment(iid: str, amount: str, paid: str, outstanding: str, invoiced: bool) -> dict[str, Any]:
    invoice = {"id": f"inv-{iid}", "installment_id": iid, "amount": amount} if invoiced else None
    return {
        "id": iid,
        "label": iid,
        "amount": amount,
        "paid": paid,
        "credited": "0.00",
        "outstanding": outstanding,
        "status": "paid" if outstanding == "0.00" else "invoiced",
        "invoice": invoice,
    }


def ledgers() -> dict[str, Any]:
    """A completed deal (paid in November, settled) and an open one with 40 owed: books that close."""
    return {
        "contracts": [
            {"id": DONE, "customer_id": CUS, "status": "completed", "total": "100.00", "ended_at": ENDED},
            {"id": OPEN, "customer_id": CUS, "status": "signed", "total": "100.00", "ended_at": None},
        ],
        "schedule": {
            DONE: schedule(DONE, "100.00", "0.00", [installment("a", "100.00", "100.00", "0.00", True)]),
            OPEN: schedule(
                OPEN,
                "60.00",
                "40.00",
                [
                    installment("b", "60.00", "60.00", "0.00", True),
                    installment("c", "40.00", "0.00", "40.00", False),
                ],
            ),
        },
        "payments": {
            DONE: [
                {
                    "installment_id": "a",
                    "amount": "100.00",
                    "currency": "EUR",
                    "received_at": "2026-11-19T10:00:00Z",
                }
            ],
            OPEN: [
                {
                    "installment_id": "b",
                    "amount": "60.00",
                    "currency": "EUR",
                    "received_at": "2026-10-05T10:00:00Z",
                }
            ],
        },
        "settlements": {DONE: [{"id": "set-1", "kind": "acceptance", "status": "paid"}], OPEN: []},
        "projects": {DONE: [{"id": "p-1", "status": "accepted"}], OPEN: [{"id": "p-2", "status": "active"}]},
        "trail": {
            DONE: [{"occurred_at": "2026-11-01T00:00:00Z", "event": {"data": {"threshold_days": 1}}}],
            OPEN: [],
        },
        "revenue": {"2026-11": "100.00", "2026-10": "60.00"},
        "exposure": "40.00",
    }


def transport(data: dict[str, Any]) -> httpx.MockTransport:
    def page(found: list[Any]) -> httpx.Response:
        return httpx.Response(200, json={"items": found, "next_cursor": None})

    def answer(request: httpx.Request) -> httpx.Response:
        path, q = request.url.path, request.url.params
        parts = path.strip("/").split("/")
        if path == "/contracts/api/v1/contracts":
            return page([c for c in data["contracts"] if c["customer_id"] == q.get("customer_id", CUS)])
        if path.endswith("/schedule"):
            return httpx.Response(200, json=data[parts[-1]][parts[-2]])
        if path.endswith("/payments"):
            return page(data[parts[-1]][parts[-2]])
        if path == "/contracts/api/v1/settlements":
            return page(data["settlements"][q["contract_id"]])
        if path == "/projects/api/v1/projects":
            return page(data["projects"][q["contract_id"]])
        if path == "/kpi/api/v1/audit-trail":
            return page(data["trail"][q["subject"]])
        if path == "/kpi/api/v1/metrics/indicators/revenue":
            return httpx.Response(200, json={"value": data["revenue"].get(q["period"])})
        if path == f"/risk/api/v1/credit-profiles/{CUS}":
            exposure = [{"amount": data["exposure"], "currency": "EUR"}]
            return httpx.Response(200, json={"figures": {"exposure": exposure}})
        return httpx.Response(404, json={})

    return httpx.MockTransport(answer)


def check(data: dict[str, Any]) -> books.Books:
    with httpx.Client(transport=transport(data), base_url="http://suite") as client:
        return books.check_books(client, lambda: {}, [CUS])


def test_revenue_months_are_the_business_zone_months_kpi_counts_in() -> None:
    # 2026-10-31T17:00Z is 01:00 on 1 November in Shanghai: kpi (PTP_BUSINESS_TIMEZONE=Asia/Shanghai)
    # counts it in November, and so must the checker; read in UTC months it would be October's.
    data = ledgers()
    data["payments"][OPEN][0]["received_at"] = "2026-10-31T17:00:00Z"
    data["revenue"] = {"2026-11": "160.00"}
    with httpx.Client(transport=transport(data), base_url="http://suite") as client:
        shanghai = books.check_books(client, lambda: {}, [CUS], zone=ZoneInfo("Asia/Shanghai"))
        utc = books.check_books(client, lambda: {}, [CUS], zone=ZoneInfo("UTC"))
    assert shanghai.closed, shanghai.summary()
    assert [v.invariant for v in utc.violations] == [5, 5]  # October short, November over


def test_books_close_when_the_ledgers_agree() -> None:
    closing = check(ledgers())
    assert closing.closed, closing.summary()
    assert (closing.contracts, closing.invoices, closing.payments) == (2, 2, 2)
    summary = closing.summary()
    assert summary.startswith("books closed: 2 contracts, 2 invoices")
    assert "revenue 2026-10=60.00 EUR, revenue 2026-11=100.00 EUR" in summary
    assert summary.endswith("(6 invariants hold)")


def _owed_twice(d: dict[str, Any]) -> None:
    d["schedule"][OPEN]["installments"][0]["outstanding"] = "10.00"  # invoiced 60 = paid 60 + owed 10?


def _settled_yet_owed(d: dict[str, Any]) -> None:
    d["settlements"][OPEN] = [{"id": "set-2", "kind": "acceptance", "status": "paid"}]


def _completed_unaccepted(d: dict[str, Any]) -> None:
    d["projects"][DONE] = [{"id": "p-1", "status": "in_acceptance"}]


def _notice_after_end(d: dict[str, Any]) -> None:
    d["trail"][DONE].append(
        {"occurred_at": "2026-11-21T00:00:00Z", "event": {"data": {"threshold_days": 30}}}
    )


def _revenue_counted_twice(d: dict[str, Any]) -> None:
    d["revenue"]["2026-11"] = "200.00"


def _exposure_of_ended(d: dict[str, Any]) -> None:
    d["exposure"] = "140.00"


@pytest.mark.parametrize(
    ("invariant", "breaks"),
    [
        (1, _owed_twice),
        (2, _settled_yet_owed),
        (3, _completed_unaccepted),
        (4, _notice_after_end),
        (5, _revenue_counted_twice),
        (6, _exposure_of_ended),
    ],
)
def test_each_broken_invariant_is_named(invariant: int, breaks: Any) -> None:
    data = copy.deepcopy(ledgers())
    breaks(data)
    closing = check(data)
    assert {v.invariant for v in closing.violations} == {invariant}, closing.summary()
    assert closing.summary().startswith("books NOT closed: 2 contracts, 2 invoices, 2 payments")
    assert f"broken invariants [{invariant}]" in closing.summary()
