"""Responses to a register risk: avoid / reduce / transfer / accept, each with owner, dates and status."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response
from ptp_common.auth import CurrentPrincipal, Role
from ptp_common.db import utcnow
from ptp_common.errors import Forbidden, NotFound
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageParams, page_params, paginate
from ptp_common.service import UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.api.deps import RegisterEditor, get_risk, refuse_nulls
from ptp_risk.db.models import Response as RiskResponse
from ptp_risk.domain.policy import ResponseKind
from ptp_risk.domain.register import (
    RESPONSE_TRANSITIONS,
    RISK_TRANSITIONS,
    allowed_actions,
    needs_manager_to_accept,
    next_state,
)

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
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int
    allowed_actions: list[str]


def response_read(item: RiskResponse) -> ResponseRead:
    return ResponseRead.model_validate(
        {
            **{c: getattr(item, c) for c in ResponseRead.model_fields if hasattr(item, c)},
            "allowed_actions": allowed_actions(RESPONSE_TRANSITIONS, item.status),
        }
    )


@router.post("", status_code=201, response_model=ResponseRead, summary="Plan a response to a risk")
async def create_response(
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
    risk = await get_risk(uow, risk_id)
    if needs_manager_to_accept(body.kind, risk.level) and not principal.has_any(Role.manager):
        raise Forbidden("accepting a high risk needs the manager role", required_roles=[Role.manager.value])
    risk.status = next_state(RISK_TRANSITIONS, "risk", risk.status, "respond")
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
        created_at=now,
        created_by=principal.actor,
        updated_at=now,
    )
    uow.session.add(item)
    await uow.session.flush()
    read = response_read(item)
    await idem.remember(201, read.model_dump(mode="json"))
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get("", response_model=Page[ResponseRead], summary="A risk's responses, oldest first")
async def list_responses(
    risk_id: str,
    uow: UowDep,
    _: CurrentPrincipal,
    params: Annotated[PageParams, Depends(page_params)],
    status: ResponseStatus | None = None,
    kind: ResponseKind | None = None,
) -> Page[ResponseRead]:
    await get_risk(uow, risk_id)
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


@router.get("/{response_id}", response_model=ResponseRead, summary="Read a response")
async def read_response(
    risk_id: str, response_id: str, uow: UowDep, _: CurrentPrincipal, response: Response
) -> ResponseRead:
    item = await _get_response(uow, risk_id, response_id)
    set_etag(response, item.version)
    return response_read(item)


@router.patch(
    "/{response_id}", response_model=ResponseRead, summary="Change a response's action, owner or dates"
)
async def update_response(
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
        f"/{{response_id}}/{action}", response_model=ResponseRead, summary=summary, name=f"{action}_response"
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
        item.status = next_state(RESPONSE_TRANSITIONS, "response", item.status, action)
        item.updated_at = utcnow()
        await uow.session.flush()
        read = response_read(item)
        await uow.commit()
        set_etag(response, read.version)
        return read


_action_route("start", "Start carrying out a planned response")
_action_route("complete", "Mark a response done")
_action_route("cancel", "Cancel a response")


review_router = APIRouter(prefix="/responses", tags=["responses"])


@review_router.get(
    "",
    response_model=Page[ResponseRead],
    summary="Responses across all risks, e.g. those due for review (oldest first)",
)
async def list_all_responses(
    uow: UowDep,
    _: CurrentPrincipal,
    params: Annotated[PageParams, Depends(page_params)],
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
