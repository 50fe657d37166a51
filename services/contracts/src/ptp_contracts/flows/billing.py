"""Invoices and payments: an installment becomes due, money arrives, balances follow."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import InvoiceIssued, PaymentReceived
from sqlalchemy import select

from ptp_contracts.db.models import Contract, Installment, Invoice, Payment
from ptp_contracts.domain import schedule


def contract_outstanding(contract: Contract) -> Decimal:
    return sum((schedule.outstanding(i.amount, i.paid) for i in contract.installments), Decimal("0"))


def contract_paid(contract: Contract) -> Decimal:
    return sum((i.paid for i in contract.installments), Decimal("0"))


async def issue_invoice(
    uow: UnitOfWork, contract: Contract, installment: Installment, trigger_date: dt.date, now: dt.datetime
) -> Invoice | None:
    """Invoice ``installment`` (once): it becomes due; emits invoice.issued. None if already invoiced."""
    if installment.status != "scheduled":
        return None
    if installment.due_date is None:
        installment.due_date = schedule.due_date_after(trigger_date, contract.payment_terms_days)
    installment.status = "invoiced"
    invoice = Invoice(
        id=str(uuid.uuid4()),
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
            contract_id=contract.id,
            customer_id=contract.customer_id,
            owner=contract.owner,
            invoice_id=invoice.id,
            installment_id=installment.id,
            amount=MoneyAmount(amount=installment.amount, currency=contract.currency),
            due_date=installment.due_date,
        ),
        subject=contract.id,
    )
    return invoice


async def invoices_of(uow: UnitOfWork, contract_id: str) -> dict[str, Invoice]:
    rows = await uow.session.scalars(select(Invoice).where(Invoice.contract_id == contract_id))
    return {inv.installment_id: inv for inv in rows}


def record_payment(
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
    """Book money against an installment (partial allowed) and emit payment.received with balances."""
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
    if schedule.outstanding(installment.amount, installment.paid) == 0:
        installment.status = "paid"
    uow.emit(
        PaymentReceived(
            contract_id=contract.id,
            customer_id=contract.customer_id,
            owner=contract.owner,
            payment_id=payment.id,
            installment_id=installment.id,
            amount=MoneyAmount(amount=amount, currency=contract.currency),
            received_at=received_at,
            due_date=installment.due_date,
            days_late=schedule.days_late(installment.due_date, received_at.date())
            if installment.due_date
            else 0,
            installment_outstanding=MoneyAmount(
                amount=schedule.outstanding(installment.amount, installment.paid), currency=contract.currency
            ),
            contract_outstanding=MoneyAmount(
                amount=contract_outstanding(contract), currency=contract.currency
            ),
        ),
        subject=contract.id,
        actor=actor,
    )
    return payment
