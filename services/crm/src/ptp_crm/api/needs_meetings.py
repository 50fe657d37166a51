"""Needs meetings of an opportunity: who attended (which departments), pain points, goals, outcome."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter
from ptp_common.auth import StaffPrincipal
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_crm.api.deps import Specialist, get_or_404, now
from ptp_crm.db.models import NeedsMeeting, Opportunity

router = APIRouter(prefix="/opportunities/{opportunity_id}/needs-meetings", tags=["needs meetings"])


class Attendee(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    department: str | None = Field(
        default=None, max_length=100, description="Our department, or the client's"
    )
    is_client: bool = False


class NeedsMeetingCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "held_at": "2026-03-04T10:00:00Z",
                    "attendees": [
                        {"name": "Jane Roe", "department": "operations", "is_client": True},
                        {"name": "Tess Tech", "department": "technical"},
                    ],
                    "pain_points": ["8% failed deliveries"],
                    "goals": ["live tracking of every truck"],
                    "outcome": "Pilot of 20 trucks agreed in principle",
                }
            ]
        }
    )

    held_at: AwareDatetime
    attendees: list[Attendee] = Field(min_length=1, max_length=100)
    pain_points: list[str] = Field(default_factory=list, max_length=100)
    goals: list[str] = Field(default_factory=list, max_length=100)
    outcome: str = Field(min_length=1, max_length=20000)


class NeedsMeetingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    opportunity_id: str
    held_at: dt.datetime
    attendees: list[Attendee]
    pain_points: list[str]
    goals: list[str]
    outcome: str
    created_at: dt.datetime
    created_by: str


@router.post("", status_code=201, response_model=NeedsMeetingRead, summary="Record a needs meeting")
async def create_needs_meeting(
    opportunity_id: str,
    body: NeedsMeetingCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    scope = f"POST /opportunities/{opportunity_id}/needs-meetings"
    idem = Idempotency(uow, idempotency_key, principal.actor, scope, body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    meeting = NeedsMeeting(
        id=str(uuid.uuid4()),
        opportunity_id=opportunity_id,
        held_at=body.held_at.astimezone(dt.UTC),
        attendees=[a.model_dump() for a in body.attendees],
        pain_points=body.pain_points,
        goals=body.goals,
        outcome=body.outcome,
        created_at=now(runtime),
        created_by=principal.actor,
    )
    uow.session.add(meeting)
    await uow.session.flush()
    return await idem.created(NeedsMeetingRead.model_validate(meeting))


@router.get("", response_model=Page[NeedsMeetingRead], summary="List an opportunity's needs meetings")
async def list_needs_meetings(
    opportunity_id: str, uow: UowDep, _: StaffPrincipal, params: PageDep
) -> Page[NeedsMeetingRead]:
    await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    stmt = select(NeedsMeeting).where(NeedsMeeting.opportunity_id == opportunity_id)
    items, cursor = await paginate(uow.session, stmt, [NeedsMeeting.held_at, NeedsMeeting.id], params)
    return Page[NeedsMeetingRead](
        items=[NeedsMeetingRead.model_validate(m) for m in items], next_cursor=cursor
    )
