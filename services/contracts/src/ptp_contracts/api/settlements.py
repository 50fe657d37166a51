"""Settlement: opened when the project is accepted (or, for a terminated contract, by a manager),
then the specialist submits it, finance approves and pays: paying moves the money (flows.settlement).

Actions are checked against ``domain.settlement.SETTLEMENT_TRANSITIONS`` (409 names the allowed ones);
send ``If-Match`` with the ETag you read (412 when stale).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Response
from ptp_common.auth import CustomerPrincipal, Role, check_customer_record, customer_scope
from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict, Forbidden, NotFound, Unprocessable
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import (
    SettlementApproved,
    SettlementPaid,
    SettlementRejected,
    SettlementRequested,
)
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.money import check_minor_units
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_contracts.api.common import (
    Finance,
    SettlementOpener,
    Specialist,
    conflict_response,
    load_contract,
    problem_responses,
)
from ptp_contracts.api.settlement_schemas import (
    SettlementAdjust,
    SettlementLine,
    SettlementOpen,
    SettlementRead,
    SettlementReject,
)
from ptp_contracts.db.models import Contract, Settlement
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.domain.settlement import (
    SETTLEMENT_MACHINE,
    SettlementKind,
    SettlementStatus,
    settlement_due,
)
from ptp_contracts.flows import settlement as flow
from ptp_contracts.flows.billing import contract_outstanding, contract_paid, installment_outstanding
from ptp_contracts.flows.contract_events import ref
from ptp_contracts.flows.settlement import complete_if_settled, settlement_of

router = APIRouter(tags=["settlements"])


def uncredited(settlement: Settlement) -> Decimal:
    """The adjustment still to credit: once paid, it is in the installments' ``credited``."""
    return Decimal("0") if settlement.status == SettlementStatus.paid else settlement.adjustments


def settlement_read(settlement: Settlement, contract: Contract) -> SettlementRead:
    lines = [
        SettlementLine(
            installment_id=i.id,
            label=i.label,
            amount=i.amount,
            paid=i.paid,
            credited=i.credited,
            outstanding=installment_outstanding(i),
        )
        for i in contract.installments
    ]
    outstanding = contract_outstanding(contract)
    return SettlementRead(
        **{c.key: getattr(settlement, c.key) for c in Settlement.__table__.columns},
        allowed_actions=SETTLEMENT_MACHINE.allowed(settlement.status),
        paid_to_date=contract_paid(contract),
        outstanding=outstanding,
        due=settlement_due(outstanding, uncredited(settlement)),
        lines=lines,
    )


def facts(settlement: Settlement, contract: Contract) -> dict[str, Any]:
    """The SettlementFacts fields of the settlement events; amount = what the contract will have been
    paid once the settlement is paid (paid to date + due), the same before and after paying."""
    paid = contract_paid(contract)
    due = settlement_due(contract_outstanding(contract), uncredited(settlement))
    return {
        **ref(contract),
        "settlement_id": settlement.id,
        "kind": settlement.kind,
        "project_id": settlement.project_id,
        "amount": MoneyAmount(amount=paid + due, currency=settlement.currency),
        "paid_to_date": MoneyAmount(amount=paid, currency=settlement.currency),
    }


async def load(uow: UnitOfWork, settlement_id: str) -> tuple[Settlement, Contract]:
    settlement = await uow.session.get(Settlement, settlement_id)
    if settlement is None:
        raise NotFound(f"no settlement {settlement_id}")
    return settlement, settlement.contract


async def respond(
    uow: UnitOfWork, settlement: Settlement, contract: Contract, response: Response
) -> SettlementRead:
    await uow.session.flush()
    read = settlement_read(settlement, contract)
    await uow.commit()
    set_etag(response, read.version)
    return read


OPENED_BY_ACCEPTANCE = (
    "a settlement is opened by the project's acceptance (projects.project.accepted), or for a "
    "terminated contract by a manager with a reason"
)


