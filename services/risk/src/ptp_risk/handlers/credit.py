"""Handlers that feed credit profiles: each merges its fact, then the profile is recomputed.

The customer's profile row is locked first, so two events of one customer never
interleave; facts are merged by time (see ``ptp_risk.domain.credit``), so
replays change nothing and reordered events converge.
"""

from __future__ import annotations

import datetime as dt

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import contracts, crm

from ptp_risk.db import credit_store
from ptp_risk.domain.credit import OverdueObservation, PaymentObservation
from ptp_risk.usecases.credit_profiles import refresh_profile


async def on_payment_overdue(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, contracts.PaymentOverdue)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_overdue(
        uow.session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        installment_id=data.installment_id,
        currency=data.outstanding.currency,
        due_date=data.due_date,
        seen=OverdueObservation(data.as_of, data.outstanding.amount, data.days_overdue),
    )
    await refresh_profile(uow, profile, env)


async def on_payment_received(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, contracts.PaymentReceived)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_payment(
        uow.session,
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
    await refresh_profile(uow, profile, env)


async def on_contract_signed(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, contracts.ContractSigned)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_signed(
        uow.session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        total=data.total.amount,
        currency=data.total.currency,
    )
    await refresh_profile(uow, profile, env)


async def on_settlement_paid(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    assert isinstance(data, contracts.SettlementPaid)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_settled(
        uow.session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        currency=data.amount.currency,
        paid_at=data.paid_at,
    )
    await refresh_profile(uow, profile, env)


async def on_overdue_cleared(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """An installment reported overdue is paid in full: it owes nothing from now on, so the rating
    recovers by the same rules by which it fell (the late payment stays in the payment history,
    which payment.received feeds)."""
    assert isinstance(data, contracts.OverdueCleared)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_cleared(
        uow.session,
        customer_id=data.customer_id,
        contract_id=data.contract_id,
        installment_id=data.installment_id,
        currency=data.contract_outstanding.currency,
        due_date=data.due_date,
        paid_at=data.paid_at,
        days_late=data.days_late,
        contract_outstanding=data.contract_outstanding.amount,
    )
    await refresh_profile(uow, profile, env)


async def on_contract_ended(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """Completed or terminated: the contract counts zero exposure and its installments are no
    longer overdue, for good (an end is final whatever arrives after it)."""
    assert isinstance(data, contracts.ContractCompleted | contracts.ContractTerminated)
    if isinstance(data, contracts.ContractCompleted):
        status, at = "completed", data.completed_at
    else:
        status, at = "terminated", data.terminated_at
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_end(
        uow.session, customer_id=data.customer_id, contract_id=data.contract_id, status=status, at=at
    )
    await refresh_profile(uow, profile, env)


async def on_complaint(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """Opened and resolved complaints: serious open ones weigh on the rating."""
    assert isinstance(data, crm.ComplaintOpened | crm.ComplaintResolved)
    profile = await credit_store.lock_profile(uow.session, data.customer_id, _now())
    await credit_store.observe_complaint(
        uow.session,
        customer_id=data.customer_id,
        complaint_id=data.complaint_id,
        severity=data.severity,
        received_at=data.received_at,
        resolved_at=data.resolved_at if isinstance(data, crm.ComplaintResolved) else None,
    )
    await refresh_profile(uow, profile, env)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
