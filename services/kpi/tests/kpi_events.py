"""Test helpers (imported by the tests; conftest puts this folder on the path): build suite
events and feed them through the kpi consumer."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import contracts, crm, projects, risk
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.messaging.bus import IncomingMessage
from ptp_common.messaging.consumer import Outcome
from ptp_common.service import ServiceRuntime

NOV = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)


def eur(amount: str) -> MoneyAmount:
    return MoneyAmount(amount=Decimal(amount), currency="EUR")


class Deal:
    """One deal's events, all under one correlation id, owned by ``owner``."""

    def __init__(self, owner: str = "alice", customer_id: str | None = None) -> None:
        self.correlation_id = str(uuid.uuid4())
        self.owner = owner
        self.customer_id = customer_id or f"cust-{uuid.uuid4().hex[:8]}"
        self.contract_id = f"ctr-{uuid.uuid4().hex[:8]}"

    def envelope(self, source: str, data: EventData, *, actor: str | None = None,
                 subject: str | None = None) -> Envelope:
        return new_envelope(source, data, subject=subject or self.contract_id,
                            actor=actor or self.owner, correlation_id=self.correlation_id,
                            time=NOV)

    def registered(self) -> Envelope:
        return self.envelope("crm", crm.CustomerRegistered(
            customer_id=self.customer_id, name="ACME", owner=self.owner, channel="referral"),
            subject=self.customer_id)

    def signed(self, total: str = "10000.00") -> Envelope:
        return self.envelope("contracts", contracts.ContractSigned(
            contract_id=self.contract_id, customer_id=self.customer_id, owner=self.owner,
            title="Support", total=eur(total), effective_date=NOV.date(), scope="support",
            signed_at=NOV))

    def paid(self, amount: str, payment_id: str | None = None, *, installment: str = "i-1",
             received_at: dt.datetime = NOV, contract_left: str = "0") -> Envelope:
        return self.envelope("contracts", contracts.PaymentReceived(
            contract_id=self.contract_id, customer_id=self.customer_id, owner=self.owner,
            payment_id=payment_id or uuid.uuid4().hex, installment_id=installment,
            amount=eur(amount), received_at=received_at, installment_outstanding=eur("0"),
            contract_outstanding=eur(contract_left)), actor="service:contracts")

    def settlement_paid(self, amount: str, paid_to_date: str, settlement_id: str = "st-1") -> Envelope:
        return self.envelope("contracts", contracts.SettlementPaid(
            contract_id=self.contract_id, customer_id=self.customer_id, owner=self.owner,
            settlement_id=settlement_id, amount=eur(amount), paid_to_date=eur(paid_to_date),
            paid_at=NOV), actor="fiona")

    def terminated(self) -> Envelope:
        return self.envelope("contracts", contracts.ContractTerminated(
            contract_id=self.contract_id, customer_id=self.customer_id, owner=self.owner,
            reason="client withdrew", terminated_at=NOV), actor="mia")

    def project_cancelled(self) -> Envelope:
        return self.envelope("projects", projects.ProjectCancelled(
            project_id=f"prj-{self.contract_id}", contract_id=self.contract_id,
            customer_id=self.customer_id, reason="contract terminated", cancelled_at=NOV,
            tasks_cancelled=3), actor="service:projects")

    def responded(self, within: bool, minutes: float, agent: str = "carol") -> Envelope:
        return self.envelope("crm", crm.ComplaintResponded(
            complaint_id=uuid.uuid4().hex, customer_id=self.customer_id, category="delay",
            severity="medium", channel="phone", received_at=NOV, response_deadline=NOV,
            responded_at=NOV, response_minutes=minutes, within_deadline=within), actor=agent)

    def resolved(self, satisfaction: int | None, agent: str = "carol") -> Envelope:
        return self.envelope("crm", crm.ComplaintResolved(
            complaint_id=uuid.uuid4().hex, customer_id=self.customer_id, category="delay",
            severity="high", channel="phone", received_at=NOV, response_deadline=NOV,
            resolved_at=NOV, resolution="replaced the part", satisfaction=satisfaction),
            actor=agent)

    def feedback(self, score: int) -> Envelope:
        return self.envelope("crm", crm.FeedbackReceived(
            feedback_id=uuid.uuid4().hex, customer_id=self.customer_id, score=score,
            owner=self.owner))

    def risk_changed(self) -> Envelope:
        return self.envelope("risk", risk.RiskLevelChanged(
            risk_id=uuid.uuid4().hex, kind="credit", previous_level="low", level="high",
            customer_id=self.customer_id), actor="service:risk")


def message(env: Envelope) -> IncomingMessage:
    return IncomingMessage(message_id=env.id, routing_key=env.type,
                           body=env.model_dump_json().encode())


async def feed(runtime: ServiceRuntime, *envelopes: Envelope) -> list[Outcome]:
    """Deliver events to kpi's consumer as the bus would (inbox, handler, commit)."""
    assert runtime.consumer is not None
    return [await runtime.consumer.process(message(env)) for env in envelopes]


def unknown_event(**extra: Any) -> Envelope:
    """An event of a type this build has never heard of (a newer service's)."""
    return Envelope(source="newsvc", type="newsvc.thing.happened",
                    time=NOV, dataschema="urn:ptp:event:newsvc.thing.happened:v1",
                    correlationid=str(uuid.uuid4()), actor="zoe", data={"thing": 1, **extra})
