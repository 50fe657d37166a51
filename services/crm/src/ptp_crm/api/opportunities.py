"""Opportunities through their stages: prospect -> needs -> solution -> negotiation -> won | lost."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import Specialist, get_or_404, get_referenced, now
from ptp_crm.api.money import MoneyIn, MoneyRead, money_read
from ptp_crm.db.models import Customer, Opportunity
from ptp_crm.domain.opportunities import OPPORTUNITY_MACHINE

router = APIRouter(prefix="/opportunities", tags=["opportunities"])

Probability = Annotated[int, Field(ge=0, le=100, description="Chance of winning, percent")]


class OpportunityCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "customer_id": "6f1c6a52-1d5e-4f4e-9c39-0d7f2d3c9a10",
                    "title": "Fleet telematics rollout",
                    "expected_revenue": {"amount": "250000.00", "currency": "EUR"},
                    "probability": 40,
                }
            ]
        }
    )

    customer_id: str
    title: str = Field(min_length=1, max_length=200)
    expected_revenue: MoneyIn | None = None
    probability: Probability = 10


class OpportunityUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"probability": 60}]})

    title: str | None = Field(default=None, min_length=1, max_length=200)
    expected_revenue: MoneyIn | None = None
    probability: Probability | None = None


class LoseRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "chose a competitor on price"}]})

    reason: str = Field(min_length=1, max_length=2000)


class OpportunityRead(BaseModel):
    id: str
    customer_id: str
    lead_id: str | None
    title: str
    stage: str
    allowed_actions: list[str]
    expected_revenue: MoneyRead | None
    probability: int
    lost_reason: str | None
    owner: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int


def opportunity_read(opp: Opportunity) -> OpportunityRead:
    return OpportunityRead(
        id=opp.id,
        customer_id=opp.customer_id,
        lead_id=opp.lead_id,
        title=opp.title,
        stage=opp.stage,
        allowed_actions=OPPORTUNITY_MACHINE.allowed(opp.stage),
        expected_revenue=money_read(opp.expected_revenue, opp.currency),
        probability=opp.probability,
        lost_reason=opp.lost_reason,
        owner=opp.owner,
        created_at=opp.created_at,
        created_by=opp.created_by,
        updated_at=opp.updated_at,
        version=opp.version,
    )


async def open_opportunity(
    uow: UnitOfWork,
    *,
    customer_id: str,
    title: str,
    expected_revenue: MoneyIn | None,
    probability: int,
    owner: str,
    actor: str,
    at: dt.datetime,
    lead_id: str | None = None,
) -> Opportunity:
    opp = Opportunity(
        id=str(uuid.uuid4()),
        customer_id=customer_id,
        lead_id=lead_id,
        title=title,
        stage="prospect",
        expected_revenue=expected_revenue.amount if expected_revenue else None,
        currency=expected_revenue.currency if expected_revenue else None,
        probability=probability,
        owner=owner,
        created_at=at,
        created_by=actor,
        updated_at=at,
    )
    uow.session.add(opp)
    await uow.session.flush()
    return opp


@router.post(
    "", status_code=201, response_model=OpportunityRead, summary="Open an opportunity for a customer"
)
async def create_opportunity(
    body: OpportunityCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(
        uow, idempotency_key, principal.actor, "POST /opportunities", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    await get_referenced(uow, Customer, body.customer_id, "body.customer_id")
    opp = await open_opportunity(
        uow,
        customer_id=body.customer_id,
        title=body.title,
        expected_revenue=body.expected_revenue,
        probability=body.probability,
        owner=principal.actor,
        actor=principal.actor,
        at=now(runtime),
    )
    set_etag(response, opp.version)
    return await idem.created(opportunity_read(opp))


@router.get("", response_model=Page[OpportunityRead], summary="List opportunities")
async def list_opportunities(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    customer_id: str | None = None,
    stage: str | None = None,
    owner: str | None = None,
) -> Page[OpportunityRead]:
    stmt = select(Opportunity)
    for column, value in (
        (Opportunity.customer_id, customer_id),
        (Opportunity.stage, stage),
        (Opportunity.owner, owner),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Opportunity.created_at, Opportunity.id], params)
    return Page[OpportunityRead](items=[opportunity_read(o) for o in items], next_cursor=cursor)


@router.get("/{opportunity_id}", response_model=OpportunityRead, summary="Read an opportunity")
async def get_opportunity(
    opportunity_id: str, uow: UowDep, _: StaffPrincipal, response: Response
) -> OpportunityRead:
    opp = await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    set_etag(response, opp.version)
    return opportunity_read(opp)


@router.patch(
    "/{opportunity_id}", response_model=OpportunityRead, summary="Change title, revenue or probability"
)
async def update_opportunity(
    opportunity_id: str,
    body: OpportunityUpdate,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> OpportunityRead:
    opp = await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    check_if_match(if_match, opp.version)
    sent = body.model_fields_set
    if "title" in sent and body.title is not None:
        opp.title = body.title
    if "probability" in sent and body.probability is not None:
        opp.probability = body.probability
    if "expected_revenue" in sent:
        opp.expected_revenue = body.expected_revenue.amount if body.expected_revenue else None
        opp.currency = body.expected_revenue.currency if body.expected_revenue else None
    opp.updated_at = now(runtime)
    await uow.session.flush()
    read = opportunity_read(opp)
    await uow.commit()
    set_etag(response, read.version)
    return read


async def _transition(
    uow: UnitOfWork,
    runtime: Any,
    opportunity_id: str,
    action: str,
    if_match: str | None,
    response: Response,
    lost_reason: str | None = None,
) -> OpportunityRead:
    opp = await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    check_if_match(if_match, opp.version)
    opp.stage = OPPORTUNITY_MACHINE.next_state(opp.stage, action)
    if lost_reason is not None:
        opp.lost_reason = lost_reason
    opp.updated_at = now(runtime)
    await uow.session.flush()
    read = opportunity_read(opp)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/{opportunity_id}/advance", response_model=OpportunityRead, summary="Move to the next stage")
async def advance_opportunity(
    opportunity_id: str,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> OpportunityRead:
    return await _transition(uow, runtime, opportunity_id, "advance", if_match, response)


@router.post("/{opportunity_id}/win", response_model=OpportunityRead, summary="Mark the deal won")
async def win_opportunity(
    opportunity_id: str,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> OpportunityRead:
    return await _transition(uow, runtime, opportunity_id, "win", if_match, response)


@router.post(
    "/{opportunity_id}/lose", response_model=OpportunityRead, summary="Mark the deal lost, with the reason"
)
async def lose_opportunity(
    opportunity_id: str,
    body: LoseRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> OpportunityRead:
    return await _transition(
        uow, runtime, opportunity_id, "lose", if_match, response, lost_reason=body.reason
    )
