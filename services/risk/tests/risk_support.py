"""Helpers for the risk service's event and API tests: event factories, a driver on the bus."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import httpx
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import (
    ContractCompleted,
    ContractSigned,
    ContractTerminated,
    OverdueCleared,
    PaymentOverdue,
    PaymentReceived,
    SettlementPaid,
)
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.messaging.bus import Bus, IncomingMessage, OutgoingMessage
from ptp_common.service import ServiceRuntime
from ptp_common.testing.waiting import eventually
from sqlalchemy import select

T0 = dt.datetime(2026, 11, 2, 6, 0, tzinfo=dt.UTC)


def eur(amount: str) -> MoneyAmount:
    return MoneyAmount(amount=Decimal(amount), currency="EUR")


def overdue(
    customer: str,
    *,
    days: int,
    outstanding: str,
    as_of: dt.datetime = T0,
    installment: str = "inst-1",
    contract: str = "con-1",
) -> PaymentOverdue:
    installment, contract = f"{customer}:{installment}", f"{customer}:{contract}"
    return PaymentOverdue(
        contract_id=contract,
        customer_id=customer,
        owner="sam",
        installment_id=installment,
        outstanding=eur(outstanding),
        due_date=(as_of - dt.timedelta(days=days)).date(),
        days_overdue=days,
        threshold_days=days,
        as_of=as_of,
    )


def received(
    customer: str,
    *,
    at: dt.datetime,
    installment_left: str,
    contract_left: str,
    days_late: int,
    payment: str = "pay-1",
    amount: str = "1000.00",
    installment: str = "inst-1",
    contract: str = "con-1",
) -> PaymentReceived:
    installment, contract = f"{customer}:{installment}", f"{customer}:{contract}"
    payment = f"{customer}:{payment}"
    return PaymentReceived(
        contract_id=contract,
        customer_id=customer,
        owner="sam",
        payment_id=payment,
        installment_id=installment,
        amount=eur(amount),
        received_at=at,
        days_late=days_late,
        installment_outstanding=eur(installment_left),
        contract_outstanding=eur(contract_left),
    )


def signed(customer: str, total: str, contract: str = "con-1") -> ContractSigned:
    contract = f"{customer}:{contract}"
    return ContractSigned(
        contract_id=contract,
        customer_id=customer,
        owner="sam",
        title="Fit-out",
        total=eur(total),
        effective_date=T0.date(),
        scope="everything",
        signed_at=T0 - dt.timedelta(days=90),
    )


def cleared(
    customer: str,
    *,
    at: dt.datetime,
    days: int,
    contract_left: str,
    installment: str = "inst-1",
    contract: str = "con-1",
) -> OverdueCleared:
    installment, contract = f"{customer}:{installment}", f"{customer}:{contract}"
    return OverdueCleared(
        contract_id=contract,
        customer_id=customer,
        owner="sam",
        installment_id=installment,
        due_date=(at - dt.timedelta(days=days)).date(),
        paid_at=at,
        days_late=days,
        contract_outstanding=eur(contract_left),
    )


def ended(
    customer: str, how: str, *, at: dt.datetime = T0, contract: str = "con-1"
) -> ContractCompleted | ContractTerminated:
    contract = f"{customer}:{contract}"
    if how == "completed":
        return ContractCompleted(contract_id=contract, customer_id=customer, owner="sam", completed_at=at)
    return ContractTerminated(
        contract_id=contract, customer_id=customer, owner="sam", reason="client withdrew", terminated_at=at
    )


def settled(customer: str, amount: str, *, at: dt.datetime = T0, contract: str = "con-1") -> SettlementPaid:
    return SettlementPaid(
        contract_id=f"{customer}:{contract}",
        customer_id=customer,
        owner="sam",
        settlement_id=f"{customer}:st-1",
        amount=eur(amount),
        paid_to_date=eur("0.00"),
        paid_at=at,
    )


def as_message(env: Envelope) -> OutgoingMessage:
    return OutgoingMessage(message_id=env.id, routing_key=env.type, body=env.model_dump_json().encode())


async def crm_registers(runtime: ServiceRuntime, *customers: str) -> None:
    """crm.customer.registered for each customer reaches risk (in-process bus: applied on return)."""
    events = [new_envelope("crm", CustomerRegistered(customer_id=c, name=c), subject=c) for c in customers]
    await runtime.bus.publish([as_message(env) for env in events])


@dataclass
class EventDriver:
    """Publishes other services' events to the risk service and watches what risk publishes."""

    bus: Bus
    runtime: ServiceRuntime
    client: httpx.AsyncClient
    published: list[Envelope] = field(default_factory=list)

    async def send(
        self, data: EventData, *, source: str = "contracts", same_as: Envelope | None = None
    ) -> Envelope:
        env = same_as or new_envelope(source, data, subject=getattr(data, "customer_id", None))
        await self.bus.publish([as_message(env)])
        return env

    async def handled(self, *envs: Envelope) -> None:
        """Wait until risk's consumer applied (or skipped as duplicate) every one of ``envs``."""
        inbox = self.runtime.db.inbox
        wanted = {e.id for e in envs}

        async def done() -> bool:
            async with self.runtime.db.sessions() as session:
                rows = await session.execute(select(inbox.c.message_id).where(inbox.c.message_id.in_(wanted)))
                return set(rows.scalars()) == wanted

        await eventually(done, what=f"risk to handle {len(wanted)} events")

    async def collect(self, message: IncomingMessage) -> None:
        self.published.append(Envelope.model_validate_json(message.body))

    def of(self, event_type: str, customer_id: str) -> list[Envelope]:
        return [
            e for e in self.published if e.type == event_type and e.data.get("customer_id") == customer_id
        ]


async def wait_for_published(driver: EventDriver, event_type: str, customer_id: str, count: int = 1) -> None:
    async def arrived() -> bool:
        return len(driver.of(event_type, customer_id)) >= count

    await eventually(arrived, what=f"{count} x {event_type} for {customer_id}")
