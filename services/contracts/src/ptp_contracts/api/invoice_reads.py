"""An invoice as finance reads it: its status and balance computed from its installment and today."""

from __future__ import annotations

import datetime as dt

from ptp_contracts.api.billing_schemas import InvoiceRead
from ptp_contracts.db.models import Invoice
from ptp_contracts.domain import schedule
from ptp_contracts.domain.invoices import InvoiceStatus, invoice_status
from ptp_contracts.flows.billing import installment_outstanding


def invoice_read(invoice: Invoice, customer_id: str, today: dt.date) -> InvoiceRead:
    installment = invoice.installment
    owed = installment_outstanding(installment)
    status = invoice_status(installment.status, owed, invoice.due_date, today)
    return InvoiceRead(
        id=invoice.id,
        number=invoice.number,
        contract_id=invoice.contract_id,
        customer_id=customer_id,
        installment_id=invoice.installment_id,
        amount=invoice.amount,
        currency=invoice.currency,
        issued_at=invoice.issued_at,
        due_date=invoice.due_date,
        status=status,
        paid=installment.paid,
        outstanding=owed,
        overdue_days=schedule.days_late(invoice.due_date, today) if status is InvoiceStatus.overdue else 0,
    )
