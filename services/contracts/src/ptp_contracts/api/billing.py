"""Payment schedule: balances per installment and per contract, and payments as money arrives."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from ptp_common.auth import CustomerPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, NotFound, Unprocessable
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.money import check_minor_units
from ptp_common.service import RuntimeDep, UowDep
from sqlalchemy import select

from ptp_contracts.api.billing_schemas import (
    InstallmentBalance,
    PaymentCreate,
    PaymentRead,
    ScheduleRead,
)
from ptp_contracts.api.common import (
    CUSTOMER_SCOPED,
    NOT_FOUND_OR_OTHER_CUSTOMER,
    Finance,
    conflict_response,
    load_contract,
    problem_responses,
    visible_contract,
)
from ptp_contracts.api.contract_schemas import InstallmentRead
from ptp_contracts.api.invoice_reads import invoice_read
from ptp_contracts.db.models import Installment, Payment
from ptp_contracts.domain import schedule
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.flows.billing import (
    contract_outstanding,
    contract_paid,
    installment_outstanding,
    invoices_of,
    record_payment,
)

router = APIRouter(tags=["payments"])


@router.get(
    "/contracts/{contract_id}/schedule",
    response_model=ScheduleRead,
    summary="Installments with invoices and balances, and the contract's balance",
    description=CUSTOMER_SCOPED,
    responses=problem_responses(
        {403: "A client representative's token without a customer_id claim", 404: NOT_FOUND_OR_OTHER_CUSTOMER}
    ),
)
async def get_schedule(
    contract_id: str, uow: UowDep, runtime: RuntimeDep, principal: CustomerPrincipal
) -> ScheduleRead:
    contract = await visible_contract(uow, contract_id, principal)
    invoices = await invoices_of(uow, contract_id)
    today = runtime.business_today()
    rows = []
    for inst in contract.installments:
        owed = installment_outstanding(inst)
        late = schedule.days_late(inst.due_date, today) if inst.due_date and owed > 0 else 0
        invoice = invoices.get(inst.id)
        rows.append(
            InstallmentBalance(
                **InstallmentRead.model_validate(inst).model_dump(),
                outstanding=owed,
                overdue_days=late if invoice else 0,
                invoice=invoice_read(invoice, contract.customer_id, today) if invoice else None,
            )
        )
    return ScheduleRead(
        contract_id=contract.id,
        currency=contract.currency,
        total=contract.total,
        paid=contract_paid(contract),
        outstanding=contract_outstanding(contract),
        installments=rows,
    )


@router.post(
    "/installments/{installment_id}/payments",
    status_code=201,
    response_model=PaymentRead,
    summary="Record money received for an invoiced installment (partial payments allowed)",
    description=(
        "finance only. Never more than the installment's outstanding (422 `body.amount`). 409 when the "
        "contract is not `signed` (a completed or terminated contract takes no payment: what a "
        "terminated contract still owes is paid by its termination settlement) or the installment is "
        "not invoiced (not due yet, or already paid). Paid in full, an installment that was reported "
        "overdue emits contracts.overdue.cleared with the payment."
    ),
    responses=conflict_response(
        "The contract is completed or terminated, or the installment is not invoiced"
    ),
)
async def create_payment(
    installment_id: str, body: PaymentCreate, uow: UowDep, principal: Finance, key: IdempotencyKey = None
) -> Any:
    scope = f"POST /installments/{installment_id}/payments"
    idem = Idempotency(uow, key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    installment = await uow.session.get(Installment, installment_id)
    if installment is None:
        raise NotFound(f"no installment {installment_id}")
    contract = await load_contract(uow, installment.contract_id)
    if contract.status != ContractStatus.signed:
        raise Conflict(
            f"the contract is {contract.status}: it takes no payment (only a signed contract does)",
            state=contract.status,
        )
    if installment.status != "invoiced":
        raise Conflict(
            f"installment is {installment.status}; payments are recorded against invoiced installments",
            state=installment.status,
        )
    if body.currency is not None and body.currency != contract.currency:
        raise Unprocessable(f"the contract is in {contract.currency}", field="body.currency")
    now = utcnow()
    if body.received_at is not None and body.received_at > now:
        raise Unprocessable("money cannot arrive in the future", field="body.received_at")
    owed = installment_outstanding(installment)
    if body.amount > owed:
        raise Unprocessable(f"amount exceeds the outstanding {owed} {contract.currency}", field="body.amount")
    try:
        check_minor_units(body.amount, contract.currency)
    except ValueError as exc:
        raise Unprocessable(str(exc), field="body.amount") from None
    payment = await record_payment(
        uow,
        contract,
        installment,
        amount=body.amount,
        received_at=body.received_at or now,
        reference=body.reference,
        actor=principal.actor,
        now=now,
    )
    await uow.session.flush()
    read = payment_read(payment, installment, contract_outstanding(contract))
    return await idem.created(read)


@router.get(
    "/contracts/{contract_id}/payments",
    response_model=Page[PaymentRead],
    summary="Payments received for a contract, oldest first",
    description=CUSTOMER_SCOPED,
    responses=problem_responses(
        {403: "A client representative's token without a customer_id claim", 404: NOT_FOUND_OR_OTHER_CUSTOMER}
    ),
)
async def list_contract_payments(
    contract_id: str,
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
) -> Page[PaymentRead]:
    contract = await visible_contract(uow, contract_id, principal)
    by_id = {i.id: i for i in contract.installments}
    stmt = select(Payment).where(Payment.contract_id == contract_id)
    items, cursor = await paginate(uow.session, stmt, [Payment.received_at, Payment.id], params)
    total_owed = contract_outstanding(contract)
    reads = [payment_read(p, by_id[p.installment_id], total_owed) for p in items]
    return Page[PaymentRead](items=reads, next_cursor=cursor)


def payment_read(payment: Payment, installment: Installment, contract_owed: Decimal) -> PaymentRead:
    return PaymentRead(
        id=payment.id,
        contract_id=payment.contract_id,
        installment_id=payment.installment_id,
        amount=payment.amount,
        currency=payment.currency,
        received_at=payment.received_at,
        reference=payment.reference,
        recorded_by=payment.recorded_by,
        installment_outstanding=installment_outstanding(installment),
        contract_outstanding=contract_owed,
    )
