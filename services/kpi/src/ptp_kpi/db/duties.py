"""The duty calendar at work: subjects learned from events, fulfilments, the missed-duty check."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ptp_common.business_time import UTC
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.events.schemas import crm, kpi, projects, risk
from sqlalchemy import bindparam, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_kpi.db.duty_models import DutyFulfilment, DutyMiss, DutyRule, DutySubject
from ptp_kpi.db.models import Person, Team
from ptp_kpi.domain import duties as rules


@dataclass(frozen=True)
class Subject:
    kind: str
    subject_id: str
    label: str
    owner: str | None
    team_id: str | None
    since: dt.datetime | None


# -- what the duties are due for ----------------------------------------------------------------

async def _teams_by_person(session: AsyncSession) -> dict[str, str | None]:
    return dict((await session.execute(select(Person.id, Person.team_id))).all())  # type: ignore[arg-type]


async def subjects(session: AsyncSession, rule: DutyRule) -> list[Subject]:
    """Everything ``rule`` is due for now, each with the person it is due from (if one)."""
    team_of = await _teams_by_person(session)
    kind = rule.kind
    if kind == "market_research":
        people = (await session.execute(
            select(Person).where(Person.role == "business_specialist").order_by(Person.id))).scalars()
        return [Subject(kind, p.id, p.name, p.id, p.team_id, None) for p in people]
    if kind in ("internal_audit", "self_check"):
        teams = (await session.execute(select(Team).order_by(Team.department, Team.name))).scalars().all()
        found: dict[str, Subject] = {}
        for team in teams:
            if team.department in found:
                continue
            owner = rule.owner_person or team.lead
            found[team.department] = Subject(kind, team.department, team.department, owner,
                                             team_of.get(owner, team.id) if owner else team.id, None)
        return list(found.values())
    rows = (await session.execute(
        select(DutySubject).where(DutySubject.kind == kind, DutySubject.active.is_(True))
        .order_by(DutySubject.subject_id))).scalars()
    result = []
    for row in rows:
        owner = row.owner or rule.owner_person
        result.append(Subject(kind, row.subject_id, row.label, owner,
                              team_of.get(owner) if owner else None, row.since))
    return result


# -- learning from events ------------------------------------------------------------------------

# session.info key: the subject rows a batch loaded at once, (kind, subject id) -> row (None: absent)
_LOADED = "ptp_kpi.duty_subjects"
_SUBJECT_KINDS: tuple[tuple[type[EventData], str, str], ...] = (
    (projects.ProjectPlanned, "progress_report", "project_id"),
    (projects.ProjectStarted, "progress_report", "project_id"),
    (projects.ProjectAccepted, "progress_report", "project_id"),
    (projects.ProjectCancelled, "progress_report", "project_id"),
    (risk.RiskLevelChanged, "risk_review", "risk_id"),
    (risk.RiskAssessmentRecorded, "risk_review", "risk_id"),
    (risk.RiskClosed, "risk_review", "risk_id"),
    (risk.RiskReopened, "risk_review", "risk_id"),
)
SUBJECTS_BY_KEY = select(DutySubject).where(
    tuple_(DutySubject.kind, DutySubject.subject_id).in_(bindparam("keys", expanding=True))
)


def _subject_key(data: EventData) -> tuple[str, str] | None:
    """(duty kind, subject id) of the subject row an event changes, if it changes one."""
    for event_type, kind, attribute in _SUBJECT_KINDS:
        if isinstance(data, event_type):
            return kind, getattr(data, attribute)
    return None


@asynccontextmanager
async def subjects_loaded(session: AsyncSession, batch: Sequence[EventData]) -> AsyncIterator[None]:
    """For a batch's ``learn`` calls: the subject rows its events change, read with one SELECT
    (not one per event); gone after the block whatever happens."""
    keys = sorted({key for data in batch if (key := _subject_key(data)) is not None})
    loaded: dict[tuple[str, str], DutySubject | None] = dict.fromkeys(keys)
    if keys:
        for row in (await session.execute(SUBJECTS_BY_KEY, {"keys": keys})).scalars():
            loaded[row.kind, row.subject_id] = row
    session.info[_LOADED] = loaded
    try:
        yield
    finally:
        session.info.pop(_LOADED, None)


async def _subject_row(session: AsyncSession, kind: str, subject_id: str,
                       at: dt.datetime) -> DutySubject:
    loaded: dict[tuple[str, str], DutySubject | None] | None = session.info.get(_LOADED)
    if loaded is not None and (kind, subject_id) in loaded:
        row = loaded[kind, subject_id]
    else:
        row = await session.get(DutySubject, (kind, subject_id))
    if row is None:
        row = DutySubject(kind=kind, subject_id=subject_id, label=subject_id, owner=None,
                          active=False, since=None, updated_at=at)
        session.add(row)
        if loaded is not None:
            loaded[kind, subject_id] = row  # a later event of the batch finds it
    row.updated_at = at
    return row


def _activate(row: DutySubject, active: bool, at: dt.datetime) -> None:
    if active and not row.active:
        row.since = at
    row.active = active


async def learn(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    """Track projects and high risks, and record the fulfilment an event brings."""
    session, at = uow.session, env.time
    if isinstance(data, projects.ProjectPlanned):
        row = await _subject_row(session, "progress_report", data.project_id, at)
        row.label, row.owner = data.name, data.manager or data.owner or row.owner
    elif isinstance(data, projects.ProjectStarted):
        _activate(await _subject_row(session, "progress_report", data.project_id, at), True, at)
    elif isinstance(data, (projects.ProjectAccepted, projects.ProjectCancelled)):
        _activate(await _subject_row(session, "progress_report", data.project_id, at), False, at)
    elif isinstance(data, risk.RiskLevelChanged):
        row = await _subject_row(session, "risk_review", data.risk_id, at)
        _activate(row, data.level == "high", at)
    elif isinstance(data, risk.RiskAssessmentRecorded):
        row = await _subject_row(session, "risk_review", data.risk_id, at)
        row.owner, row.label = data.owner, data.title or data.risk_id
        _activate(row, data.level == "high" and data.status != "closed", data.assessed_at)
    elif isinstance(data, risk.RiskClosed):
        _activate(await _subject_row(session, "risk_review", data.risk_id, at), False, at)
    elif isinstance(data, risk.RiskReopened):
        _activate(await _subject_row(session, "risk_review", data.risk_id, at), data.level == "high", at)
    fulfilled = _fulfils(env, data)
    if fulfilled is not None:
        await fulfil(uow, env, *fulfilled)


def _fulfils(env: Envelope, data: EventData) -> tuple[str, str, dt.datetime] | None:
    """(duty kind, subject, when) an event fulfils, if it fulfils one."""
    if isinstance(data, crm.ResearchFiled):
        return "market_research", data.filed_by, data.filed_at
    if isinstance(data, projects.ProgressReported):
        return "progress_report", data.project_id, data.reported_at
    if isinstance(data, kpi.AuditCompleted) and data.department:
        return "internal_audit", data.department, data.completed_at
    if isinstance(data, kpi.SelfCheckSubmitted):
        return "self_check", data.department, env.time
    if isinstance(data, risk.RiskAssessmentRecorded):
        return "risk_review", data.risk_id, data.assessed_at
    return None


async def _done_or_missed(session: AsyncSession, kind: str, subject_id: str) -> set[str]:
    done = (await session.execute(select(DutyFulfilment.period).where(
        DutyFulfilment.kind == kind, DutyFulfilment.subject_id == subject_id))).scalars().all()
    missed = (await session.execute(select(DutyMiss.period).where(
        DutyMiss.kind == kind, DutyMiss.subject_id == subject_id))).scalars().all()
    return set(done) | set(missed)


async def _subject(session: AsyncSession, rule: DutyRule, subject_id: str) -> Subject | None:
    return next((s for s in await subjects(session, rule) if s.subject_id == subject_id), None)


def _period_facts(rule: DutyRule, subject: Subject, period: rules.Period) -> dict[str, object]:
    return {"rule_id": rule.kind, "kind": rule.kind, "subject_id": subject.subject_id,
            "subject_label": subject.label, "period": period.key, "period_start": period.start,
            "period_end": period.end, "due_at": rules.due_at(period, rule.grace_days),
            "owner": subject.owner, "owner_role": rule.owner_role, "team_id": subject.team_id}


async def fulfil(uow: UnitOfWork, env: Envelope, kind: str, subject_id: str, at: dt.datetime) -> None:
    session = uow.session
    rule = await session.get(DutyRule, kind)
    if rule is None or not rule.active:
        return
    taken = await _done_or_missed(session, kind, subject_id)
    subject = await _subject(session, rule, subject_id) or Subject(
        kind, subject_id, subject_id, rule.owner_person, None, None)
    first = max(rule.effective_from, subject.since or rule.effective_from)
    candidates = rules.candidate_periods(rule.period, at, rule.grace_days, uow.business_zone)
    period = next((p for p in candidates if p.key not in taken and p.end > first), None)
    if period is None:
        return  # already fulfilled (or recorded missed), or not due yet: nothing more to count
    session.add(DutyFulfilment(kind=kind, subject_id=subject_id, period=period.key,
                               fulfilled_at=at, event_id=env.id, owner=subject.owner))
    uow.emit(kpi.DutyFulfilled(**_period_facts(rule, subject, period),  # type: ignore[arg-type]
                               fulfilled_at=at, fulfilled_by_event=env.id),
             subject=f"{kind}:{subject_id}")


# -- the periodic check ----------------------------------------------------------------------

async def check(uow: UnitOfWork, now: dt.datetime) -> dict[str, int]:
    """Record each period whose due time passed without its record, once, and announce it."""
    session = uow.session
    missed = 0
    for rule in (await session.execute(select(DutyRule).where(DutyRule.active.is_(True)))).scalars().all():
        for subject in await subjects(session, rule):
            first = max(rule.effective_from, subject.since or rule.effective_from)
            taken = await _done_or_missed(session, rule.kind, subject.subject_id)
            for period in rules.periods_due(rule.period, first, now, rule.grace_days,
                                            zone=uow.business_zone):
                if period.key in taken:
                    continue
                consecutive = 1 + await _misses_before(session, rule, subject.subject_id, period)
                env = uow.emit(kpi.DutyMissed(**_period_facts(rule, subject, period),  # type: ignore[arg-type]
                                              consecutive_misses=consecutive),
                               subject=f"{rule.kind}:{subject.subject_id}")
                session.add(DutyMiss(
                    kind=rule.kind, subject_id=subject.subject_id, subject_label=subject.label,
                    period=period.key, period_start=period.start, period_end=period.end,
                    due_at=rules.due_at(period, rule.grace_days), owner=subject.owner,
                    owner_role=rule.owner_role, team_id=subject.team_id, consecutive=consecutive,
                    event_id=env.id, recorded_at=now))
                await session.flush()
                taken.add(period.key)
                missed += 1
    return {"missed": missed}


async def _misses_before(session: AsyncSession, rule: DutyRule, subject_id: str,
                         period: rules.Period) -> int:
    """How many periods right before ``period`` were missed in a row."""
    count, before = 0, rules.previous(rule.period, period)
    while True:
        found = await session.scalar(select(DutyMiss.id).where(
            DutyMiss.kind == rule.kind, DutyMiss.subject_id == subject_id,
            DutyMiss.period == before.key))
        if found is None:
            return count
        count += 1
        before = rules.previous(rule.period, before)


# -- the calendar as people read it ----------------------------------------------------------

@dataclass(frozen=True)
class DutyLine:
    kind: str
    subject_id: str
    subject_label: str
    period: str
    period_start: dt.datetime
    period_end: dt.datetime
    due_at: dt.datetime
    status: str
    owner: str | None
    owner_role: str | None
    team_id: str | None


async def calendar(session: AsyncSession, now: dt.datetime, zone: ZoneInfo = UTC) -> list[DutyLine]:
    """Every active duty's open periods at ``now``: the current one, and the one before while its
    grace runs; with status fulfilled, due_soon or open (a missed one is in ``duty_misses``).
    Periods are those of the company's calendar (``zone``)."""
    lines = []
    for rule in (await session.execute(
            select(DutyRule).where(DutyRule.active.is_(True)).order_by(DutyRule.kind))).scalars().all():
        for subject in await subjects(session, rule):
            taken = set((await session.execute(select(DutyFulfilment.period).where(
                DutyFulfilment.kind == rule.kind,
                DutyFulfilment.subject_id == subject.subject_id))).scalars().all())
            missed = await _done_or_missed(session, rule.kind, subject.subject_id) - taken
            for period in rules.candidate_periods(rule.period, now, rule.grace_days, zone):
                if period.key in missed or period.end <= max(rule.effective_from,
                                                             subject.since or rule.effective_from):
                    continue
                status = rules.status_of(period, rule.grace_days, rule.due_soon_days,
                                         period.key in taken, now)
                lines.append(DutyLine(rule.kind, subject.subject_id, subject.label, period.key,
                                      period.start, period.end, rules.due_at(period, rule.grace_days),
                                      status, subject.owner, rule.owner_role, subject.team_id))
    return lines
