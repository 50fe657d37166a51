"""Invoices, payments and credits: an installment becomes due, money arrives, balances follow.

Only a ``signed`` contract takes a new invoice or payment: a completed or terminated one is closed.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from decimal import Decimal

from ptp_common.business_time import business_date
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import InvoiceIssued, OverdueCleared, PaymentReceived
from sqlalchemy import exists, select

from ptp_contracts.db.models import Contract, Installment, Invoice, OverdueNotice, Payment
from ptp_contracts.domain import schedule
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.flows.contract_events import ref
from ptp_contracts.flows.invoice_numbers import next_invoice_number

log = logging.getLogger(__name__)


def installment_outstanding(installment: Installment) -> Decimal:
    """amount - credited - paid; a cancelled installment (never invoiced, contract ended) owes nothing."""
    if installment.status == "cancelled":
        return Decimal("0")
    return schedule.outstanding(installment.amount, paid=installment.paid, credited=installment.credited)


def contract_outstanding(contract: Contract) -> Decimal:
    return sum((installment_outstanding(i) for i in contract.installments), Decimal("0"))


def contract_paid(contract: Contract) -> Decimal:
    return sum((i.paid for i in contract.installments), Decimal("0"))


def money(contract: Contract, amount: Decimal) -> MoneyAmount:
    return MoneyAmount(amount=amount, currency=contract.currency)


async def issue_invoice(
    uow: UnitOfWork, contract: Contract, installment: Installment, trigger_date: dt.date, now: dt.datetime
) -> Invoice | None:
    """Invoice ``installment`` (once): it becomes due; emits invoice.issued.

    ``trigger_date`` is the business date (ptp_common.business_time) of the trigger's instant;
    the due date counts the payment terms from it.

    None when it is already invoiced, or when the contract is not ``signed`` (a completed or
    terminated contract takes no new invoice: a late milestone or acceptance event invoices nothing).
    """
    if contract.status != ContractStatus.signed:
        log.info(
            "contract %s is %s: installment %s not invoiced", contract.id, contract.status, installment.id
        )
        return None
    if installment.status != "scheduled":
        return None
    if installment.due_date is None:
        installment.due_date = schedule.due_date_after(trigger_date, contract.payment_terms_days)
    installment.status = "invoiced"
    invoice = Invoice(
        id=str(uuid.uuid4()),
        # INV-<year>: the year on the company's calendar, like every date here.
        number=await next_invoice_number(uow, business_date(now, uow.business_zone).year),
        contract_id=contract.id,
        installment_id=installment.id,
        amount=installment.amount,
        currency=contract.currency,
        issued_at=now,
        due_date=installment.due_date,
    )
    uow.session.add(invoice)
    uow.emit(
        InvoiceIssued(
            **ref(contract),
            invoice_id=invoice.id,
            installment_id=installment.id,
            amount=money(contract, installment.amount),
            due_date=installment.due_date,
        ),
        subject=contract.id,
    )
    return invoice


async def invoices_of(uow: UnitOfWork, contract_id: str) -> dict[str, Invoice]:
    rows = await uow.session.scalars(select(Invoice).where(Invoice.contract_id == contract_id))
    return {inv.installment_id: inv for inv in rows}


async def _closed(
    uow: UnitOfWork, contract: Contract, installment: Installment, at: dt.datetime, actor: str | None
) -> None:
    """The installment owes nothing now: it is paid; if it was reported overdue, say it is cleared."""
    installment.status = "paid"
    reported = await uow.session.scalar(
        select(exists().where(OverdueNotice.installment_id == installment.id))
    )
    if not reported:
        return
    assert installment.due_date is not None  # only invoiced installments get overdue notices
    uow.emit(
        OverdueCleared(
            **ref(contract),
            installment_id=installment.id,
            due_date=installment.due_date,
            paid_at=at,
            days_late=schedule.days_late(installment.due_date, business_date(at, uow.business_zone)),
            contract_outstanding=money(contract, contract_outstanding(contract)),
        ),
        subject=contract.id,
        actor=actor,
    )


async def record_payment(
    uow: UnitOfWork,
    contract: Contract,
    installment: Installment,
    *,
    amount: Decimal,
    received_at: dt.datetime,
    reference: str,
    actor: str,
    now: dt.datetime,
) -> Payment:
    """Book money against an installment (partial allowed) and emit payment.received with balances;
    paid in full, the installment is paid (and overdue.cleared follows if it was reported overdue)."""
    payment = Payment(
        id=str(uuid.uuid4()),
        contract_id=contract.id,
        installment_id=installment.id,
        amount=amount,
        currency=contract.currency,
        received_at=received_at,
        reference=reference,
        recorded_by=actor,
        recorded_at=now,
    )
    uow.session.add(payment)
    installment.paid = installment.paid + amount
    owed = installment_outstanding(installment)
    uow.emit(
        PaymentReceived(
            **ref(contract),
            payment_id=payment.id,
            installment_id=installment.id,
            amount=money(contract, amount),
            received_at=received_at,
            due_date=installment.due_date,
            days_late=schedule.days_late(installment.due_date, business_date(received_at, uow.business_zone))
            if installment.due_date
            else 0,
            installment_outstanding=money(contract, owed),
            contract_outstanding=money(contract, contract_outstanding(contract)),
        ),
        subject=contract.id,
        actor=actor,
    )
    if owed == 0:
        await _closed(uow, contract, installment, received_at, actor)
    return payment


async def credit(
    uow: UnitOfWork,
    contract: Contract,
    installment: Installment,
    amount: Decimal,
    *,
    at: dt.datetime,
    actor: str,
) -> None:
    """Deduct ``amount`` (a settlement adjustment) from what the installment owes."""
    if amount <= 0:
        return
    installment.credited = installment.credited + amount
    if installment_outstanding(installment) == 0:
        await _closed(uow, contract, installment, at, actor)
