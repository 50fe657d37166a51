"""Client complaints: received, answered within a severity deadline, resolved, result told to the client."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Unprocessable
from ptp_common.events.schemas.crm import ComplaintOpened, ComplaintResolved, ComplaintResponded
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import CustomerService, get_or_404, get_referenced, now
from ptp_crm.db.models import Complaint, Customer
from ptp_crm.domain import complaints as rules
from ptp_crm.surveys import open_complaint_survey

router = APIRouter(prefix="/complaints", tags=["complaints"])

Severity = Literal["low", "medium", "high", "critical"]
ComplaintChannel = Literal["phone", "email", "online", "in_person", "letter", "other"]
Satisfaction = Annotated[int, Field(ge=1, le=5, description="Client satisfaction, 1 (poor) to 5 (excellent)")]


class ComplaintCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "customer_id": "6f1c6a52-1d5e-4f4e-9c39-0d7f2d3c9a10",
                    "category": "delivery_delay",
                    "severity": "high",
                    "channel": "phone",
                    "description": "Trackers for the second depot are two weeks late.",
                    "received_at": "2026-03-02T08:30:00Z",
                }
            ]
        }
    )

    customer_id: str
    category: str = Field(min_length=1, max_length=100)
    severity: Severity
    channel: ComplaintChannel
    description: str = Field(min_length=1, max_length=20000)
    received_at: AwareDatetime | None = Field(
        default=None, description="When the client complained; now by default"
    )


class RespondRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"response": "We are shipping by Friday; apologies."}]}
    )

    response: str = Field(min_length=1, max_length=20000)


class ResolveRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "cause": "Supplier shortage",
                    "resolution": "Shipped from the reserve stock; 5% credit granted",
                    "communicated_via": "email",
                    "satisfaction": 4,
                }
            ]
        }
    )

    cause: str = Field(
        min_length=1, max_length=20000, description="Cause found by the analysis (required: 422 without)"
    )
    resolution: str = Field(min_length=1, max_length=20000)
    communicated_via: ComplaintChannel = Field(description="How the result was told to the client")
    satisfaction: Satisfaction | None = None


class ComplaintRead(BaseModel):
    id: str
    customer_id: str
    category: str
    severity: str
    channel: str
    description: str
    status: str
    allowed_actions: list[str]
    received_at: dt.datetime
    response_deadline: dt.datetime
    overdue: bool = Field(description="No first response and the deadline has passed")
    responded_at: dt.datetime | None
    responded_by: str | None
    first_response: str | None
    response_minutes: float | None
    within_deadline: bool | None
    resolved_at: dt.datetime | None
    resolved_by: str | None
    cause: str | None
    resolution: str | None
    result_communicated_via: str | None
    satisfaction: int | None
    created_at: dt.datetime
    created_by: str
    version: int


def complaint_read(c: Complaint, at: dt.datetime) -> ComplaintRead:
    return ComplaintRead(
        id=c.id,
        customer_id=c.customer_id,
        category=c.category,
        severity=c.severity,
        channel=c.channel,
        description=c.description,
        status=c.status,
        allowed_actions=rules.COMPLAINT_MACHINE.allowed(c.status),
        received_at=c.received_at,
        response_deadline=c.response_deadline,
        overdue=rules.is_overdue(c.status, c.response_deadline, at),
        responded_at=c.responded_at,
        responded_by=c.responded_by,
        first_response=c.first_response,
        response_minutes=c.response_minutes,
        within_deadline=c.within_deadline,
        resolved_at=c.resolved_at,
        resolved_by=c.resolved_by,
        cause=c.cause,
        resolution=c.resolution,
        result_communicated_via=c.result_communicated_via,
        satisfaction=c.satisfaction,
        created_at=c.created_at,
        created_by=c.created_by,
        version=c.version,
    )


def _facts(c: Complaint) -> dict[str, Any]:
    return {
        "complaint_id": c.id,
        "customer_id": c.customer_id,
        "category": c.category,
        "severity": c.severity,
        "channel": c.channel,
        "received_at": c.received_at,
        "response_deadline": c.response_deadline,
    }


@router.post("", status_code=201, response_model=ComplaintRead, summary="Register a client complaint")
async def open_complaint(
    body: ComplaintCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: CustomerService,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    idem = Idempotency(
        uow, idempotency_key, principal.actor, "POST /complaints", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    at = now(runtime)
    received_at = body.received_at.astimezone(dt.UTC) if body.received_at else at
    if received_at > at:
        raise Unprocessable("received_at lies in the future", field="body.received_at")
    await get_referenced(uow, Customer, body.customer_id, "body.customer_id")
    complaint = Complaint(
        id=str(uuid.uuid4()),
        customer_id=body.customer_id,
        category=body.category,
        severity=body.severity,
        channel=body.channel,
        description=body.description,
        status="open",
        received_at=received_at,
        response_deadline=rules.response_deadline(received_at, body.severity),
        created_at=at,
        created_by=principal.actor,
    )
    uow.session.add(complaint)
    await uow.session.flush()
    uow.emit(ComplaintOpened(**_facts(complaint)), subject=complaint.id, actor=principal.actor)
    set_etag(response, complaint.version)
    return await idem.created(complaint_read(complaint, at))


@router.get(
    "", response_model=Page[ComplaintRead], summary="List complaints; `overdue=true` for late first responses"
)
async def list_complaints(
    uow: UowDep,
    runtime: RuntimeDep,
    _: StaffPrincipal,
    params: PageDep,
    customer_id: str | None = None,
    status: Literal["open", "responded", "resolved"] | None = None,
    severity: Severity | None = None,
    overdue: Annotated[
        bool | None, Query(description="Only complaints still unanswered past their deadline")
    ] = None,
) -> Page[ComplaintRead]:
    at = now(runtime)
    stmt = select(Complaint)
    for column, value in (
        (Complaint.customer_id, customer_id),
        (Complaint.status, status),
        (Complaint.severity, severity),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if overdue is True:
        stmt = stmt.where(Complaint.status == "open", Complaint.response_deadline < at)
    elif overdue is False:
        stmt = stmt.where((Complaint.status != "open") | (Complaint.response_deadline >= at))
    items, cursor = await paginate(uow.session, stmt, [Complaint.created_at, Complaint.id], params)
    return Page[ComplaintRead](items=[complaint_read(c, at) for c in items], next_cursor=cursor)


@router.get("/{complaint_id}", response_model=ComplaintRead, summary="Read a complaint")
async def get_complaint(
    complaint_id: str, uow: UowDep, runtime: RuntimeDep, _: StaffPrincipal, response: Response
) -> ComplaintRead:
    complaint = await get_or_404(uow, Complaint, complaint_id, "complaint")
    set_etag(response, complaint.version)
    return complaint_read(complaint, now(runtime))


async def _move(uow: UnitOfWork, complaint_id: str, action: str, if_match: str | None) -> Complaint:
    complaint = await get_or_404(uow, Complaint, complaint_id, "complaint")
    check_if_match(if_match, complaint.version)
    complaint.status = rules.COMPLAINT_MACHINE.next_state(complaint.status, action)
    return complaint


async def _finish(
    uow: UnitOfWork, complaint: Complaint, at: dt.datetime, response: Response
) -> ComplaintRead:
    await uow.session.flush()
    read = complaint_read(complaint, at)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/{complaint_id}/respond", response_model=ComplaintRead, summary="Give the first response")
async def respond_to_complaint(
    complaint_id: str,
    body: RespondRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: CustomerService,
    response: Response,
    if_match: IfMatch = None,
) -> ComplaintRead:
    complaint = await _move(uow, complaint_id, "respond", if_match)
    at = now(runtime)
    complaint.responded_at, complaint.responded_by, complaint.first_response = (
        at,
        principal.actor,
        body.response,
    )
    complaint.response_minutes = rules.response_minutes(complaint.received_at, at)
    complaint.within_deadline = rules.within_deadline(at, complaint.response_deadline)
    uow.emit(
        ComplaintResponded(
            **_facts(complaint),
            responded_at=at,
            response_minutes=complaint.response_minutes,
            within_deadline=complaint.within_deadline,
        ),
        subject=complaint.id,
        actor=principal.actor,
    )
    return await _finish(uow, complaint, at, response)


@router.post(
    "/{complaint_id}/resolve",
    response_model=ComplaintRead,
    summary="Resolve it and record how the result was told to the client",
)
async def resolve_complaint(
    complaint_id: str,
    body: ResolveRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: CustomerService,
    response: Response,
    if_match: IfMatch = None,
) -> ComplaintRead:
    complaint = await _move(uow, complaint_id, "resolve", if_match)
    at = now(runtime)
    complaint.resolved_at, complaint.resolved_by = at, principal.actor
    complaint.cause, complaint.resolution = body.cause, body.resolution
    complaint.result_communicated_via, complaint.satisfaction = body.communicated_via, body.satisfaction
    resolved = uow.emit(
        ComplaintResolved(
            **_facts(complaint), resolved_at=at, resolution=body.resolution, satisfaction=body.satisfaction
        ),
        subject=complaint.id,
        actor=principal.actor,
    )
    # The customer is asked how satisfied they are with the resolution (crm.survey.answered).
    open_complaint_survey(uow, complaint, at, cause_event_id=resolved.id)
    return await _finish(uow, complaint, at, response)
