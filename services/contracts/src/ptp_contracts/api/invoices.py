"""Invoices across contracts, as finance works from them: numbered, with status and balance.

An invoice's status is not stored: it is read from its installment (which is ``paid`` exactly when
nothing is outstanding on it, ``cancelled`` when the contract ended before it was invoiced) and
today's business date (the runtime clock on the company's calendar, PTP_BUSINESS_TIMEZONE), so a list
filtered by status agrees with each invoice read alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Query
from ptp_common.errors import NotFound
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import contains_eager

from ptp_contracts.api.billing_schemas import InvoiceRead
from ptp_contracts.api.common import InvoiceReader
from ptp_contracts.api.invoice_reads import invoice_read
from ptp_contracts.db.models import Contract, Installment, Invoice
from ptp_contracts.domain.invoices import InvoiceStatus

router = APIRouter(tags=["payments"])

READERS = "finance, manager, business_specialist, auditor, admin and service (403 for other roles)"


def status_is(status: InvoiceStatus, today: dt.date) -> ColumnElement[bool]:
    """The SQL spelling of domain.invoices.invoice_status for one status."""
    if status is InvoiceStatus.paid:
        return Installment.status == "paid"
    if status is InvoiceStatus.cancelled:
        return Installment.status == "cancelled"
    past_due = Invoice.due_date < today
    return and_(Installment.status == "invoiced", past_due if status is InvoiceStatus.overdue else ~past_due)


async def customers_of(uow: UowDep, contract_ids: Iterable[str]) -> dict[str, str]:
    rows = await uow.session.execute(
        select(Contract.id, Contract.customer_id).where(Contract.id.in_(set(contract_ids)))
    )
    return {contract_id: customer_id for contract_id, customer_id in rows}


@router.get(
    "/invoices",
    response_model=Page[InvoiceRead],
    summary="Invoices across contracts by due date (filters: status, customer, contract, due date)",
    description=(
        f"Readers: {READERS}. `status`: open | overdue (past due today with something outstanding) | "
        "paid | cancelled. `due_before` / `due_after` are strict (due date < / > the given day)."
    ),
)
async def list_invoices(
    uow: UowDep,
    runtime: RuntimeDep,
    _: InvoiceReader,
    params: PageDep,
    status: Annotated[InvoiceStatus | None, Query()] = None,
    customer_id: Annotated[str | None, Query()] = None,
    contract_id: Annotated[str | None, Query()] = None,
    due_before: Annotated[dt.date | None, Query(description="due date strictly before this day")] = None,
    due_after: Annotated[dt.date | None, Query(description="due date strictly after this day")] = None,
) -> Page[InvoiceRead]:
    today = runtime.business_today()
    stmt = select(Invoice).join(Invoice.installment).options(contains_eager(Invoice.installment))
    if status is not None:
        stmt = stmt.where(status_is(status, today))
    if customer_id is not None:
        stmt = stmt.join(Contract, Contract.id == Invoice.contract_id)
        stmt = stmt.where(Contract.customer_id == customer_id)
    if contract_id is not None:
        stmt = stmt.where(Invoice.contract_id == contract_id)
    if due_before is not None:
        stmt = stmt.where(Invoice.due_date < due_before)
    if due_after is not None:
        stmt = stmt.where(Invoice.due_date > due_after)
    items, cursor = await paginate(uow.session, stmt, [Invoice.due_date, Invoice.number], params)
    customers = await customers_of(uow, (i.contract_id for i in items))
    reads = [invoice_read(i, customers[i.contract_id], today) for i in items]
    return Page[InvoiceRead](items=reads, next_cursor=cursor)


@router.get(
    "/invoices/{invoice_id}",
    response_model=InvoiceRead,
    summary="Read an invoice with its status and balance",
    description=f"Readers: {READERS}.",
)
async def get_invoice(invoice_id: str, uow: UowDep, runtime: RuntimeDep, _: InvoiceReader) -> InvoiceRead:
    invoice = await uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound(f"no invoice {invoice_id}")
    customers = await customers_of(uow, [invoice.contract_id])
    return invoice_read(invoice, customers[invoice.contract_id], runtime.business_today())