@router.post(
    "/contracts/{contract_id}/settlement",
    response_model=SettlementRead,
    status_code=201,
    responses={
        200: {"model": SettlementRead, "description": "The contract's settlement exists: it is returned"},
        **conflict_response(
            "The contract is not terminated (a signed contract is settled when its project is "
            "accepted) and has no settlement yet"
        ),
    },
    summary="Open a termination settlement (manager, terminated contract, with a reason)",
    description=(
        "A settlement is opened **only** by the project's acceptance (the `projects.project.accepted` "
        "event; kind `acceptance`) or, for a **terminated** contract, by a `manager` with a `reason` "
        "(kind `termination`: it pays what was invoiced and is still owed). When the contract already "
        "has its settlement, this answers 200 with it (to a business_specialist or a manager). Otherwise: "
        "a contract that is not terminated is 409 (a signed contract's project was not accepted yet); "
        "on a terminated contract a business_specialist gets 403, and a missing reason is 422 `body.reason`."
    ),
)
async def open_settlement(
    contract_id: str,
    uow: UowDep,
    principal: SettlementOpener,
    response: Response,
    body: Annotated[SettlementOpen, Body()] = SettlementOpen(),
) -> SettlementRead:
    contract = await load_contract(uow, contract_id)
    existing = await settlement_of(uow, contract.id)
    if existing is not None:
        response.status_code = 200
        return await respond(uow, existing, contract, response)
    if contract.status != ContractStatus.terminated:
        why = (
            "this contract is signed and its project was not accepted"
            if contract.status == ContractStatus.signed
            else f"this contract is {contract.status}"
        )
        raise Conflict(f"{OPENED_BY_ACCEPTANCE}; {why}", state=contract.status)
    if not principal.has_any(Role.manager):
        raise Forbidden("a termination settlement is opened by a manager", required_roles=["manager"])
    if not body.reason:
        raise Unprocessable("a termination settlement needs the manager's reason", field="body.reason")
    settlement, _ = await flow.open_settlement(
        uow,
        contract,
        kind=SettlementKind.termination,
        reason=body.reason,
        actor=principal.actor,
        now=utcnow(),
    )
    return await respond(uow, settlement, contract, response)


@router.get(
    "/settlements",
    response_model=Page[SettlementRead],
    summary="List settlements",
    description=(
        "Any authenticated caller. Staff see every settlement; a `client_representative` only those of "
        "its own customer's contracts (the token's `customer_id` claim; 403 without it)."
    ),
    responses=problem_responses({403: "A client representative's token without a customer_id claim"}),
)
async def list_settlements(
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
    status: Annotated[SettlementStatus | None, Query()] = None,
    contract_id: Annotated[str | None, Query()] = None,
) -> Page[SettlementRead]:
    stmt = select(Settlement)
    if (own := customer_scope(principal)) is not None:
        stmt = stmt.join(Contract, Contract.id == Settlement.contract_id).where(Contract.customer_id == own)
    if status is not None:
        stmt = stmt.where(Settlement.status == status)
    if contract_id is not None:
        stmt = stmt.where(Settlement.contract_id == contract_id)
    items, cursor = await paginate(uow.session, stmt, [Settlement.opened_at, Settlement.id], params)
    reads = [settlement_read(s, s.contract) for s in items]
    return Page[SettlementRead](items=reads, next_cursor=cursor)


@router.get(
    "/settlements/{settlement_id}",
    response_model=SettlementRead,
    summary="Read a settlement",
    description=(
        "Any authenticated caller. A `client_representative` reads only its own customer's settlements: "
        "another customer's answers 404, and a token without the customer_id claim 403."
    ),
    responses=problem_responses(
        {
            403: "A client representative's token without a customer_id claim",
            404: "No such settlement, or it is another customer's (client representatives)",
        }
    ),
)
async def get_settlement(
    settlement_id: str, uow: UowDep, principal: CustomerPrincipal, response: Response
) -> SettlementRead:
    settlement, contract = await load(uow, settlement_id)
    check_customer_record(principal, contract.customer_id, f"no settlement {settlement_id}")
    read = settlement_read(settlement, contract)
    set_etag(response, read.version)
    return read


async def _act(
    uow: UnitOfWork, settlement_id: str, action: str, if_match: str | None
) -> tuple[Settlement, Contract]:
    settlement, contract = await load(uow, settlement_id)
    check_if_match(if_match, settlement.version)
    settlement.status = SETTLEMENT_MACHINE.next_state(settlement.status, action)
    settlement.updated_at = utcnow()
    return settlement, contract


