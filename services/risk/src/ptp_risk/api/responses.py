"""Responses to a register risk: avoid / reduce / transfer / accept, each with owner, dates and status."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from ptp_common.auth import Role, StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import NotFound
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.api.deps import RegisterEditor, refuse_nulls, risk_or_404
from ptp_risk.db.models import Response as RiskResponse
from ptp_risk.domain.policy import ResponseKind
from ptp_risk.domain.register import RESPONSE_MACHINE, RISK_MACHINE
from ptp_risk.domain.response_rules import check_accept

REQUIRED_ON_UPDATE = ("action", "owner")  # may be changed, never emptied

router = APIRouter(prefix="/risks/{risk_id}/responses", tags=["responses"])

ResponseStatus = Literal["planned", "in_progress", "completed", "cancelled"]


class ResponseCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "reduce",
                    "action": "Require 30% prepayment on the next order",
                    "owner": "sam",
                    "due_date": "2026-12-15",
                    "review_date": "2027-01-15",
                }
            ]
        },
    )
    kind: ResponseKind
    action: str = Field(min_length=1, max_length=5000)
    owner: str | None = Field(default=None, max_length=200, description="Defaults to the caller")
    due_date: dt.date | None = None
    review_date: dt.date | None = None
    approval_reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=5000,
        description="Accepting a risk that is not low: the approving manager's reason (the caller "
        "must hold the manager role)",
    )


class ResponseUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"review_date": "2027-02-01", "owner": "lee"}]}
    )
    action: str | None = Field(default=None, min_length=1, max_length=5000)
    owner: str | None = Field(default=None, min_length=1, max_length=200)
    due_date: dt.date | None = None
    review_date: dt.date | None = None


class ResponseRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    risk_id: str
    kind: ResponseKind
    action: str
    owner: str
    due_date: dt.date | None
    review_date: dt.date | None
    status: ResponseStatus
    approval_reason: str | None = Field(description="Set on an accept of a risk that was not low")
    approved_by: str | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int
    allowed_actions: list[str]


def response_read(item: RiskResponse) -> ResponseRead:
    return ResponseRead.model_validate(
        {
            **{c: getattr(item, c) for c in ResponseRead.model_fields if hasattr(item, c)},
            "allowed_actions": RESPONSE_MACHINE.allowed(item.status),
        }
    )


STAFF_READ = "Any staff role; a client_representative gets 403 (risk records are internal)."
EDITORS = "Roles manager, project_manager, business_specialist (others 403)."


@router.post(
    "",
    status_code=201,
    response_model=ResponseRead,
    summary="Plan a response to a risk",
    description=f"""{EDITORS} 409 when the risk is closed.

