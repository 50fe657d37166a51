"""Invoices: their number and their status, computed from the installment's money and the date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum


class InvoiceStatus(StrEnum):
    open = "open"
    overdue = "overdue"
    paid = "paid"
    cancelled = "cancelled"


def invoice_number(year: int, sequence: int) -> str:
    return f"INV-{year}-{sequence:06d}"


def invoice_status(
    installment_status: str, outstanding: Decimal, due_date: dt.date, today: dt.date
) -> InvoiceStatus:
    """cancelled with its installment; paid when nothing is outstanding; overdue when past due
    with something outstanding; open otherwise."""
    if installment_status == "cancelled":
        return InvoiceStatus.cancelled
    if outstanding <= 0:
        return InvoiceStatus.paid
    if today > due_date:
        return InvoiceStatus.overdue
    return InvoiceStatus.open
