"""Bad input across the services: oversized and malformed bodies, bad money and dates, injection.

In-process apps on SQLite (in-process bus). Errors are application/problem+json; a 422 names each
field at fault in ``errors[].field``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from ptp_common.service import known_services
from ptp_common.testing.clients import bearer, running_app
from test_concurrency import CONTRACT, MANAGER, crm_registered

pytestmark = pytest.mark.integration  # real (SQLite) databases and migrations

SPECIALIST = bearer(["business_specialist"], sub="sam")
# One creating (or body-taking) endpoint per service, with a role allowed to call it.
ENDPOINTS: dict[str, tuple[str, dict[str, str]]] = {
    "crm": ("/api/v1/customers", SPECIALIST),
    "contracts": ("/api/v1/contracts", SPECIALIST),
    "projects": ("/api/v1/projects/p-1/tasks", bearer(["project_manager"], sub="pat")),
    "risk": ("/api/v1/risks", SPECIALIST),
    "kpi": ("/api/v1/audits", bearer(["auditor"], sub="audrey")),
}
MAX_BODY = 1_000_000  # PTP_MAX_BODY_BYTES default
INJECTION = "Robert'); DROP TABLE contracts;-- <script>alert(\"x\")</script> & </title> \\ %00 ${7*7}"


@pytest.fixture
async def api(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    async with running_app(known_services()[request.param], f"sqlite+aiosqlite:///{tmp_path / 'bad.db'}") as (
        _app,
        client,
        runtime,
    ):
        if request.param == "contracts":
            await crm_registered(runtime, CONTRACT["customer_id"])  # a contract names a customer crm knows
        yield client


def fields(response: Any) -> set[str]:
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    return {e.get("field") for e in response.json().get("errors", [])}


@pytest.mark.parametrize("api", sorted(ENDPOINTS), indirect=True)
async def test_oversized_bodies_get_413_and_malformed_json_422(
    api: Any, request: pytest.FixtureRequest
) -> None:
    url, headers = ENDPOINTS[request.node.callspec.params["api"]]
    big = json.dumps({"title": "x" * (MAX_BODY + 10), "name": "x"}).encode()
    response = await api.post(url, content=big, headers={**headers, "Content-Type": "application/json"})
    assert response.status_code == 413, response.text[:300]


    for malformed in (b'{"title": "unterminated', b"{'single': 'quotes'}", b"\xff\xfe not utf-8", b"[1, 2,]"):
        response = await api.post(
            url, content=malformed, headers={**headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 422, (malformed, response.status_code, response.text[:300])
        assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("api", ["contracts"], indirect=True)
async def test_oversized_streamed_body_without_content_length_gets_413(api: Any) -> None:
    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit counts what arrives
        for _ in range(11):
            yield b" " * 100_000

    streamed = await api.post(
        "/api/v1/contracts", content=chunks(), headers={**SPECIALIST, "Content-Type": "application/json"}
    )
    assert streamed.status_code == 413, streamed.text[:300]


def contract(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(CONTRACT), **changes}


@pytest.mark.parametrize("api", ["contracts"], indirect=True)
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"total": "-12000.00"}, "body.total"),
        ({"total": "12000.001"}, "body.total"),
        ({"total": "1e400"}, "body.total"),
        ({"total": "NaN"}, "body.total"),
        ({"total": 12000.001}, "body.total"),  # over-precise as a JSON number too
        ({"currency": "XYZ"}, "body.currency"),
        ({"currency": "eur"}, "body.currency"),
        ({"expiry_date": "2027-02-30"}, "body.expiry_date"),
        ({"expiry_date": "2027-13-01"}, "body.expiry_date"),
        ({"milestones": [{"milestone_id": "M1", "name": "x", "due_date": "2027-02-29",
                          "deliverable_ids": ["D1"]}]}, "body.milestones.0.due_date"),
        ({"installments": [{"label": "all", "amount": "-1.00", "trigger": "on_signing"}]},
         "body.installments.0.amount"),
        ({"installments": [{"label": "all", "amount": "0.001", "trigger": "on_signing"}]},
         "body.installments.0.amount"),
    ],
)
async def test_bad_money_currency_and_dates_get_422_naming_the_field(
    api: Any, change: dict[str, Any], field: str
) -> None:
    response = await api.post("/api/v1/contracts", json=contract(**change), headers=SPECIALIST)
    assert response.status_code == 422, response.text[:300]
    assert field in fields(response), response.text[:500]


@pytest.mark.parametrize("api", ["contracts"], indirect=True)
async def test_bad_payment_amounts_get_422_before_anything_else(api: Any) -> None:
    finance = bearer(["finance"], sub="fin")
    for amount in ("-5.00", "5.001", "abc", "0"):
        response = await api.post(
            "/api/v1/installments/i-1/payments", json={"amount": amount}, headers=finance
        )
        assert response.status_code == 422, (amount, response.text[:300])
        assert "body.amount" in fields(response)


INJECTED: dict[str, tuple[str, dict[str, Any], str, str]] = {
    # service: (create url, body, field, read url template)
    "contracts": ("/api/v1/contracts", contract(title=INJECTION, scope=INJECTION), "title",
                  "/api/v1/contracts/{id}"),
    "crm": ("/api/v1/customers", {"name": "Acme", "industry": INJECTION}, "industry",
            "/api/v1/customers/{id}"),
    "risk": ("/api/v1/risks",
             {"kind": "market", "title": INJECTION, "description": INJECTION, "owner": "pat"},
             "title", "/api/v1/risks/{id}"),
}


@pytest.mark.parametrize("api", sorted(INJECTED), indirect=True)
async def test_injection_like_strings_are_stored_verbatim_and_returned_as_json(
    api: Any, request: pytest.FixtureRequest
) -> None:
    service = request.node.callspec.params["api"]
    url, body, field, read = INJECTED[service]
    # CONTRACT is drafted by hand: a manager's exception.
    created = await api.post(url, json=body, headers=MANAGER if service == "contracts" else SPECIALIST)
    assert created.status_code == 201, created.text[:500]
    assert created.json()[field] == INJECTION
    got = await api.get(read.format(id=created.json()["id"]), headers=SPECIALIST)
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/json"
    assert got.json()[field] == INJECTION  # verbatim: nothing stripped, nothing executed
    assert json.loads(got.content)[field] == INJECTION  # a JSON string literal, escaped as JSON
    assert '\\"x\\"' in got.text and "\\\\" in got.text
    listed = await api.get(url, headers=SPECIALIST)
    assert listed.status_code == 200, "the table survived the 'DROP TABLE'"
    assert INJECTION in [item.get(field) for item in listed.json()["items"]]
