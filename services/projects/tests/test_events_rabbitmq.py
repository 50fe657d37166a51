"""The projects service on PostgreSQL + RabbitMQ: consuming contract.signed, publishing its events."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from projects_testkit import CLIENT, PM, SPECIALIST, ready_for_sign_off
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_common.testing.waiting import eventually
from ptp_projects.db.models import Project
from ptp_projects.service import definition
from sqlalchemy import func, select

pytestmark = pytest.mark.integration


@dataclass
class Probe:
    """Another party on the broker: publishes as contracts would and records what projects publishes."""

    bus: RabbitMQBus
    received: list[dict[str, Any]] = field(default_factory=list)

    async def record(self, message: IncomingMessage) -> None:
        self.received.append(json.loads(message.body))

    def count(self, event_type: str, **data: Any) -> int:
        return sum(
            1 for e in self.received
            if e["type"] == event_type and all(e["data"].get(k) == v for k, v in data.items())
        )

    def types(self) -> Counter[str]:
        return Counter(e["type"] for e in self.received)


@pytest.fixture
async def stack(
    postgres_url: str, amqp_url: str, rabbit_names: Any
) -> AsyncIterator[tuple[httpx.AsyncClient, ServiceRuntime, Probe]]:
    rabbit_names.consumers.update({"projects", "probe"})

    def new_bus() -> RabbitMQBus:
        return RabbitMQBus(
            amqp_url, exchange=rabbit_names.exchange, queue_prefix=rabbit_names.queue_prefix
        )

    probe = Probe(new_bus())
    await probe.bus.start()
    await probe.bus.subscribe("probe", ["projects.#"], probe.record)
    service_bus = new_bus()
    try:
        async with running_app(definition, postgres_url, bus=service_bus) as (_, client, runtime):
            await asyncio.wait_for(runtime.bus_connected.wait(), 20)
            yield client, runtime, probe
    finally:
        await service_bus.close()
        await probe.bus.close()


async def project_count(runtime: ServiceRuntime, contract_id: str) -> int:
    async with runtime.db.sessions() as session:
        stmt = select(func.count()).select_from(Project).where(Project.contract_id == contract_id)
        return int((await session.execute(stmt)).scalar_one())


async def test_one_contract_signed_delivered_twice_plans_one_project(
    stack: Any, signed_contract: Any, contract_message: Any
) -> None:
    client, runtime, probe = stack
    contract = signed_contract("C-42")
    message = contract_message(contract)
    await probe.bus.publish([message])
    await probe.bus.publish([message])  # the broker redelivers / the relay re-sends the same message
    await probe.bus.publish([contract_message(contract)])  # the same event re-published anew
    # A later contract is the marker: the relay and the broker keep order, so once its
    # project.planned is here, any duplicate planned for C-42 would have arrived before it.
    await probe.bus.publish([contract_message(signed_contract("C-43"))])

    async def marker_seen() -> bool:
        return probe.count("projects.project.planned", contract_id="C-43") == 1

    await eventually(marker_seen, what="project.planned for the marker contract")

    async def three_messages_applied() -> bool:  # two distinct ids for C-42, one for C-43
        async with runtime.db.sessions() as session:
            stmt = select(func.count()).select_from(runtime.db.inbox)
            return int((await session.execute(stmt)).scalar_one()) == 3

    await eventually(three_messages_applied, what="every distinct message through the inbox")
    assert await project_count(runtime, "C-42") == 1
    assert probe.count("projects.project.planned", contract_id="C-42") == 1
    [planned] = [e for e in probe.received if e["data"]["contract_id"] == "C-42"]
    assert [m["contract_milestone_id"] for m in planned["data"]["milestones"]] == ["M-1", "M-2"]
    listed = await client.get("/api/v1/projects", params={"contract_id": "C-42"}, headers=PM)
    assert [p["id"] for p in listed.json()["items"]] == [planned["data"]["project_id"]]


async def test_project_accepted_is_published_exactly_once_per_acceptance(
    stack: Any, signed_contract: Any, contract_message: Any
) -> None:
    client, runtime, probe = stack
    await probe.bus.publish([contract_message(signed_contract("C-50"))])

    async def planned() -> bool:
        return await project_count(runtime, "C-50") == 1

    await eventually(planned, what="the project planned from C-50")
    [project] = (
        await client.get("/api/v1/projects", params={"contract_id": "C-50"}, headers=PM)
    ).json()["items"]
    base = f"/api/v1/projects/{project['id']}"
    assert (await client.post(f"{base}/baseline", headers=PM)).status_code == 200
    await ready_for_sign_off(client, (await client.get(base, headers=PM)).json())
    assert (await client.post(f"{base}/acceptance/rounds", headers=SPECIALIST)).status_code == 201
    await client.post(f"{base}/acceptance/rounds/1/results", headers=CLIENT, json={"results": [
        {"criterion_id": "AC-1", "passed": True}, {"criterion_id": "AC-2", "passed": True}]})

    # Two sign-offs race (a double click, a retried request): one acceptance, one event.
    outcomes = await asyncio.gather(
        client.post(f"{base}/acceptance/rounds/1/sign-off", headers=CLIENT),
        client.post(f"{base}/acceptance/rounds/1/sign-off", headers=CLIENT),
    )
    assert sorted(r.status_code for r in outcomes) in ([200, 409], [200, 412])
    late = await client.post(f"{base}/acceptance/rounds/1/sign-off", headers=CLIENT)
    assert late.status_code == 409

    await probe.bus.publish([contract_message(signed_contract("C-51"))])  # order marker

    async def marker_seen() -> bool:
        return probe.count("projects.project.planned", contract_id="C-51") == 1

    await eventually(marker_seen, what="project.planned for the marker contract")
    assert probe.count("projects.project.accepted", project_id=project["id"]) == 1
    [accepted] = [e for e in probe.received if e["type"] == "projects.project.accepted"]
    assert accepted["subject"] == project["id"] and accepted["actor"] == "clara"
    assert accepted["data"]["contract_id"] == "C-50"
    assert accepted["data"]["results"] == [
        {"criterion_id": "AC-1", "passed": True, "notes": ""},
        {"criterion_id": "AC-2", "passed": True, "notes": ""},
    ]
    assert probe.types()["projects.project.started"] == 1
