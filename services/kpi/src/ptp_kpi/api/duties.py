"""The duty calendar (issue 21 item 1): rules per duty kind set by a manager; what is due soon
and what was missed, per person, team or role."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from ptp_common.auth import Principal, Role, StaffPrincipal
from ptp_common.errors import Unprocessable
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.pagination import PageDep, paginate, paginate_list
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ptp_kpi.api.access import STAFF_ONLY, Manager, require_own_or_overseer, sees_everything
from ptp_kpi.db import duties
from ptp_kpi.db.assessment import subject_people
from ptp_kpi.db.duty_models import DutyMiss, DutyRule
from ptp_kpi.domain.duties import DEFAULTS, KINDS, DutyKindName, PeriodName

router = APIRouter(tags=["duties"])

Kind = DutyKindName
Paging = PageDep


class DutyRuleUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "period": "month", "owner_role": "business_specialist", "grace_days": 5,
        "due_soon_days": 7, "active": True}]})
    period: PeriodName
    owner_role: Role | None = Field(default=None, description="The role the duty falls to")
    owner_person: str | None = Field(default=None, max_length=200,
                                     description="A person it falls to (when the subject names "
                                                 "nobody: departments, projects without a manager)")
    grace_days: int = Field(ge=0, le=90)
    due_soon_days: int = Field(default=7, ge=0, le=90)
    active: bool = True


class DutyRuleRead(BaseModel):
    kind: Kind
    description: str
    configured: bool
    period: str
    owner_role: str | None
    owner_person: str | None
    grace_days: int
    due_soon_days: int
    active: bool
    effective_from: dt.datetime | None
    updated_by: str | None
    version: int | None


def rule_read(kind: str, rule: DutyRule | None) -> DutyRuleRead:
    if rule is None:
        d = DEFAULTS[kind]
        return DutyRuleRead(kind=kind, description=KINDS[kind], configured=False,  # type: ignore[arg-type]
                            period=str(d["period"]), owner_role=str(d["owner_role"]),
                            owner_person=None, grace_days=int(d["grace_days"]),  # type: ignore[call-overload]
                            due_soon_days=7, active=False, effective_from=None, updated_by=None,
                            version=None)
    return DutyRuleRead(kind=kind, description=KINDS[kind], configured=True,  # type: ignore[arg-type]
                        period=rule.period, owner_role=rule.owner_role, owner_person=rule.owner_person,
                        grace_days=rule.grace_days, due_soon_days=rule.due_soon_days, active=rule.active,
                        effective_from=rule.effective_from, updated_by=rule.updated_by, version=rule.version)


class DutyRulePage(BaseModel):
    items: list[DutyRuleRead]
    next_cursor: str | None = None


@router.get("/duty-rules", response_model=DutyRulePage, summary="The duty rules, one per kind",
            description=STAFF_ONLY + " A kind no manager configured yet shows its defaults, inactive. "
                        "By kind.")
async def list_duty_rules(uow: UowDep, _: StaffPrincipal, params: Paging) -> DutyRulePage:
    rules = {r.kind: r for r in (await uow.session.execute(select(DutyRule))).scalars()}
    items, cursor = paginate_list(list(KINDS), params, lambda kind: [kind])
    return DutyRulePage(items=[rule_read(kind, rules.get(kind)) for kind in items], next_cursor=cursor)


@router.put("/duty-rules/{kind}", response_model=DutyRuleRead,
            summary="Configure a duty kind: period, owner (role or person), grace",
            description="Role manager (403 otherwise). Periods are due from the one holding the "
                        "moment the rule first took effect (or the subject became due, e.g. a "
                        "project started or a risk turned high).")
async def configure_duty_rule(kind: Kind, body: DutyRuleUpdate, uow: UowDep, runtime: RuntimeDep,
                              principal: Manager, response: Response,
                              if_match: IfMatch = None) -> DutyRuleRead:
    if body.owner_role is None and body.owner_person is None:
        raise Unprocessable("name an owner_role or an owner_person", field="body.owner_role")
    now = runtime.clock.now()
    rule = await uow.session.get(DutyRule, kind)
    if rule is None:
        rule = DutyRule(kind=kind, effective_from=now)
        uow.session.add(rule)
    else:
        check_if_match(if_match, rule.version)
        if rule.period != body.period or (body.active and not rule.active):
            rule.effective_from = now  # a new rhythm starts now; nothing is due backwards
    rule.period, rule.owner_role = body.period, body.owner_role.value if body.owner_role else None
    rule.owner_person, rule.grace_days = body.owner_person, body.grace_days
    rule.due_soon_days, rule.active = body.due_soon_days, body.active
    rule.updated_by, rule.updated_at = principal.actor, now
    await uow.session.flush()
    read = rule_read(kind, rule)
    await uow.commit()
    set_etag(response, rule.version)
    return read


class DutyRead(BaseModel):
    kind: Kind
    subject_id: str
    subject_label: str
    period: str
    period_start: dt.datetime
    period_end: dt.datetime
    due_at: dt.datetime
    status: Literal["open", "due_soon", "fulfilled", "missed"]
    owner: str | None
    owner_role: str | None
    team_id: str | None


class MissedDutyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    kind: Kind
    subject_id: str
    subject_label: str
    period: str
    period_start: dt.datetime
    period_end: dt.datetime
    due_at: dt.datetime
    owner: str | None
    owner_role: str | None
    team_id: str | None
    consecutive: int = Field(description="Periods missed in a row, this one included")
    event_id: str = Field(description="The kpi.duty.missed event")
    recorded_at: dt.datetime


class DutyPage(BaseModel):
    items: list[DutyRead]
    next_cursor: str | None = None


class MissedDutyPage(BaseModel):
    items: list[MissedDutyRead]
    next_cursor: str | None = None


async def _scope(uow: UowDep, principal: Principal, person: str | None, team: str | None,
                 role: str | None) -> tuple[set[str] | None, str | None]:
    """Whose duties: (people, team) after checking the caller may read them."""
    if person is not None:
        require_own_or_overseer(principal, {person}, f"{person}'s duties")
        return {person}, None
    if team is not None:
        members = set(await subject_people(uow.session, "team", team))
        require_own_or_overseer(principal, members, f"team {team}'s duties")
        return members, team
    if role is not None:
        if not (sees_everything(principal) or principal.has_any(role)):
            require_own_or_overseer(principal, set(), f"the {role} duties")
        return None, None
    if sees_everything(principal):
        return None, None
    # Without a filter a member of staff gets their own duties ("my duties"), not a refusal.
    return {principal.subject}, None


Who = Annotated[
    str | None,
    Query(description="A person's duties (yours, or anyone's for an overseer); without person, team or "
          "role: everyone's for an overseer, your own otherwise"),
]
WhichTeam = Annotated[str | None, Query(description="A team's duties: its members' and its department's")]


@router.get("/duties", response_model=DutyPage,
            summary="Duties of the current period (and of the one before while its grace runs), by kind, "
                    "subject and period",
            description=STAFF_ONLY + " Per person (yourself; managers, auditors, admins anyone), per "
                        "team (members and overseers) or per role (holders of that role and "
                        "overseers); `status=due_soon` for what is due soon. The clock is the "
                        "service's; overseers may ask `as_of` another moment.")
async def list_duties(uow: UowDep, runtime: RuntimeDep, principal: StaffPrincipal, params: Paging,
                      person: Who = None, team: WhichTeam = None, role: str | None = None,
                      kind: Kind | None = None,
                      status: Literal["open", "due_soon", "fulfilled", "missed"] | None = None,
                      as_of: dt.datetime | None = None) -> DutyPage:
    people, team_id = await _scope(uow, principal, person, team, role)
    if as_of is not None:
        require_own_or_overseer(principal, set(), "another moment's calendar")
    lines = await duties.calendar(uow.session, as_of or runtime.clock.now(), uow.business_zone)
    result = []
    for line in lines:
        if people is not None and line.owner not in people and (team_id is None or line.team_id != team_id):
            continue
        if role is not None and line.owner_role != role:
            continue
        if (kind and line.kind != kind) or (status and line.status != status):
            continue
        result.append(DutyRead(**line.__dict__))
    items, cursor = paginate_list(result, params, lambda d: [d.kind, d.subject_id, d.period_start])
    return DutyPage(items=items, next_cursor=cursor)


@router.get("/duties/missed", response_model=MissedDutyPage,
            summary="Duties missed (each kpi.duty.missed), newest first",
            description=STAFF_ONLY + " Per person, team or role, as GET /duties.")
async def list_missed_duties(uow: UowDep, principal: StaffPrincipal, params: Paging, person: Who = None,
                             team: WhichTeam = None, role: str | None = None,
                             kind: Kind | None = None) -> MissedDutyPage:
    people, team_id = await _scope(uow, principal, person, team, role)
    stmt = select(DutyMiss)
    if people is not None:
        cond = DutyMiss.owner.in_(people)
        stmt = stmt.where(cond | (DutyMiss.team_id == team_id) if team_id else cond)
    if role is not None:
        stmt = stmt.where(DutyMiss.owner_role == role)
    if kind is not None:
        stmt = stmt.where(DutyMiss.kind == kind)
    items, cursor = await paginate(uow.session, stmt, [DutyMiss.period_end, DutyMiss.id], params,
                                   descending=True)
    return MissedDutyPage(items=[MissedDutyRead.model_validate(m) for m in items], next_cursor=cursor)
