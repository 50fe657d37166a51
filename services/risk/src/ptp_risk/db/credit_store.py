"""Credit facts in the database: lock a customer's profile, merge observed facts, load them for the model.

Facts are merged with the domain's rules (``InstallmentFacts.observe_*``,
``ContractFacts.observe_outstanding`` / ``observe_end``); this module only maps
rows to and from those value objects. Callers lock the customer's profile row first, so
concurrent events of one customer apply one after another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import Any

from ptp_common.db.statements import insert_or_skip
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_risk.db import batch_rows
from ptp_risk.db.models import (
    ComplaintFact,
    ContractFact,
    CreditProfile,
    InstallmentFact,
    PaymentFact,
)
from ptp_risk.domain import credit
from ptp_risk.domain.credit import BASELINE


async def lock_profile(session: AsyncSession, customer_id: str, now: dt.datetime) -> CreditProfile:
    """The customer's profile row, created at the baseline if new, locked until the transaction ends."""
    return (await lock_profiles(session, {customer_id}, now))[customer_id]


async def lock_profiles(
    session: AsyncSession, customer_ids: Collection[str], now: dt.datetime
) -> dict[str, CreditProfile]:
    """``lock_profile`` for several customers in two statements, locking in customer order."""
    ordered = sorted(customer_ids)
    baseline = {
        "score": BASELINE.score,
        "rating": BASELINE.rating,
        "level": BASELINE.level,
        "figures": {},
        "reasons": [],
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }
    # The profile's only key is customer_id. The rows go as parameters, not as a VALUES list in the
    # statement (not cacheable: compiled anew every time); with RETURNING, SQLAlchemy still sends
    # them as one multi-row INSERT ("insertmanyvalues").
    await session.execute(
        insert_or_skip(CreditProfile, session.get_bind().dialect.name).returning(CreditProfile.customer_id),
        [{"customer_id": c, **baseline} for c in ordered],
    )
    stmt = (
        select(CreditProfile)
        .where(CreditProfile.customer_id.in_(ordered))
        .order_by(CreditProfile.customer_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {p.customer_id: p for p in (await session.execute(stmt)).scalars()}


# -- installments ------------------------------------------------------------------------------
def _installment_value(row: InstallmentFact) -> credit.InstallmentFacts:
    return credit.InstallmentFacts(
        row.installment_id,
        row.contract_id,
        row.currency,
        row.due_date,
        row.lowest_outstanding,
        row.most_days_overdue or 0,
        row.last_notice_at,
        row.last_payment_at,
    )


def _store_installment(row: InstallmentFact, value: credit.InstallmentFacts) -> None:
    row.lowest_outstanding = value.lowest_outstanding
    row.most_days_overdue = value.most_days_overdue
    row.last_notice_at = value.last_notice_at
    row.last_payment_at = value.last_payment_at
    if row.due_date is None:
        row.due_date = value.due_date


async def _installment_row(
    session: AsyncSession,
    installment_id: str,
    customer_id: str,
    contract_id: str,
    currency: str,
    due_date: dt.date | None,
) -> InstallmentFact:
    row = await batch_rows.get(session, InstallmentFact, installment_id)
    if row is None:
        row = InstallmentFact(
            installment_id=installment_id,
            customer_id=customer_id,
            contract_id=contract_id,
            currency=currency,
            due_date=due_date,
        )
        batch_rows.add(session, row)
    return row


async def observe_overdue(
    session: AsyncSession,
    *,
    customer_id: str,
    contract_id: str,
    installment_id: str,
    currency: str,
    due_date: dt.date,
    seen: credit.OverdueObservation,
) -> None:
    row = await _installment_row(session, installment_id, customer_id, contract_id, currency, due_date)
    _store_installment(row, _installment_value(row).observe_overdue(seen))


async def observe_payment(
    session: AsyncSession,
    *,
    customer_id: str,
    contract_id: str,
    installment_id: str,
    payment_id: str,
    currency: str,
    amount: Decimal,
    due_date: dt.date | None,
    seen: credit.PaymentObservation,
    contract_outstanding: Decimal,
) -> None:
    row = await _installment_row(session, installment_id, customer_id, contract_id, currency, due_date)
    _store_installment(row, _installment_value(row).observe_payment(seen))
    if await batch_rows.get(session, PaymentFact, payment_id) is None:
        batch_rows.add(
            session,
            PaymentFact(
                payment_id=payment_id,
                customer_id=customer_id,
                installment_id=installment_id,
                amount=amount,
                currency=currency,
                received_at=seen.received_at,
                days_late=seen.days_late,
            ),
        )
    await _observe_contract_outstanding(
        session, contract_id, customer_id, currency, contract_outstanding, seen.received_at
    )


async def observe_cleared(
    session: AsyncSession,
    *,
    customer_id: str,
    contract_id: str,
    installment_id: str,
    currency: str,
    due_date: dt.date,
    paid_at: dt.datetime,
    days_late: int,
    contract_outstanding: Decimal,
) -> None:
    """An overdue installment was paid in full: it owes 0; the payment itself comes as payment.received."""
    row = await _installment_row(session, installment_id, customer_id, contract_id, currency, due_date)
    _store_installment(row, _installment_value(row).observe_cleared(paid_at, days_late))
    await _observe_contract_outstanding(
        session, contract_id, customer_id, currency, contract_outstanding, paid_at
    )


# -- contracts ---------------------------------------------------------------------------------
def _contract_value(row: ContractFact) -> credit.ContractFacts:
    return credit.ContractFacts(
        row.contract_id,
        row.currency,
        row.total,
        row.outstanding,
        row.last_payment_at,
        row.settled_at,
        row.ended_at,
        row.end_status,
    )


async def _contract_row(
    session: AsyncSession, contract_id: str, customer_id: str, currency: str | None
) -> ContractFact:
    row = await batch_rows.get(session, ContractFact, contract_id)
    if row is None:
        row = ContractFact(contract_id=contract_id, customer_id=customer_id, currency=currency)
        batch_rows.add(session, row)
    elif row.currency is None:
        row.currency = currency  # first seen through its end, which carries no money
    return row


async def _observe_contract_outstanding(
    session: AsyncSession,
    contract_id: str,
    customer_id: str,
    currency: str,
    outstanding: Decimal,
    as_of: dt.datetime,
) -> None:
    contract = await _contract_row(session, contract_id, customer_id, currency)
    merged = _contract_value(contract).observe_outstanding(outstanding, as_of)
    contract.outstanding, contract.last_payment_at = merged.outstanding, merged.last_payment_at


async def observe_signed(
    session: AsyncSession, *, customer_id: str, contract_id: str, total: Decimal, currency: str
) -> None:
    row = await _contract_row(session, contract_id, customer_id, currency)
    row.total = total


async def observe_settled(
    session: AsyncSession, *, customer_id: str, contract_id: str, currency: str, paid_at: dt.datetime
) -> None:
    row = await _contract_row(session, contract_id, customer_id, currency)
    if row.settled_at is None or paid_at < row.settled_at:
        row.settled_at = paid_at


async def observe_end(
    session: AsyncSession, *, customer_id: str, contract_id: str, status: str, at: dt.datetime
) -> None:
    """The contract completed or was terminated: final, whatever arrives after it."""
    row = await _contract_row(session, contract_id, customer_id, None)
    merged = _contract_value(row).observe_end(status, at)
    row.ended_at, row.end_status = merged.ended_at, merged.end_status


# -- complaints --------------------------------------------------------------------------------
async def observe_complaint(
    session: AsyncSession,
    *,
    customer_id: str,
    complaint_id: str,
    severity: str,
    received_at: dt.datetime,
    resolved_at: dt.datetime | None = None,
) -> None:
    row = await batch_rows.get(session, ComplaintFact, complaint_id)
    if row is None:
        row = ComplaintFact(
            complaint_id=complaint_id, customer_id=customer_id, severity=severity, received_at=received_at
        )
        batch_rows.add(session, row)
    if resolved_at is not None:
        row.resolved_at = resolved_at


# -- everything the model reads ----------------------------------------------------------------
async def load_facts(session: AsyncSession, customer_id: str) -> credit.CustomerFacts:
    """Every fact of the customer; inside a batch handler, from the rows it loaded (no query)."""
    cached = batch_rows.facts_of(session, customer_id)
    if cached is not None:
        contracts, installments = cached[ContractFact], cached[InstallmentFact]
        payments, complaints = cached[PaymentFact], cached[ComplaintFact]
    else:
        await session.flush()

        async def rows(model: Any, order: Any) -> list[Any]:
            stmt = select(model).where(model.customer_id == customer_id).order_by(order)
            return list((await session.execute(stmt)).scalars())

        contracts = await rows(ContractFact, ContractFact.contract_id)
        installments = await rows(InstallmentFact, InstallmentFact.installment_id)
        payments = await rows(PaymentFact, PaymentFact.payment_id)
        complaints = await rows(ComplaintFact, ComplaintFact.complaint_id)
    return credit.CustomerFacts(
        contracts=tuple(_contract_value(c) for c in contracts),
        installments=tuple(_installment_value(i) for i in installments),
        payments=tuple(credit.PaymentFacts(p.payment_id, p.days_late) for p in payments),
        complaints=tuple(
            credit.ComplaintFacts(c.complaint_id, c.severity, c.resolved_at is not None) for c in complaints
        ),
    )
