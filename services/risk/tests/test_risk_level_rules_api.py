"""Issue 17 item 5 (and the risk part of item 3), through REST: the level rule, the responses it
demands, indicator breaches, who registers which kind, and that client representatives read none of it.

Each test failed on the code before: a specialist accepted a medium risk, a high risk closed with no
response, the newest assessment set the level whatever its method, 1 x 5 was low, readings past
their threshold changed nothing, tech_support could not register a technical risk, and a client
representative's token read credit profiles and the register.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.waiting import eventually
from ptp_risk.service import definition
from risk_support import EventDriver, crm_registers

pytestmark = pytest.mark.integration

SPECIALIST = bearer(["business_specialist"], sub="sam")
PM = bearer(["project_manager"], sub="pia")
MANAGER = bearer(["manager"], sub="max")
TECH = bearer(["tech_support"], sub="tess")
AUDITOR = bearer(["auditor"], sub="ann")
CLIENT = bearer(["client_representative"], sub="cora", customer_id="cus-1")
API = "/api/v1"


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(definition, database_url) as (_app, client, runtime):
        await asyncio.wait_for(runtime.bus_connected.wait(), 10)
        await crm_registers(runtime, "cus-1")  # the customer risks below are linked to
        yield client


async def new_risk(client: httpx.AsyncClient, kind: str = "market", **extra: Any) -> str:
    created = await client.post(f"{API}/risks", json={"kind": kind, "title": "A risk", **extra}, headers=PM)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def assess(client: httpx.AsyncClient, risk_id: str, headers: dict[str, str] = PM, **body: Any) -> Any:
    if "likelihood" in body:
        body = {"method": "qualitative", **body}
    elif "probability" in body:
        body = {"method": "quantitative", "exposure": {"amount": "50000.00", "currency": "EUR"}, **body}
    answer = await client.post(f"{API}/risks/{risk_id}/assessments", json=body, headers=headers)
    return answer


async def risk(client: httpx.AsyncClient, risk_id: str) -> Any:
    return (await client.get(f"{API}/risks/{risk_id}", headers=AUDITOR)).json()


async def test_likelihood_1_impact_5_is_medium_because_low_means_unlikely_and_small(
    client: httpx.AsyncClient,
) -> None:
    unlikely_but_severe, unlikely_and_small = await new_risk(client), await new_risk(client)
    assert (await assess(client, unlikely_but_severe, likelihood=1, impact=5)).json()["level"] == "medium"
    assert (await assess(client, unlikely_and_small, likelihood=2, impact=2)).json()["level"] == "low"
    assert (await risk(client, unlikely_but_severe))["level"] == "medium"

    config = (await client.get(f"{API}/risk-config", headers=AUDITOR)).json()
    assert config["matrix"][0] == ["low", "low", "medium", "medium", "medium"]  # likelihood 1
    assert config["matrix_thresholds"] == {"high_from": 15, "low_up_to": 2}
    operation = (await client.get("/openapi.json")).json()["paths"][f"{API}/risks/{{risk_id}}/assessments"]
    description = operation["post"]["description"]
    assert "| 1 | low | low | medium | medium | medium |" in description  # the matrix, as a table
    assert "most severe" in description and "manager" in description  # the level rule and override


async def test_the_level_is_the_more_severe_method_never_the_newest_assessment(
    client: httpx.AsyncClient,
) -> None:
    risk_id = await new_risk(client)
    await assess(client, risk_id, likelihood=4, impact=5)  # high on the matrix
    quantitative = await assess(client, risk_id, probability="0.01")  # low by the model, and newer
    assert quantitative.json()["level"] == "low"
    after = await risk(client, risk_id)
    assert (after["level"], after["qualitative_level"], after["quantitative_level"]) == (
        "high",
        "high",
        "low",
    )

    await assess(client, risk_id, probability="0.30")  # now the model is the more severe... as severe
    await assess(client, risk_id, likelihood=1, impact=1)  # the matrix drops to low: the model holds
    assert (await risk(client, risk_id))["level"] == "high"
    await assess(client, risk_id, probability="0.02")
    assert (await risk(client, risk_id))["level"] == "low"  # both low now

    events = (await client.get(f"{API}/risk-events?event=level_changed", headers=AUDITOR)).json()["items"]
    assert [(e["previous_level"], e["level"]) for e in events if e["risk_id"] == risk_id] == [
        (None, "high"),
        ("high", "low"),
    ]


async def test_only_a_manager_overrides_the_level_with_a_reason_kept_in_the_history(
    client: httpx.AsyncClient,
) -> None:
    risk_id = await new_risk(client)
    await assess(client, risk_id, likelihood=4, impact=4)
    override = {"method": "override", "level": "medium", "reason": "The client posted a bank guarantee"}
    refused = await assess(client, risk_id, **override)
    assert refused.status_code == 403 and refused.json()["required_roles"] == ["manager"]
    assert (await assess(client, risk_id, headers=MANAGER, method="override", level="low")).status_code == 422

    recorded = await assess(client, risk_id, headers=MANAGER, **override)
    assert recorded.status_code == 201
    assert (recorded.json()["method"], recorded.json()["rationale"]) == ("override", override["reason"])
    shown = await risk(client, risk_id)
    assert shown["level"] == "medium"
    assert {k: shown["level_override"][k] for k in ("level", "reason", "by")} == {
        "level": "medium",
        "reason": "The client posted a bank guarantee",
        "by": "max",
    }
    history = (await client.get(f"{API}/risks/{risk_id}/assessments", headers=AUDITOR)).json()["items"]
    assert [(a["method"], a["level"]) for a in history] == [("override", "medium"), ("qualitative", "high")]

    # New evidence ends the override: the rule applies again.
    await assess(client, risk_id, probability="0.01")
    after = await risk(client, risk_id)
    assert (after["level"], after["level_override"]) == ("high", None)


async def test_accepting_a_medium_risk_needs_a_managers_approval_with_a_reason(
    client: httpx.AsyncClient,
) -> None:
    medium, low = await new_risk(client), await new_risk(client)
    await assess(client, medium, likelihood=3, impact=3)
    await assess(client, low, likelihood=1, impact=2)
    accept = {"kind": "accept", "action": "Live with it"}

    refused = await client.post(f"{API}/risks/{medium}/responses", json=accept, headers=SPECIALIST)
    assert refused.status_code == 409
    assert refused.json()["rule"] == "accept-needs-manager-approval" and "manager" in refused.json()["detail"]
    with_reason = {**accept, "approval_reason": "I think it is fine"}
    not_a_manager = await client.post(f"{API}/risks/{medium}/responses", json=with_reason, headers=SPECIALIST)
    assert not_a_manager.status_code == 409
    assert (await risk(client, medium))["status"] == "identified"  # nothing was recorded

    approved = await client.post(
        f"{API}/risks/{medium}/responses",
        json={**accept, "approval_reason": "Insurance would cost more than the loss"},
        headers=MANAGER,
    )
    assert approved.status_code == 201
    assert (approved.json()["approval_reason"], approved.json()["approved_by"]) == (
        "Insurance would cost more than the loss",
        "max",
    )
    plain = await client.post(f"{API}/risks/{low}/responses", json=accept, headers=SPECIALIST)
    assert plain.status_code == 201 and plain.json()["approved_by"] is None


async def test_a_high_risk_closes_only_after_a_completed_avoid_reduce_or_transfer(
    client: httpx.AsyncClient,
) -> None:
    risk_id = await new_risk(client)
    await assess(client, risk_id, likelihood=5, impact=4)
    url = f"{API}/risks/{risk_id}"
    bare = await client.post(f"{url}/close", headers=PM)
    assert bare.status_code == 409 and bare.json()["rule"] == "high-risk-closes-after-completed-treatment"

    accepted = await client.post(
        f"{url}/responses",
        json={"kind": "accept", "action": "Live with it", "approval_reason": "Board decision"},
        headers=MANAGER,
    )
    await client.post(f"{url}/responses/{accepted.json()['id']}/complete", headers=PM)
    transfer = await client.post(
        f"{url}/responses", json={"kind": "transfer", "action": "Insure"}, headers=PM
    )
    assert (await client.post(f"{url}/close", headers=PM)).status_code == 409  # accepted, transfer planned

    await client.post(f"{url}/responses/{transfer.json()['id']}/complete", headers=PM)
    closed = await client.post(f"{url}/close", headers=PM)
    assert closed.status_code == 200 and closed.json()["status"] == "closed"

    medium = await new_risk(client)
    await assess(client, medium, likelihood=3, impact=3)
    assert (await client.post(f"{API}/risks/{medium}/close", headers=PM)).status_code == 200


async def test_an_indicator_reading_past_its_threshold_raises_the_level_and_is_published(
    driver: EventDriver,
) -> None:
    client = driver.client
    # crm's registration has reached risk: the risk may name the customer.
    registered = CustomerRegistered(customer_id="cus-ind", name="Ind")
    await driver.handled(await driver.send(registered, source="crm"))
    risk_id = await new_risk(client, customer_id="cus-ind")
    await assess(client, risk_id, likelihood=1, impact=1)
    indicator = await client.post(
        f"{API}/risks/{risk_id}/indicators",
        json={"name": "price gap", "unit": "%", "medium_threshold": "5", "high_threshold": "15"},
        headers=PM,
    )
    series = f"{API}/risks/{risk_id}/indicators/{indicator.json()['id']}/observations"

    async def reading(value: str, at: str) -> None:
        answer = await client.post(series, json={"value": value, "observed_at": at}, headers=PM)
        assert answer.status_code == 201

    await reading("2", "2026-11-01T00:00:00Z")  # under the thresholds: nothing changes
    assert (await risk(client, risk_id))["level"] == "low"
    await reading("7", "2026-11-02T00:00:00Z")
    raised = await risk(client, risk_id)
    assert raised["level"] == "medium"  # was: low, the reading changed nothing
    assert (raised["qualitative_level"], raised["indicator_level"]) == ("low", "medium")
    await reading("20", "2026-11-03T00:00:00Z")
    assert (await risk(client, risk_id))["level"] == "high"
    await reading("30", "2026-10-01T00:00:00Z")  # back-filled: history, no event, no change

    async def published() -> bool:
        return (
            len(driver.of("risk.level.changed", "cus-ind")) >= 3
            and len(driver.of("risk.indicator.breached", "cus-ind")) >= 2
        )

    await eventually(published, what="breaches and level changes published")
    await asyncio.sleep(0.3)  # a third breach (the back-filled reading) would arrive by now
    breaches = driver.of("risk.indicator.breached", "cus-ind")
    assert [
        (b.data["value"], b.data["level"], b.data["previous_risk_level"], b.data["risk_level"])
        for b in breaches
    ] == [
        ("7", "medium", "low", "medium"),
        ("20", "high", "medium", "high"),
    ]
    changes = [
        (e.data["previous_level"], e.data["level"]) for e in driver.of("risk.level.changed", "cus-ind")
    ]
    assert changes == [(None, "low"), ("low", "medium"), ("medium", "high")]

    # When the readings come back under the thresholds, the assessed level is the level again.
    await reading("1", "2026-11-04T00:00:00Z")
    assert (await risk(client, risk_id))["level"] == "low"


async def test_market_risks_by_business_specialists_technical_risks_by_tech_support(
    client: httpx.AsyncClient,
) -> None:
    async def register(kind: str, headers: dict[str, str]) -> httpx.Response:
        return await client.post(f"{API}/risks", json={"kind": kind, "title": "x"}, headers=headers)

    technical = await register("technical", TECH)
    assert technical.status_code == 201 and technical.json()["owner"] == "tess"
    for kind, headers in (
        ("market", SPECIALIST),
        ("market", PM),
        ("technical", MANAGER),
        ("credit", SPECIALIST),
    ):
        assert (await register(kind, headers)).status_code == 201, (kind, headers)

    market_by_tech = await register("market", TECH)
    assert market_by_tech.status_code == 403
    assert market_by_tech.json()["detail"].startswith("market risks are registered by")
    assert market_by_tech.json()["required_roles"] == ["business_specialist", "manager", "project_manager"]
    technical_by_specialist = await register("technical", SPECIALIST)
    assert technical_by_specialist.status_code == 403
    assert technical_by_specialist.json()["required_roles"] == ["manager", "project_manager", "tech_support"]
    assert (await register("operational", TECH)).status_code == 403
    assert (await register("market", AUDITOR)).status_code == 403


async def test_a_client_representative_reads_no_credit_profile_nor_anything_of_the_register(
    client: httpx.AsyncClient,
) -> None:
    risk_id = await new_risk(client, customer_id="cus-1")
    openapi = (await client.get("/openapi.json")).json()
    reads = [path for path, ops in openapi["paths"].items() if "get" in ops and path.startswith(API)]
    assert f"{API}/credit-profiles/{{customer_id}}" in reads and f"{API}/risks" in reads
    for path in reads:
        url = re.sub(r"\{customer_id\}", "cus-1", path.replace("{risk_id}", risk_id))
        url = re.sub(r"\{[^}]+\}", "x", url)
        answer = await client.get(url, headers=CLIENT)
        assert answer.status_code == 403, f"{path}: {answer.status_code}"
        assert answer.headers["content-type"].startswith("application/problem+json")
        if not path.startswith(f"{API}/admin"):
            assert "client_representative" in openapi["paths"][path]["get"]["description"], path
    # Staff still read them.
    assert (await client.get(f"{API}/risks/{risk_id}", headers=AUDITOR)).status_code == 200
    assert (await client.get(f"{API}/credit-profiles", headers=bearer(["finance"]))).status_code == 200
