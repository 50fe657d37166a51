"""Business initiation requests:
filed by a specialist, evaluated by departments, decided by a project manager."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict, Unprocessable
from ptp_common.events.schemas.crm import InitiationApproved, InitiationRejected
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import ProjectManager, Specialist, get_or_404, get_referenced, now
from ptp_crm.api.money import MoneyIn, MoneyRead, event_money
from ptp_crm.db.models import Customer, InitiationEvaluation, InitiationRequest, Opportunity, ResearchReport
from ptp_crm.domain.initiations import ACTIVE_STATUSES, INITIATION_MACHINE, ensure_no_active_initiation
from ptp_crm.domain.opportunities import OPEN_STAGES

router = APIRouter(prefix="/initiations", tags=["initiation requests"])


class InitiationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "opportunity_id": "0b7d0a3e-55d4-4c1e-8a5e-2f7b3c1d9e21",
                    "background": "Client loses 8% of deliveries to routing errors.",
                    "target_customer": "Acme Logistics Ltd, operations department",
                    "content": "Telematics units, routing platform, 12 months of support.",
                    "expected_revenue": {"amount": "250000.00", "currency": "EUR"},
                    "research_report_ids": ["5f0c2f7e-8a53-4b0e-9a8e-6c1d2b3a4f50"],
                }
            ]
        }
    )

    opportunity_id: str
    background: str = Field(min_length=1, max_length=10000)
    target_customer: str | None = Field(
        default=None, max_length=2000, description="Defaults to the customer's name"
    )
    content: str = Field(min_length=1, max_length=10000)
    expected_revenue: MoneyIn
    research_report_ids: list[Annotated[str, Field(min_length=1, max_length=36)]] = Field(
        min_length=1,
        max_length=20,
        description="The market research report(s) the request rests on: reports about this opportunity "
        "or general ones (POST /research-reports). At least one.",
    )


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "department": "technical",
                    "recommendation": "approve",
                    "opinion": "Feasible with current stack.",
                }
            ]
        }
    )

    department: str = Field(min_length=1, max_length=100)
    recommendation: Literal["approve", "reject", "concerns"]
    opinion: str = Field(min_length=1, max_length=10000)


class DecisionRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"comment": "Margin and capacity confirmed."}]})

    comment: str | None = Field(default=None, max_length=5000)


class RejectionRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "No delivery capacity this quarter."}]}
    )

    reason: str = Field(min_length=1, max_length=5000)


class EvaluationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    department: str
    recommendation: str
    opinion: str
    recorded_by: str
    created_at: dt.datetime


class InitiationRead(BaseModel):
    id: str
    opportunity_id: str
    customer_id: str
    background: str
    target_customer: str
    content: str
    expected_revenue: MoneyRead
    research_report_ids: list[str]
    status: str
    allowed_actions: list[str]
    evaluations: list[EvaluationRead]
    submitted_by: str
    decided_by: str | None
    decided_at: dt.datetime | None
    decision_comment: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int


async def initiation_read(uow: UnitOfWork, req: InitiationRequest) -> InitiationRead:
    evaluations = (
        await uow.session.execute(
            select(InitiationEvaluation)
            .where(InitiationEvaluation.initiation_id == req.id)
            .order_by(InitiationEvaluation.created_at, InitiationEvaluation.id)
        )
    ).scalars()
    return InitiationRead(
        id=req.id,
        opportunity_id=req.opportunity_id,
        customer_id=req.customer_id,
        background=req.background,
        target_customer=req.target_customer,
        content=req.content,
        expected_revenue=MoneyRead(amount=req.expected_revenue, currency=req.currency),
        research_report_ids=list(req.research_report_ids or []),
        status=req.status,
        allowed_actions=INITIATION_MACHINE.allowed(req.status),
        evaluations=[EvaluationRead.model_validate(e) for e in evaluations],
        submitted_by=req.submitted_by,
        decided_by=req.decided_by,
        decided_at=req.decided_at,
        decision_comment=req.decision_comment,
        created_at=req.created_at,
        updated_at=req.updated_at,
        version=req.version,
    )


async def active_initiation_status(uow: UnitOfWork, opportunity_id: str) -> str | None:
    """Status of the opportunity's live (not rejected) initiation request, if any."""
    return (
        await uow.session.execute(
            select(InitiationRequest.status)
            .where(
                InitiationRequest.opportunity_id == opportunity_id,
                InitiationRequest.status.in_(ACTIVE_STATUSES),
            )
            .limit(1)
        )
    ).scalar_one_or_none()


