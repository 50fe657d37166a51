"""The register links only records risk learnt of from their owners' events (422 naming the field):
customers from crm, contracts from contracts, projects from projects; and links that agree."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from ptp_common.events.envelope import new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractDrafted
from ptp_common.events.schemas.projects import ProjectPlanned
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_risk.service import definition
from risk_support import as_message, crm_registers, eur, signed

pytestmark = pytest.mark.integration

PM = bearer(["project_manager"], sub="pia")
App = tuple[httpx.AsyncClient, ServiceRuntime]


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[App]:
    async with running_app(definition, database_url) as (_app, client, runtime):
        await asyncio.wait_for(runtime.bus_connected.wait(), 10)
        yield client, runtime


async def publish(runtime: ServiceRuntime, source: str, data: EventData) -> None:
    await runtime.bus.publish([as_message(new_envelope(source, data))])


def refused(r: httpx.Response) -> set[str]:
    assert r.status_code == 422, r.text
    return {e["field"] for e in r.json()["errors"]}


async def test_links_name_only_records_risk_learnt_of(app: App) -> None:
    client, runtime = app

    async def create(**links: Any) -> httpx.Response:
        body = {"kind": "operational", "title": "Supplier may slip", **links}
        return await client.post("/api/v1/risks", json=body, headers=PM)

    # Nothing heard yet (the defect: all three used to be 201).
    for name, value in (("customer_id", "cus-a"), ("contract_id", "con-a"), ("project_id", "prj-a")):
        assert refused(await create(**{name: value})) == {f"body.{name}"}
    assert refused(await create(customer_id="cus-a", contract_id="con-a", project_id="prj-a")) == {
        "body.customer_id",
        "body.contract_id",
        "body.project_id",
    }

    # Once each owner's event is applied, the same links pass.
    await crm_registers(runtime, "cus-a", "cus-b")
    assert (await create(customer_id="cus-a")).status_code == 201
    await publish(
        runtime,
        "contracts",
        ContractDrafted(
            contract_id="con-a", customer_id="cus-a", owner="sam", title="T", total=eur("100.00")
        ),
    )
    assert (await create(customer_id="cus-a", contract_id="con-a")).status_code == 201
    await publish(runtime, "contracts", signed("cus-b", "5000.00", "con-b"))  # signed alone also tells
    assert (await create(contract_id="cus-b:con-b")).status_code == 201
    await publish(
        runtime,
        "projects",
        ProjectPlanned(project_id="prj-a", contract_id="con-a", customer_id="cus-a", name="P"),
    )
    created = await create(customer_id="cus-a", contract_id="con-a", project_id="prj-a")
    assert created.status_code == 201, created.text

    # Links that contradict each other.
    assert refused(await create(customer_id="cus-b", contract_id="con-a")) == {"body.contract_id"}
    assert refused(await create(contract_id="cus-b:con-b", project_id="prj-a")) == {"body.project_id"}

    # Editing a risk's links follows the same rule; other edits leave its links alone.
    url = f"/api/v1/risks/{created.json()['id']}"
    assert refused(await client.patch(url, json={"project_id": "prj-zz"}, headers=PM)) == {"body.project_id"}
    # cus-b is known, but con-a and prj-a are cus-a's: the unchanged links that now disagree are named.
    assert refused(await client.patch(url, json={"customer_id": "cus-b"}, headers=PM)) == {
        "body.contract_id",
        "body.project_id",
    }
    moved = await client.patch(url, json={"title": "Supplier slipped"}, headers=PM)
    assert moved.status_code == 200 and moved.json()["project_id"] == "prj-a"