@router.post(
    "/settlements/{settlement_id}/adjust",
    response_model=SettlementRead,
    summary="Record a deduction agreed from the acceptance result (zero or negative)",
    description=(
        "business_specialist, while the settlement is open or rejected (409 otherwise). The adjustment "
        "is zero or negative: an increase needs a contract revision (422 `body.adjustments`), and a "
        "deduction cannot exceed what is outstanding (422). It is credited on the installments, from "
        "the last one backwards, when the settlement is paid."
    ),
    responses=conflict_response("The settlement is not open or rejected"),
)
async def adjust_settlement(
    settlement_id: str,
    body: SettlementAdjust,
    uow: UowDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "adjust", if_match)
    try:
        check_minor_units(body.adjustments, settlement.currency)
    except ValueError as exc:
        raise Unprocessable(str(exc), field="body.adjustments") from None
    if body.adjustments > 0:
        raise Unprocessable(
            "an adjustment is a deduction (zero or negative); an increase needs a contract revision",
            field="body.adjustments",
        )
    outstanding = contract_outstanding(contract)
    if outstanding + body.adjustments < 0:
        raise Unprocessable(
            f"the deduction exceeds the outstanding {outstanding} {contract.currency}",
            field="body.adjustments",
        )
    settlement.adjustments = body.adjustments
    settlement.adjustment_note = body.note
    return await respond(uow, settlement, contract, response)


@router.post(
    "/settlements/{settlement_id}/submit",
    response_model=SettlementRead,
    summary="The specialist submits the settlement documents to finance",
    description="business_specialist; from open or rejected (409 otherwise).",
    responses=conflict_response("The settlement is not open or rejected"),
)
async def submit_settlement(
    settlement_id: str, uow: UowDep, principal: Specialist, response: Response, if_match: IfMatch = None
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "submit", if_match)
    settlement.submitted_by = principal.actor
    settlement.rejection_reason = None
    uow.emit(SettlementRequested(**facts(settlement, contract)), subject=contract.id, actor=principal.actor)
    return await respond(uow, settlement, contract, response)


@router.post(
    "/settlements/{settlement_id}/approve",
    response_model=SettlementRead,
    summary="Finance approves the settlement documents",
    description="finance; only a requested settlement (409 otherwise).",
    responses=conflict_response("The settlement is not requested"),
)
async def approve_settlement(
    settlement_id: str, uow: UowDep, principal: Finance, response: Response, if_match: IfMatch = None
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "approve", if_match)
    settlement.decided_by = principal.actor
    uow.emit(
        SettlementApproved(**facts(settlement, contract), approved_by=principal.actor),
        subject=contract.id,
        actor=principal.actor,
    )
    return await respond(uow, settlement, contract, response)


@router.post(
    "/settlements/{settlement_id}/reject",
    response_model=SettlementRead,
    summary="Finance rejects the settlement documents with a reason",
    description="finance; only a requested settlement (409 otherwise).",
    responses=conflict_response("The settlement is not requested"),
)
async def reject_settlement(
    settlement_id: str,
    body: SettlementReject,
    uow: UowDep,
    principal: Finance,
    response: Response,
    if_match: IfMatch = None,
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "reject", if_match)
    settlement.decided_by = principal.actor
    settlement.rejection_reason = body.reason
    uow.emit(
        SettlementRejected(**facts(settlement, contract), rejected_by=principal.actor, reason=body.reason),
        subject=contract.id,
        actor=principal.actor,
    )
    return await respond(uow, settlement, contract, response)


@router.post(
    "/settlements/{settlement_id}/pay",
    response_model=SettlementRead,
    summary="Finance pays the approved settlement: every installment is paid, the contract completed",
    description=(
        "finance; only an approved settlement. In one transaction with its events: every installment "
        "not yet invoiced is invoiced (acceptance settlement), the adjustment is credited from the last "
        "installment backwards, and a payment (reference `settlement:<id>`, one "
        "contracts.payment.received each) is recorded for every installment with something "
        "outstanding, which closes its invoice. The contract becomes `completed` when nothing is "
        "outstanding; a termination settlement leaves it `terminated`. 409 when the settlement is not "
        "approved, when the contract's status does not fit the settlement's kind (acceptance: signed; "
        "termination: terminated) or when the adjustment now exceeds what is outstanding."
    ),
    responses=conflict_response(
        "Not approved; the contract's status does not fit the settlement's kind; the adjustment "
        "exceeds the outstanding"
    ),
)
async def pay_settlement(
    settlement_id: str, uow: UowDep, principal: Finance, response: Response, if_match: IfMatch = None
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "pay", if_match)
    now = utcnow()
    await flow.pay_settlement(uow, settlement, contract, actor=principal.actor, now=now)
    settlement.paid_at = now
    settlement.paid_by = principal.actor
    uow.emit(
        SettlementPaid(**facts(settlement, contract), paid_at=now), subject=contract.id, actor=principal.actor
    )
    complete_if_settled(uow, contract, actor=principal.actor, now=now)
    return await respond(uow, settlement, contract, response)
