"""Fixtures of the projects tests: a signed contract as contracts publishes it, and its delivery."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.contracts import ContractSigned, ContractTerminated
from ptp_common.messaging.bus import OutgoingMessage
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import running_app
from ptp_projects.service import definition

# The test kit sits beside this file; --import-mode=importlib does not put it on the path.
sys.path.insert(0, str(Path(__file__).parent))
from projects_testkit import Service

SignedContract = Callable[..., ContractSigned]


@pytest.fixture
def signed_contract() -> SignedContract:
    """A contract with two milestones, three deliverables (one unscheduled) and two criteria."""

    def make(contract_id: str = "C-1", **overrides: Any) -> ContractSigned:
        values: dict[str, Any] = {
            "contract_id": contract_id,
            "customer_id": "CUST-7",
            "customer_name": "Acme Logistics",
            "owner": "sam",
            "title": "Network rollout for Acme",
            "total": {"amount": "120000.00", "currency": "EUR"},
            "effective_date": dt.date(2026, 3, 1),
            "scope": "Design and roll out the WAN",
            "deliverables": [
                {"deliverable_id": "D-1", "name": "Network design", "due_date": "2026-03-20"},
                {"deliverable_id": "D-2", "name": "Rollout", "due_date": "2026-05-15"},
                {"deliverable_id": "D-3", "name": "Training", "due_date": "2026-05-29"},
            ],
            "milestones": [
                {"milestone_id": "M-2", "name": "Go-live", "due_date": "2026-05-15",
                 "deliverable_ids": ["D-2"]},
                {"milestone_id": "M-1", "name": "Design approved", "due_date": "2026-03-31",
                 "deliverable_ids": ["D-1"]},
            ],
            "acceptance_criteria": [
                {"criterion_id": "AC-1", "description": "All 40 sites online"},
                {"criterion_id": "AC-2", "description": "Latency under 50 ms"},
            ],
            "signed_at": dt.datetime(2026, 2, 27, 15, 0, tzinfo=dt.UTC),
        }
        values.update(overrides)
        return ContractSigned.model_validate(values)

    return make


@pytest.fixture
def terminated_contract() -> Callable[..., ContractTerminated]:
    """contracts.contract.terminated for the signed_contract fixture's contract."""

    def make(contract_id: str = "C-1", **overrides: Any) -> ContractTerminated:
        values: dict[str, Any] = {
            "contract_id": contract_id,
            "customer_id": "CUST-7",
            "owner": "sam",
            "reason": "client insolvent",
            "terminated_at": dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC),
        }
        values.update(overrides)
        return ContractTerminated.model_validate(values)

    return make


ContractMessage = Callable[[EventData], OutgoingMessage]


@pytest.fixture
def contract_message() -> ContractMessage:
    """A contracts event as the contracts relay puts it on the bus (a new message id each call)."""

    def make(data: EventData) -> OutgoingMessage:
        subject = getattr(data, "contract_id", None)
        env: Envelope = new_envelope("contracts", data, subject=subject, actor="sam")
        return OutgoingMessage(
            message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode()
        )

    return make


@pytest.fixture
async def service(database_url: str) -> AsyncIterator[Service]:
    async with running_app(definition, database_url) as (_, client, runtime):
        yield client, runtime


@pytest.fixture
async def sqlite_service(sqlite_url: str) -> AsyncIterator[Service]:
    async with running_app(definition, sqlite_url) as (_, client, runtime):
        yield client, runtime


@pytest.fixture
def deliver(contract_message: ContractMessage) -> Callable[[ServiceRuntime, EventData], Any]:
    async def publish(runtime: ServiceRuntime, data: EventData) -> None:
        """Publish a contracts event on the in-process bus: applied before this returns."""
        await asyncio.wait_for(runtime.bus_connected.wait(), 10)  # subscribed, not dropped
        await runtime.bus.publish([contract_message(data)])

    return publish
