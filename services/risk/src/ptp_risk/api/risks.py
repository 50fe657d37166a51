"""The risk register: identify risks, link them, and move them through their states."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Response
from ptp_common.auth import StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.events.schemas.risk import RiskClosed, RiskReopened
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_risk.api.deps import (
    RegisterEditor,
    RiskRegistrar,
    check_registrar,
    refuse_nulls,
    registrars_text,
    risk_or_404,
)
from ptp_risk.db.models import Response as RiskResponse
from ptp_risk.db.models import Risk
from ptp_risk.domain.levels import Level
from ptp_risk.domain.register import RISK_MACHINE, RiskKind
from ptp_risk.domain.response_rules import check_close
from ptp_risk.usecases.references import check_links
from ptp_risk.usecases.register_levels import new_risk, raise_risk

REQUIRED_ON_UPDATE = ("title", "owner")  # may be changed, never emptied
LINK_FIELDS = ("customer_id", "contract_id", "project_id")  # other services' records

router = APIRouter(prefix="/risks", tags=["risk register"])

RiskStatus = Literal["identified", "responding", "closed"]


class RiskCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "market",
                    "title": "Main competitor cuts prices 15%",
                    "description": "Could cost us the renewal of two clients",
                    "owner": "pat",
                    "customer_id": "cus-42",
                }
            ]
        },
    )
    kind: RiskKind
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    owner: str | None = Field(default=None, max_length=200, description="Defaults to the caller")
    customer_id: str | None = Field(default=None, max_length=100)
    contract_id: str | None = Field(default=None, max_length=100)
    project_id: str | None = Field(default=None, max_length=100)


class RiskUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"owner": "lee", "title": "Price war in region north"}]},
    )
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    owner: str | None = Field(default=None, min_length=1, max_length=200)
    customer_id: str | None = Field(default=None, max_length=100)
    contract_id: str | None = Field(default=None, max_length=100)
    project_id: str | None = Field(default=None, max_length=100)


class LevelOverrideRead(BaseModel):
    level: Level
    reason: str
    by: str
    at: dt.datetime


class RiskRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    kind: RiskKind
    title: str
    description: str
    status: RiskStatus
    level: Level | None = Field(
        description="The manager's override if one is in force, else the most severe of the latest "
        "qualitative assessment, the latest quantitative one and the worst indicator breach; "
        "null until assessed"
    )
    qualitative_level: Level | None = Field(description="Latest qualitative (matrix) assessment")
    quantitative_level: Level | None = Field(description="Latest quantitative assessment")
    indicator_level: Level | None = Field(
        description="Worst latest indicator reading past a threshold (medium or high), if any"
    )
    level_override: LevelOverrideRead | None = Field(
        description="A manager's override in force (ends with the next assessment or indicator change)"
    )
    owner: str
    customer_id: str | None
    contract_id: str | None
    project_id: str | None
    raised_automatically: bool
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int
    allowed_actions: list[str]


def risk_read(risk: Risk) -> RiskRead:
    return RiskRead.model_validate(
        {
            **{c: getattr(risk, c) for c in RiskRead.model_fields if hasattr(risk, c)},
            "raised_automatically": risk.source_key is not None,
            "level_override": None
            if risk.override_level is None
            else {
                "level": risk.override_level,
                "reason": risk.override_reason,
                "by": risk.override_by,
                "at": risk.override_at,
            },
            "allowed_actions": RISK_MACHINE.allowed(risk.status),
        }
    )


STAFF_READ = "Any staff role; a client_representative gets 403 (risk records are internal)."
LINKS = (
    "`customer_id`, `contract_id` and `project_id` must name records risk learnt of from crm, contracts "
    "and projects events, and agree with each other (a contract of that customer, a project of that "
    "contract): 422 naming the field otherwise (see docs/domain.md, References between services)."
)


@router.post(
    "",
    status_code=201,
    response_model=RiskRead,
    summary="Identify a risk",
    description=f"Who registers which kind ({registrars_text()}). Any other caller gets 403 naming the rule. "
    + LINKS,
)
async def create_risk(
    body: RiskCreate,
    uow: UowDep,
    principal: RiskRegistrar,
    response: Response,
    key: IdempotencyKey = None,
):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /risks", body)
    check_registrar(principal, body.kind)
    if (previous := await idem.previous_response()) is not None:
        return previous
    await check_links(uow.session, body.customer_id, body.contract_id, body.project_id)
    fields = body.model_dump(exclude={"owner"})
    risk = new_risk(**fields, owner=body.owner or principal.actor, created_by=principal.actor, at=utcnow())
    await raise_risk(uow, risk)
    await uow.session.flush()
    read = risk_read(risk)
    return await idem.created(read, response)


@router.get("", response_model=Page[RiskRead], summary="List risks (newest first)", description=STAFF_READ)
async def list_risks(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    kind: RiskKind | None = None,
    status: RiskStatus | None = None,
    level: Level | None = None,
    owner: str | None = None,
    customer_id: str | None = None,
    contract_id: str | None = None,
    project_id: str | None = None,
) -> Page[RiskRead]:
    stmt = select(Risk)
    for column, value in (
        (Risk.kind, kind),
        (Risk.status, status),
        (Risk.level, level),
        (Risk.owner, owner),
        (Risk.customer_id, customer_id),
        (Risk.contract_id, contract_id),
        (Risk.project_id, project_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Risk.created_at, Risk.id], params, descending=True)
    return Page[RiskRead](items=[risk_read(r) for r in items], next_cursor=cursor)


@router.get("/{risk_id}", response_model=RiskRead, summary="Read a risk", description=STAFF_READ)
async def get_risk(risk_id: str, uow: UowDep, _: StaffPrincipal, response: Response) -> RiskRead:
    risk = await risk_or_404(uow, risk_id)
    set_etag(response, risk.version)
    return risk_read(risk)


@router.patch(
    "/{risk_id}",
    response_model=RiskRead,
    summary="Edit a risk's description, owner or links",
    description="Roles manager, project_manager, business_specialist (others 403). " + LINKS,
)
async def update_risk(
    risk_id: str,
    body: RiskUpdate,
    uow: UowDep,
    _: RegisterEditor,
    response: Response,
    if_match: IfMatch = None,
) -> RiskRead:
    risk = await risk_or_404(uow, risk_id)
    check_if_match(if_match, risk.version)
    changes = body.model_dump(exclude_unset=True)
    refuse_nulls(changes, REQUIRED_ON_UPDATE)
    links = {name: changes.get(name, getattr(risk, name)) for name in LINK_FIELDS}
    await check_links(uow.session, **links, changed=changes.keys())
    for name, value in changes.items():
        setattr(risk, name, value)
    risk.updated_at = utcnow()
    await uow.session.flush()
    read = risk_read(risk)
    await uow.commit()
    set_etag(response, read.version)
    return read


async def _transition(
    risk_id: str, action: str, uow: UowDep, response: Response, if_match: str | None
) -> RiskRead:
    risk = await risk_or_404(uow, risk_id)
    check_if_match(if_match, risk.version)
    status = RISK_MACHINE.next_state(risk.status, action)
    if action == "close":
        responses = await uow.session.execute(
            select(RiskResponse.kind, RiskResponse.status).where(RiskResponse.risk_id == risk.id)
        )
        check_close(risk.level, [(kind, state) for kind, state in responses])
    risk.status = status
    risk.updated_at = utcnow()
    facts = {"risk_id": risk.id, "kind": risk.kind, "level": risk.level, "owner": risk.owner}
    uow.emit(RiskClosed(**facts) if action == "close" else RiskReopened(**facts), subject=risk.id)
    await uow.session.flush()
    read = risk_read(risk)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/{risk_id}/close",
    response_model=RiskRead,
    summary="Close a risk that no longer threatens",
    description="Roles manager, project_manager, business_specialist (others 403). A HIGH risk closes "
    "only after one of its avoid, reduce or transfer responses is completed: 409 (rule "
    "`high-risk-closes-after-completed-treatment`) otherwise; 409 too when the risk is already closed.",
)
async def close_risk(
    risk_id: str, uow: UowDep, _: RegisterEditor, response: Response, if_match: IfMatch = None
) -> RiskRead:
    return await _transition(risk_id, "close", uow, response, if_match)


@router.post(
    "/{risk_id}/reopen",
    response_model=RiskRead,
    summary="Reopen a closed risk",
    description="Roles manager, project_manager, business_specialist (others 403); 409 unless closed.",
)
async def reopen_risk(
    risk_id: str, uow: UowDep, _: RegisterEditor, response: Response, if_match: IfMatch = None
) -> RiskRead:
    return await _transition(risk_id, "reopen", uow, response, if_match)