`accept` (living with the risk) is for LOW risks. A medium, high or not yet assessed risk is
accepted only with a manager's approval: the accept is created by a `manager` with an
`approval_reason`; otherwise 409 (rule `accept-needs-manager-approval`). Avoid, reduce and
transfer are open to every role above at any level.""",
)
async def create_risk_response(
    risk_id: str,
    body: ResponseCreate,
    uow: UowDep,
    principal: RegisterEditor,
    response: Response,
    key: IdempotencyKey = None,
):  # type: ignore[no-untyped-def]
    idem = Idempotency(
        uow, key, principal.actor, f"POST /risks/{risk_id}/responses", body.model_dump(mode="json")
    )
    if (previous := await idem.previous_response()) is not None:
        return previous
    risk = await risk_or_404(uow, risk_id)
    status = RISK_MACHINE.next_state(risk.status, "respond")
    approved = body.kind == "accept" and risk.level != "low"
    if body.kind == "accept":
        check_accept(
            risk.level, by_manager=principal.has_any(Role.manager), approval_reason=body.approval_reason
        )
    risk.status = status
    now = utcnow()
    risk.updated_at = now
    item = RiskResponse(
        id=str(uuid.uuid4()),
        risk_id=risk.id,
        kind=body.kind,
        action=body.action,
        owner=body.owner or principal.actor,
        due_date=body.due_date,
        review_date=body.review_date,
        status="planned",
        approval_reason=body.approval_reason if approved else None,
        approved_by=principal.actor if approved else None,
        created_at=now,
        created_by=principal.actor,
        updated_at=now,
    )
    uow.session.add(item)
    await uow.session.flush()
    read = response_read(item)
    return await idem.created(read, response)


@router.get(
    "", response_model=Page[ResponseRead], summary="A risk's responses, oldest first", description=STAFF_READ
)
async def list_risk_responses(
    risk_id: str,
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    status: ResponseStatus | None = None,
    kind: ResponseKind | None = None,
) -> Page[ResponseRead]:
    await risk_or_404(uow, risk_id)
    stmt = select(RiskResponse).where(RiskResponse.risk_id == risk_id)
    if status is not None:
        stmt = stmt.where(RiskResponse.status == status)
    if kind is not None:
        stmt = stmt.where(RiskResponse.kind == kind)
    items, cursor = await paginate(uow.session, stmt, [RiskResponse.created_at, RiskResponse.id], params)
    return Page[ResponseRead](items=[response_read(r) for r in items], next_cursor=cursor)


async def _get_response(uow: UowDep, risk_id: str, response_id: str) -> RiskResponse:
    item = await uow.session.get(RiskResponse, response_id)
    if item is None or item.risk_id != risk_id:
        raise NotFound(f"no response {response_id} on risk {risk_id}")
    return item


@router.get("/{response_id}", response_model=ResponseRead, summary="Read a response", description=STAFF_READ)
async def get_risk_response(
    risk_id: str, response_id: str, uow: UowDep, _: StaffPrincipal, response: Response
) -> ResponseRead:
    item = await _get_response(uow, risk_id, response_id)
    set_etag(response, item.version)
    return response_read(item)


@router.patch(
    "/{response_id}",
    response_model=ResponseRead,
    summary="Change a response's action, owner or dates",
    description=EDITORS,
)
async def update_risk_response(
    risk_id: str,
    response_id: str,
    body: ResponseUpdate,
    uow: UowDep,
    _: RegisterEditor,
    response: Response,
    if_match: IfMatch = None,
) -> ResponseRead:
    item = await _get_response(uow, risk_id, response_id)
    check_if_match(if_match, item.version)
    changes = body.model_dump(exclude_unset=True)
    refuse_nulls(changes, REQUIRED_ON_UPDATE)
    for name, value in changes.items():
        setattr(item, name, value)
    item.updated_at = utcnow()
    await uow.session.flush()
    read = response_read(item)
    await uow.commit()
    set_etag(response, read.version)
    return read


def _action_route(action: str, summary: str) -> None:
    @router.post(
        f"/{{response_id}}/{action}",
        response_model=ResponseRead,
        summary=summary,
        name=f"{action}_risk_response",
        description=f"{EDITORS} 409 when the response's state does not allow '{action}'.",
    )
    async def transition(
        risk_id: str,
        response_id: str,
        uow: UowDep,
        _: RegisterEditor,
        response: Response,
        if_match: IfMatch = None,
    ) -> ResponseRead:
        item = await _get_response(uow, risk_id, response_id)
        check_if_match(if_match, item.version)
        item.status = RESPONSE_MACHINE.next_state(item.status, action)
        item.updated_at = utcnow()
        await uow.session.flush()
        read = response_read(item)
        await uow.commit()
        set_etag(response, read.version)
        return read


_action_route("start", "Start carrying out a planned response")
_action_route("complete", "Mark a response done (a completed avoid/reduce/transfer lets a high risk close)")
_action_route("cancel", "Cancel a response")


review_router = APIRouter(prefix="/responses", tags=["responses"])


@review_router.get(
    "",
    response_model=Page[ResponseRead],
    summary="Responses across all risks, e.g. those due for review (oldest first)",
    description=STAFF_READ,
)
async def list_all_risk_responses(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    status: ResponseStatus | None = None,
    kind: ResponseKind | None = None,
    owner: str | None = None,
    review_before: Annotated[dt.date | None, Query(description="Review date on or before this day")] = None,
    due_before: Annotated[dt.date | None, Query(description="Due date on or before this day")] = None,
) -> Page[ResponseRead]:
    stmt = select(RiskResponse)
    for column, value in (
        (RiskResponse.status, status),
        (RiskResponse.kind, kind),
        (RiskResponse.owner, owner),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if review_before is not None:
        stmt = stmt.where(RiskResponse.review_date <= review_before)
    if due_before is not None:
        stmt = stmt.where(RiskResponse.due_date <= due_before)
    items, cursor = await paginate(uow.session, stmt, [RiskResponse.created_at, RiskResponse.id], params)
    return Page[ResponseRead](items=[response_read(r) for r in items], next_cursor=cursor)
