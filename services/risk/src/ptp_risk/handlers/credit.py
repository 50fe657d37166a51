"""Handlers that feed credit profiles: each merges its fact, then the profile is recomputed.

The customer's profile row is locked first, so two events of one customer never
interleave; facts are merged by time (see ``ptp_risk.domain.credit``), so
replays change nothing and reordered events converge.

Each event type has an *observation* (merge its fact); ``credit_handler`` makes the per-event
handler of one; ``handlers.batch`` applies a delivered batch's credit events (with its reference
events) with the rows they read loaded at once, then each event's observation in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import contracts, crm
from ptp_common.messaging.consumer import Handler
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_risk.db import credit_store
from ptp_risk.domain.credit import OverdueObservation, PaymentObservation
from ptp_risk.usecases.credit_profiles import refresh_profile

Observation = Callable[[AsyncSession, EventData], Awaitable[None]]


async def _payment_overdue(session: AsyncSession, data: EventData) -> None:
    assert isinstance(data, contracts.PaymentOverdue)
    await credit_store.observe_overdue(
        session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        installment_id=data.installment_id,
        currency=data.outstanding.currency,
        due_date=data.due_date,
        seen=OverdueObservation(data.as_of, data.outstanding.amount, data.days_overdue),
    )


async def _payment_received(session: AsyncSession, data: EventData) -> None:
    assert isinstance(data, contracts.PaymentReceived)
    await credit_store.observe_payment(
        session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        installment_id=data.installment_id,
        payment_id=data.payment_id,
        currency=data.amount.currency,
        amount=data.amount.amount,
        due_date=data.due_date,
        seen=PaymentObservation(data.received_at, data.installment_outstanding.amount, data.days_late),
        contract_outstanding=data.contract_outstanding.amount,
    )


async def _contract_signed(session: AsyncSession, data: EventData) -> None:
    assert isinstance(data, contracts.ContractSigned)
    await credit_store.observe_signed(
        session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        total=data.total.amount,
        currency=data.total.currency,
    )


async def _settlement_paid(session: AsyncSession, data: EventData) -> None:
    assert isinstance(data, contracts.SettlementPaid)
    await credit_store.observe_settled(
        session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        currency=data.amount.currency,
        paid_at=data.paid_at,
    )


async def _overdue_cleared(session: AsyncSession, data: EventData) -> None:
    """An installment reported overdue is paid in full: it owes nothing from now on, so the rating
    recovers by the same rules by which it fell (the late payment stays in the payment history,
    which payment.received feeds)."""
    assert isinstance(data, contracts.OverdueCleared)
    await credit_store.observe_cleared(
        session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        installment_id=data.installment_id,
        currency=data.contract_outstanding.currency,
        due_date=data.due_date,
        paid_at=data.paid_at,
        days_late=data.days_late,
        contract_outstanding=data.contract_outstanding.amount,
    )


async def _contract_ended(session: AsyncSession, data: EventData) -> None:
    """Completed or terminated: the contract counts zero exposure and its installments are no
    longer overdue, for good (an end is final whatever arrives after it)."""
    assert isinstance(data, contracts.ContractCompleted | contracts.ContractTerminated)
    if isinstance(data, contracts.ContractCompleted):
        status, at = "completed", data.completed_at
    else:
        status, at = "terminated", data.terminated_at
    await credit_store.observe_end(
        session, customer_id=data.customer_id, contract_id=data.contract_id, status=status, at=at
    )


async def _complaint(session: AsyncSession, data: EventData) -> None:
    """Opened and resolved complaints: serious open ones weigh on the rating."""
    assert isinstance(data, crm.ComplaintOpened | crm.ComplaintResolved)
    await credit_store.observe_complaint(
        session,
        customer_id=data.customer_id,
        complaint_id=data.complaint_id,
        severity=data.severity,
        received_at=data.received_at,
        resolved_at=data.resolved_at if isinstance(data, crm.ComplaintResolved) else None,
    )


OBSERVATIONS: dict[str, Observation] = {
    "contracts.payment.overdue": _payment_overdue,
    "contracts.payment.received": _payment_received,
    "contracts.contract.signed": _contract_signed,
    "contracts.settlement.paid": _settlement_paid,
    "contracts.overdue.cleared": _overdue_cleared,
    "contracts.contract.completed": _contract_ended,
    "contracts.contract.terminated": _contract_ended,
    "crm.complaint.opened": _complaint,
    "crm.complaint.resolved": _complaint,
}


def customer_of(data: EventData) -> str:
    customer_id = getattr(data, "customer_id", None)
    assert isinstance(customer_id, str), f"a credit event names its customer: {data!r}"
    return customer_id


def credit_handler(observe: Observation) -> Handler:
    """The per-event handler: lock the customer's profile, merge the fact, recompute."""

    async def handle(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
        profile = await credit_store.lock_profile(uow.session, customer_of(data), _now())
        await observe(uow.session, data)
        await refresh_profile(uow, profile, env)

    handle.__name__ = f"on{observe.__name__}"
    return handle


on_payment_overdue = credit_handler(_payment_overdue)
on_payment_received = credit_handler(_payment_received)
on_contract_signed = credit_handler(_contract_signed)
on_settlement_paid = credit_handler(_settlement_paid)
on_overdue_cleared = credit_handler(_overdue_cleared)
on_contract_ended = credit_handler(_contract_ended)
on_complaint = credit_handler(_complaint)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
