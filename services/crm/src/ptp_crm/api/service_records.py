"""Service records: customer inquiries taken by customer_service (first-response and resolution
times: kpi's service response-time indicator) and technical consulting and training sessions
given by tech_support (kpi counts them)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Response
from ptp_common.auth import Principal, Role, StaffPrincipal, require_roles
from ptp_common.errors import Unprocessable
from ptp_common.events.schemas.crm import (
    InquiryChannel,
    InquiryOpened,
    InquiryResolved,
    InquiryResponded,
    ServiceSessionRecorded,
)
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import CustomerService, get_or_404, get_referenced, now
from ptp_crm.db.models import Customer, Inquiry, ServiceSession
from ptp_crm.domain.inquiries import INQUIRY_MACHINE

router = APIRouter(tags=["service records"])

TechSupport = Annotated[Principal, Depends(require_roles(Role.tech_support))]


def minutes(start: dt.datetime, end: dt.datetime) -> float:
    return round((end - start).total_seconds() / 60, 2)


class InquiryCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "customer_id": "6f1c6a52-1d5e-4f4e-9c39-0d7f2d3c9a10", "topic": "invoice copy",
        "channel": "phone", "question": "Can you resend the November invoice?"}]})
    customer_id: str
    topic: str = Field(min_length=1, max_length=200)
    channel: InquiryChannel
    question: str = Field(min_length=1, max_length=20000)
    received_at: AwareDatetime | None = Field(default=None, description="Now by default")


class InquiryRespond(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "response": "The copy is on its way to your accounts mailbox."}]})
    response: str = Field(min_length=1, max_length=20000)


class InquiryResolve(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "resolution": "November invoice resent; the customer confirmed receipt."}]})
    resolution: str = Field(min_length=1, max_length=20000)


class InquiryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    customer_id: str
    topic: str
    channel: str
    question: str
    status: str
    allowed_actions: list[str] = []
    received_at: dt.datetime
    taken_by: str
    responded_at: dt.datetime | None
    responded_by: str | None
    first_response: str | None
    response_minutes: float | None
    resolved_at: dt.datetime | None
    resolved_by: str | None
    resolution: str | None
    resolution_minutes: float | None
    version: int


def inquiry_read(inquiry: Inquiry) -> InquiryRead:
    read = InquiryRead.model_validate(inquiry)
    return read.model_copy(update={"allowed_actions": INQUIRY_MACHINE.allowed(inquiry.status)})


def _facts(i: Inquiry) -> dict[str, Any]:
    return {"inquiry_id": i.id, "customer_id": i.customer_id, "topic": i.topic, "channel": i.channel,
            "received_at": i.received_at, "taken_by": i.taken_by}


@router.post("/inquiries", status_code=201, response_model=InquiryRead,
             summary="Take a customer's inquiry (crm.inquiry.opened)",
             description="Role customer_service (403 otherwise).")
async def take_inquiry(body: InquiryCreate, uow: UowDep, runtime: RuntimeDep, principal: CustomerService,
                       response: Response, idempotency_key: IdempotencyKey = None) -> Any:
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /inquiries", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    at = now(runtime)
    received_at = body.received_at.astimezone(dt.UTC) if body.received_at else at
    if received_at > at:
        raise Unprocessable("received_at lies in the future", field="body.received_at")
    await get_referenced(uow, Customer, body.customer_id, "body.customer_id")
    inquiry = Inquiry(id=str(uuid.uuid4()), customer_id=body.customer_id, topic=body.topic,
                      channel=body.channel, question=body.question, status="open",
                      received_at=received_at, taken_by=principal.actor, created_at=at)
    uow.session.add(inquiry)
    await uow.session.flush()
    uow.emit(InquiryOpened(**_facts(inquiry)), subject=inquiry.id, actor=principal.actor)
    set_etag(response, inquiry.version)
    return await idem.created(inquiry_read(inquiry))


@router.get("/inquiries", response_model=Page[InquiryRead], summary="List inquiries")
async def list_inquiries(uow: UowDep, _: StaffPrincipal, params: PageDep,
                         customer_id: str | None = None,
                         status: Literal["open", "responded", "resolved"] | None = None,
                         taken_by: str | None = None) -> Page[InquiryRead]:
    stmt = select(Inquiry)
    for column, value in ((Inquiry.customer_id, customer_id), (Inquiry.status, status),
                          (Inquiry.taken_by, taken_by)):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Inquiry.created_at, Inquiry.id], params)
    return Page[InquiryRead](items=[inquiry_read(i) for i in items], next_cursor=cursor)


@router.get("/inquiries/{inquiry_id}", response_model=InquiryRead, summary="Read an inquiry")
async def get_inquiry(inquiry_id: str, uow: UowDep, _: StaffPrincipal, response: Response) -> InquiryRead:
    inquiry = await get_or_404(uow, Inquiry, inquiry_id, "inquiry")
    set_etag(response, inquiry.version)
    return inquiry_read(inquiry)


async def _finish(uow: Any, inquiry: Inquiry, response: Response) -> InquiryRead:
    await uow.session.flush()
    read = inquiry_read(inquiry)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/inquiries/{inquiry_id}/respond", response_model=InquiryRead,
             summary="First response (crm.inquiry.responded: the service response time)",
             description="Role customer_service (403 otherwise).")
async def respond_to_inquiry(inquiry_id: str, body: InquiryRespond, uow: UowDep, runtime: RuntimeDep,
                             principal: CustomerService, response: Response,
                             if_match: IfMatch = None) -> InquiryRead:
    inquiry = await get_or_404(uow, Inquiry, inquiry_id, "inquiry")
    check_if_match(if_match, inquiry.version)
    inquiry.status = INQUIRY_MACHINE.next_state(inquiry.status, "respond")
    _responded(uow, inquiry, body.response, now(runtime), principal.actor)
    return await _finish(uow, inquiry, response)


def _responded(uow: Any, inquiry: Inquiry, text: str, at: dt.datetime, actor: str) -> None:
    inquiry.responded_at, inquiry.responded_by, inquiry.first_response = at, actor, text
    inquiry.response_minutes = minutes(inquiry.received_at, at)
    uow.emit(InquiryResponded(**_facts(inquiry), responded_at=at, responded_by=actor,
                              response_minutes=inquiry.response_minutes),
             subject=inquiry.id, actor=actor)


@router.post("/inquiries/{inquiry_id}/resolve", response_model=InquiryRead,
             summary="Answered in full (crm.inquiry.resolved; also the first response if none yet)",
             description="Role customer_service (403 otherwise).")
async def resolve_inquiry(inquiry_id: str, body: InquiryResolve, uow: UowDep, runtime: RuntimeDep,
                          principal: CustomerService, response: Response,
                          if_match: IfMatch = None) -> InquiryRead:
    inquiry = await get_or_404(uow, Inquiry, inquiry_id, "inquiry")
    check_if_match(if_match, inquiry.version)
    first = inquiry.status == "open"
    inquiry.status = INQUIRY_MACHINE.next_state(inquiry.status, "resolve")
    at = now(runtime)
    if first:
        _responded(uow, inquiry, body.resolution, at, principal.actor)
    inquiry.resolved_at, inquiry.resolved_by, inquiry.resolution = at, principal.actor, body.resolution
    inquiry.resolution_minutes = minutes(inquiry.received_at, at)
    uow.emit(InquiryResolved(**_facts(inquiry), resolved_at=at, resolved_by=principal.actor,
                             resolution_minutes=inquiry.resolution_minutes),
             subject=inquiry.id, actor=principal.actor)
    return await _finish(uow, inquiry, response)


class SessionCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "customer_id": "6f1c6a52-1d5e-4f4e-9c39-0d7f2d3c9a10", "kind": "training",
        "topic": "Dispatch console for depot leads", "started_at": "2026-11-12T09:00:00Z",
        "duration_minutes": 120, "attendees": 8}]})
    customer_id: str
    kind: Literal["consulting", "training"]
    topic: str = Field(min_length=1, max_length=200)
    notes: str = Field(default="", max_length=20000)
    started_at: AwareDatetime
    duration_minutes: int = Field(ge=1, le=24 * 60)
    attendees: int = Field(default=0, ge=0, le=10000)
    project_id: str | None = Field(default=None, max_length=64)


class SessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    customer_id: str
    kind: str
    topic: str
    notes: str
    given_by: str
    started_at: dt.datetime
    duration_minutes: int
    attendees: int
    project_id: str | None
    created_at: dt.datetime


@router.post("/service-sessions", status_code=201, response_model=SessionRead,
             summary="Record technical consulting or a training session (crm.service_session.recorded)",
             description="Role tech_support (403 otherwise); the session is recorded as given by the caller.")
async def record_service_session(body: SessionCreate, uow: UowDep, runtime: RuntimeDep,
                                 principal: TechSupport, idempotency_key: IdempotencyKey = None) -> Any:
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /service-sessions",
                       body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    at = now(runtime)
    if body.started_at > at:
        raise Unprocessable("started_at lies in the future", field="body.started_at")
    await get_referenced(uow, Customer, body.customer_id, "body.customer_id")
    record = ServiceSession(
        id=str(uuid.uuid4()), **body.model_dump(), given_by=principal.actor, created_at=at
    )
    record.started_at = body.started_at.astimezone(dt.UTC)
    uow.session.add(record)
    await uow.session.flush()
    uow.emit(ServiceSessionRecorded(
        session_id=record.id, customer_id=record.customer_id, kind=body.kind, topic=record.topic,
        given_by=record.given_by, started_at=record.started_at, duration_minutes=record.duration_minutes,
        attendees=record.attendees, project_id=record.project_id), subject=record.id, actor=principal.actor)
    return await idem.created(SessionRead.model_validate(record))


@router.get("/service-sessions", response_model=Page[SessionRead], summary="List consulting and training")
async def list_service_sessions(uow: UowDep, _: StaffPrincipal,
                                params: PageDep,
                                customer_id: str | None = None,
                                kind: Literal["consulting", "training"] | None = None,
                                given_by: str | None = None) -> Page[SessionRead]:
    stmt = select(ServiceSession)
    for column, value in ((ServiceSession.customer_id, customer_id), (ServiceSession.kind, kind),
                          (ServiceSession.given_by, given_by)):
        if value is not None:
            stmt = stmt.where(column == value)
    order = [ServiceSession.created_at, ServiceSession.id]
    items, cursor = await paginate(uow.session, stmt, order, params)
    return Page[SessionRead](items=[SessionRead.model_validate(s) for s in items], next_cursor=cursor)
