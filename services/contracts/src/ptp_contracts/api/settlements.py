"""Settlement: opened when the project is accepted (or by the specialist), then finance approves and pays.

Actions are checked against ``domain.settlement.SETTLEMENT_TRANSITIONS`` (409 names the allowed ones);
send ``If-Match`` with the ETag you read (412 when stale).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from ptp_common.auth import CurrentPrincipal
from ptp_common.db import utcnow
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict, NotFound, Unprocessable
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import (
    ContractCompleted,
    SettlementApproved,
    SettlementPaid,
    SettlementRejected,
    SettlementRequested,
)
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.pagination import Page, PageParams, page_params, paginate
from ptp_common.money import check_minor_units
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_contracts.api.common import Finance, Specialist, load_contract
from ptp_contracts.api.settlement_schemas import SettlementAdjust, SettlementRead, SettlementReject
from ptp_contracts.db.models import Contract, Settlement
from ptp_contracts.domain.lifecycle import CONTRACT_MACHINE, ContractStatus
from ptp_contracts.domain.settlement import SETTLEMENT_MACHINE, SettlementStatus, settlement_due
from ptp_contracts.flows.billing import contract_paid
from ptp_contracts.flows.contract_events import ref
from ptp_contracts.flows.settlement import open_settlement

router = APIRouter(tags=["settlements"])


def settlement_read(settlement: Settlement, contract: Contract) -> SettlementRead:
    paid = contract_paid(contract)
    return SettlementRead(
        **{c.key: getattr(settlement, c.key) for c in Settlement.__table__.columns},
        allowed_actions=SETTLEMENT_MACHINE.allowed(settlement.status),
        paid_to_date=paid,
        due=settlement_due(settlement.amount, settlement.adjustments, paid),
    )


def facts(settlement: Settlement, contract: Contract) -> dict[str, Any]:
    """The SettlementFacts fields of the settlement events."""
    return {
        **ref(contract),
        "settlement_id": settlement.id,
        "project_id": settlement.project_id,
        "amount": MoneyAmount(
            amount=settlement.amount + settlement.adjustments, currency=settlement.currency
        ),
        "paid_to_date": MoneyAmount(amount=contract_paid(contract), currency=settlement.currency),
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


@router.post(
    "/contracts/{contract_id}/settlement",
    response_model=SettlementRead,
    status_code=201,
    responses={200: {"model": SettlementRead, "description": "The contract's settlement was already open"}},
    summary="Prepare the contract's settlement (one per contract; answers the existing one with 200)",
    description=(
        "Usually opened by projects.project.accepted; the specialist can open it by hand "
        "for a signed contract."
    ),
)
async def open_by_hand(
    contract_id: str, uow: UowDep, principal: Specialist, response: Response
) -> SettlementRead:
    contract = await load_contract(uow, contract_id)
    if contract.status != ContractStatus.signed:
        raise Conflict(
            f"a settlement is prepared for a signed contract; this one is {contract.status}",
            state=contract.status,
        )
    settlement, created = await open_settlement(uow, contract, actor=principal.actor, now=utcnow())
    if not created:
        response.status_code = 200
    return await respond(uow, settlement, contract, response)


@router.get("/settlements", response_model=Page[SettlementRead], summary="List settlements")
async def list_settlements(
    uow: UowDep,
    _: CurrentPrincipal,
    params: Annotated[PageParams, Depends(page_params)],
    status: Annotated[SettlementStatus | None, Query()] = None,
    contract_id: Annotated[str | None, Query()] = None,
) -> Page[SettlementRead]:
    stmt = select(Settlement)
    if status is not None:
        stmt = stmt.where(Settlement.status == status)
    if contract_id is not None:
        stmt = stmt.where(Settlement.contract_id == contract_id)
    items, cursor = await paginate(uow.session, stmt, [Settlement.opened_at, Settlement.id], params)
    reads = [settlement_read(s, s.contract) for s in items]
    return Page[SettlementRead](items=reads, next_cursor=cursor)


@router.get("/settlements/{settlement_id}", response_model=SettlementRead, summary="Read a settlement")
async def get_settlement(
    settlement_id: str, uow: UowDep, _: CurrentPrincipal, response: Response
) -> SettlementRead:
    settlement, contract = await load(uow, settlement_id)
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
    summary="Record adjustments agreed from the acceptance result",
)
async def adjust(
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
    if settlement.amount + body.adjustments < 0:
        raise Unprocessable("adjustments would make the settlement negative", field="body.adjustments")
    settlement.adjustments = body.adjustments
    settlement.adjustment_note = body.note
    return await respond(uow, settlement, contract, response)


@router.post(
    "/settlements/{settlement_id}/submit",
    response_model=SettlementRead,
    summary="The specialist submits the settlement documents to finance",
)
async def submit(
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
)
async def approve(
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
)
async def reject(
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
    summary="Finance pays or confirms payment: the contract is completed",
)
async def pay(
    settlement_id: str, uow: UowDep, principal: Finance, response: Response, if_match: IfMatch = None
) -> SettlementRead:
    settlement, contract = await _act(uow, settlement_id, "pay", if_match)
    now = utcnow()
    settlement.paid_at = now
    settlement.paid_by = principal.actor
    uow.emit(
        SettlementPaid(**facts(settlement, contract), paid_at=now), subject=contract.id, actor=principal.actor
    )
    if (contract.status, "complete") in CONTRACT_MACHINE.table:
        contract.status = CONTRACT_MACHINE.next_state(contract.status, "complete")
        contract.ended_at = now
        contract.updated_at = now
        uow.emit(
            ContractCompleted(**ref(contract), completed_at=now), subject=contract.id, actor=principal.actor
        )
    return await respond(uow, settlement, contract, response)
