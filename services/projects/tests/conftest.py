"""Fixtures of the projects tests: a signed contract as contracts publishes it, and its delivery."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.schemas.contracts import ContractSigned
from ptp_common.messaging.bus import OutgoingMessage

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


ContractMessage = Callable[[ContractSigned], OutgoingMessage]


@pytest.fixture
def contract_message() -> ContractMessage:
    """contract.signed as the contracts relay puts it on the bus (a new message id each call)."""

    def make(contract: ContractSigned) -> OutgoingMessage:
        env: Envelope = new_envelope("contracts", contract, subject=contract.contract_id, actor="sam")
        return OutgoingMessage(
            message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode()
        )

    return make