@router.post(
    "",
    status_code=201,
    response_model=InitiationRead,
    summary="File an initiation request for an opportunity",
    description=(
        "Role business_specialist. The request names the market research it rests on "
        "(`research_report_ids`, at least one existing report about this opportunity or a general one; "
        "422 naming the entry otherwise). 409 when the opportunity is closed or already has a live request."
    ),
)
async def create_initiation(
    body: InitiationCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(
        uow, idempotency_key, principal.actor, "POST /initiations", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    opp = await get_referenced(uow, Opportunity, body.opportunity_id, "body.opportunity_id")
    if opp.stage not in OPEN_STAGES:
        raise Conflict(f"opportunity {opp.id} is {opp.stage}; initiation needs an open opportunity")
    ensure_no_active_initiation(opp.id, await active_initiation_status(uow, opp.id))
    report_ids = list(dict.fromkeys(body.research_report_ids))
    for i, report_id in enumerate(body.research_report_ids):
        report = await get_referenced(uow, ResearchReport, report_id, f"body.research_report_ids.{i}")
        if report.opportunity_id not in (None, opp.id):
            raise Unprocessable(
                f"research report {report_id} is about another opportunity",
                field=f"body.research_report_ids.{i}",
            )
    customer = await get_or_404(uow, Customer, opp.customer_id, "customer")
    at = now(runtime)
    req = InitiationRequest(
        id=str(uuid.uuid4()),
        opportunity_id=opp.id,
        customer_id=opp.customer_id,
        background=body.background,
        target_customer=body.target_customer or customer.name,
        content=body.content,
        expected_revenue=body.expected_revenue.amount,
        currency=body.expected_revenue.currency,
        research_report_ids=report_ids,
        status="submitted",
        submitted_by=principal.actor,
        created_at=at,
        updated_at=at,
    )
    uow.session.add(req)
    await uow.session.flush()
    set_etag(response, req.version)
    return await idem.created(await initiation_read(uow, req))


@router.get("", response_model=Page[InitiationRead], summary="List initiation requests")
async def list_initiations(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    status: str | None = None,
    opportunity_id: str | None = None,
    customer_id: str | None = None,
) -> Page[InitiationRead]:
    stmt = select(InitiationRequest)
    for column, value in (
        (InitiationRequest.status, status),
        (InitiationRequest.opportunity_id, opportunity_id),
        (InitiationRequest.customer_id, customer_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(
        uow.session, stmt, [InitiationRequest.created_at, InitiationRequest.id], params
    )
    return Page[InitiationRead](items=[await initiation_read(uow, i) for i in items], next_cursor=cursor)


@router.get("/{initiation_id}", response_model=InitiationRead, summary="Read an initiation request")
async def get_initiation(
    initiation_id: str, uow: UowDep, _: StaffPrincipal, response: Response
) -> InitiationRead:
    req = await get_or_404(uow, InitiationRequest, initiation_id, "initiation request")
    set_etag(response, req.version)
    return await initiation_read(uow, req)


async def _decide(
    uow: UnitOfWork, initiation_id: str, action: str, if_match: str | None
) -> InitiationRequest:
    req = await get_or_404(uow, InitiationRequest, initiation_id, "initiation request")
    check_if_match(if_match, req.version)
    req.status = INITIATION_MACHINE.next_state(req.status, action)
    return req


async def _finish(uow: UnitOfWork, req: InitiationRequest, response: Response) -> InitiationRead:
    await uow.session.flush()
    read = await initiation_read(uow, req)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/{initiation_id}/evaluations",
    status_code=201,
    response_model=InitiationRead,
    summary="Record a department's evaluation",
)
async def evaluate_initiation(
    initiation_id: str,
    body: EvaluationCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    scope = f"POST /initiations/{initiation_id}/evaluations"
    idem = Idempotency(uow, idempotency_key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    req = await _decide(uow, initiation_id, "evaluate", if_match)
    at = now(runtime)
    req.updated_at = at
    uow.session.add(
        InitiationEvaluation(
            id=str(uuid.uuid4()),
            initiation_id=req.id,
            **body.model_dump(),
            recorded_by=principal.actor,
            created_at=at,
        )
    )
    await uow.session.flush()
    read = await initiation_read(uow, req)
    set_etag(response, read.version)
    return await idem.created(read)


@router.post(
    "/{initiation_id}/approve", response_model=InitiationRead, summary="Approve: the business is initiated"
)
async def approve_initiation(
    initiation_id: str,
    body: DecisionRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> InitiationRead:
    req = await _decide(uow, initiation_id, "approve", if_match)
    req.decided_by, req.decided_at, req.decision_comment = principal.actor, now(runtime), body.comment
    req.updated_at = req.decided_at
    uow.emit(
        InitiationApproved(
            initiation_id=req.id,
            opportunity_id=req.opportunity_id,
            customer_id=req.customer_id,
            expected_revenue=event_money(req.expected_revenue, req.currency),
            approved_by=principal.actor,
        ),
        subject=req.id,
        actor=principal.actor,
    )
    return await _finish(uow, req, response)


@router.post(
    "/{initiation_id}/reject", response_model=InitiationRead, summary="Reject the initiation request"
)
async def reject_initiation(
    initiation_id: str,
    body: RejectionRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: ProjectManager,
    response: Response,
    if_match: IfMatch = None,
) -> InitiationRead:
    req = await _decide(uow, initiation_id, "reject", if_match)
    req.decided_by, req.decided_at, req.decision_comment = principal.actor, now(runtime), body.reason
    req.updated_at = req.decided_at
    uow.emit(
        InitiationRejected(
            initiation_id=req.id,
            opportunity_id=req.opportunity_id,
            customer_id=req.customer_id,
            rejected_by=principal.actor,
            reason=body.reason,
        ),
        subject=req.id,
        actor=principal.actor,
    )
    return await _finish(uow, req, response)
