"""Scorecards: indicators with targets and weights, qualitative evaluations, the total;
publish; drill down from any indicator to its facts and their events."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Response
from ptp_common.auth import Principal, Role, StaffPrincipal
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, Forbidden, NotFound, Unprocessable
from ptp_common.events.schemas.kpi import EvaluationRecorded, ScorecardPublished
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.middleware import public_url
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from ptp_kpi.api.access import Manager, Staff, sees_everything
from ptp_kpi.api.scorecard_schemas import (
    CustomerPart,
    EvaluationCreate,
    EvaluationRead,
    EvaluatorWeights,
    FactPage,
    FactRead,
    IndicatorResult,
    QualitativeResult,
    ScorecardCreate,
    ScorecardPage,
    ScorecardRead,
    ScorecardSummary,
)
from ptp_kpi.db import assessment
from ptp_kpi.db.models import (
    Evaluation,
    MetricFact,
    Person,
    Scorecard,
    ScorecardIndicator,
    Team,
)
from ptp_kpi.domain.customer_voice import RULE as CUSTOMER_RULE
from ptp_kpi.domain.facts import unit_of
from ptp_kpi.domain.indicators import INDICATORS
from ptp_kpi.domain.lifecycles import SCORECARD
from ptp_kpi.domain.periods import months_in

router = APIRouter(prefix="/scorecards", tags=["scorecards"])

# Who may evaluate as what: supervisors lead (managers, project managers evaluating
# their team members); peers are colleagues of the same team (checked in the directory).
# There is no customer kind: the customer part comes from crm's events
# (domain/customer_voice.py), so no member of staff can type it.
EVALUATOR_ROLES: dict[str, tuple[Role, ...]] = {
    "supervisor": (Role.manager, Role.project_manager),
    "peer": tuple(r for r in Role if r not in (Role.admin, Role.service,
                                              Role.client_representative)),
}
SCORECARD_WIDE_READERS = (Role.project_manager,)
WEIGHT_SUM = Decimal(1)

READ_RULES = (
    "Who may call: staff. A client_representative token gets 403 (KPI data is internal). "
    "managers, auditors, admins and project managers read every scorecard; anyone else their "
    "own and their team's (403 otherwise)."
)


async def _load(uow: UowDep, scorecard_id: str) -> Scorecard:
    card = await uow.session.get(Scorecard, scorecard_id)
    if card is None:
        raise NotFound(f"no scorecard {scorecard_id}")
    return card


async def _check_may_read(uow: UowDep, principal: Principal, card: Scorecard) -> None:
    """Everyone reads their own scorecard and their team's; overseers read all."""
    if sees_everything(principal) or principal.has_any(*SCORECARD_WIDE_READERS):
        return
    if card.subject_type == "person" and card.subject_id == principal.actor:
        return
    if card.subject_type == "team":
        team_id = await uow.session.scalar(select(Person.team_id)
                                           .where(Person.id == principal.actor))
        if team_id == card.subject_id:
            return
    raise Forbidden("this scorecard is someone else's; requires manager or auditor")


async def _check_supervises(uow: UowDep, principal: Principal, card: Scorecard) -> None:
    """A project manager evaluates as supervisor only the members they lead."""
    if card.subject_type == "person":
        person = await uow.session.get(Person, card.subject_id)
        team = None if person is None or person.team_id is None else await uow.session.get(
            Team, person.team_id)
        leads = {person.supervisor if person else None, team.lead if team else None}
    else:
        team = await uow.session.get(Team, card.subject_id)
        leads = {team.lead if team else None}
    if principal.actor not in leads:
        raise Forbidden(f"{principal.actor} neither supervises {card.subject_id} nor leads "
                        "their team; a manager may evaluate anyone",
                        required_roles=[Role.manager.value])


async def _check_peer(uow: UowDep, principal: Principal, card: Scorecard) -> None:
    """A peer is a member of the evaluated person's team, as the directory says."""
    if card.subject_type != "person":
        raise Unprocessable("peers evaluate persons; a team is evaluated by its supervisor, and "
                            "its customers speak through crm's events", field="body.evaluator_kind")
    rows = await uow.session.execute(select(Person.id, Person.team_id).where(
        Person.id.in_([card.subject_id, principal.actor])))
    teams = {person: team for person, team in rows.all()}
    team = teams.get(card.subject_id)
    if team is None or teams.get(principal.actor) != team:
        raise Forbidden(f"a peer evaluation is by a member of {card.subject_id}'s team "
                        f"({team or 'no team in the directory'}); {principal.actor} is not one",
                        rule="peers are members of the evaluated person's team")


async def _view(uow: UowDep, card: Scorecard) -> ScorecardRead:
    lines = (await uow.session.execute(
        select(ScorecardIndicator).where(ScorecardIndicator.scorecard_id == card.id)
        .order_by(ScorecardIndicator.position))).scalars().all()
    evaluations = (await uow.session.execute(
        select(Evaluation).where(Evaluation.scorecard_id == card.id)
        .order_by(Evaluation.created_at, Evaluation.id))).scalars().all()
    result = await assessment.figures(uow.session, card, lines, evaluations)
    return ScorecardRead(
        id=card.id, subject_type=card.subject_type, subject_id=card.subject_id,
        period=card.period, status=card.status, allowed_actions=SCORECARD.allowed(card.status),
        quantitative_weight=card.quantitative_weight,
        indicators=[
            IndicatorResult(
                indicator=r.line.indicator,
                category=INDICATORS[r.line.indicator].category,
                description=INDICATORS[r.line.indicator].description,
                higher_is_better=INDICATORS[r.line.indicator].higher_is_better,
                currency=r.line.currency, target=r.line.target, weight=r.line.weight,
                actual=r.actual, score=r.score,
                facts_url=public_url(f"/api/v1/scorecards/{card.id}/indicators/{r.line.indicator}/facts"),
            )
            for r in result.indicators
        ],
        quantitative_score=result.quantitative,
        qualitative=QualitativeResult(
            by_evaluator_kind=result.qualitative_by_kind,
            weights=EvaluatorWeights(**assessment.evaluator_weights(card)),
            score=result.qualitative,
            customer=CustomerPart(
                score=result.customer.score,
                satisfaction_mean=result.customer.satisfaction_mean,
                satisfaction_answers=result.customer.satisfaction_answers,
                complaints=result.customer.complaints,
                complaints_within_deadline=result.customer.complaints_within_deadline,
            ),
            evaluations=[EvaluationRead.model_validate(e) for e in evaluations],
        ),
        total_score=result.total,
        created_by=card.created_by, published_by=card.published_by,
        published_at=card.published_at, as_of_trail_seq=card.as_of_trail_seq,
        version=card.version,
    )


async def _check_subject(uow: UowDep, subject_type: str, subject_id: str) -> None:
    model = Person if subject_type == "person" else Team
    if await uow.session.get(model, subject_id) is None:
        raise Unprocessable(f"no {subject_type} {subject_id} in the directory",
                            field="body.subject_id")


def _check_weights(body: ScorecardCreate) -> None:
    """Weights are shares: each set adds up to 1, so a weight reads as what it counts for."""
    indicators = sum((line.weight for line in body.indicators), Decimal(0))
    if indicators != WEIGHT_SUM:
        raise Unprocessable(f"the indicators' weights add up to {indicators}, not 1",
                            field="body.indicators")
    kinds = body.evaluator_weights
    evaluators = kinds.supervisor + kinds.peer + kinds.customer
    if evaluators != WEIGHT_SUM:
        raise Unprocessable(f"the evaluator weights (supervisor {kinds.supervisor}, peer "
                            f"{kinds.peer}, customer {kinds.customer}) add up to {evaluators}, "
                            "not 1", field="body.evaluator_weights")


def _check_indicators(body: ScorecardCreate) -> None:
    seen: set[str] = set()
    for i, line in enumerate(body.indicators):
        where = f"body.indicators.{i}"
        indicator = INDICATORS.get(line.indicator)
        if indicator is None:
            raise Unprocessable(f"unknown indicator {line.indicator!r}; known: "
                                f"{', '.join(sorted(INDICATORS))}", field=f"{where}.indicator")
        if line.indicator in seen:
            raise Unprocessable(f"{line.indicator} listed twice", field=f"{where}.indicator")
        seen.add(line.indicator)
        if indicator.is_money and line.currency is None:
            raise Unprocessable(f"{line.indicator} is money: name its currency",
                                field=f"{where}.currency")
        if not indicator.is_money and line.currency is not None:
            raise Unprocessable(f"{line.indicator} is not money: no currency",
                                field=f"{where}.currency")


@router.post("", status_code=201, response_model=ScorecardRead,
             summary="Set up a scorecard for a person or team and period",
             description="Who may call: manager (403 otherwise). 422 naming the field: an unknown "
                         "or repeated indicator (body.indicators.N.indicator), a money indicator "
                         "without its currency or another with one (body.indicators.N.currency), "
                         "an unknown person or team (body.subject_id), indicator weights that do "
                         "not add up to 1 (body.indicators), evaluator weights that do not add up "
                         "to 1 (body.evaluator_weights). 409 when the subject has a scorecard for "
                         "the period. The qualitative part weighs supervisor, peer and customer; "
                         "the customer part is derived from crm events: " + CUSTOMER_RULE)
async def create_scorecard(body: ScorecardCreate, uow: UowDep, principal: Manager,
                           response: Response, key: IdempotencyKey = None):  # type: ignore[no-untyped-def]
    idem = Idempotency(uow, key, principal.actor, "POST /scorecards",
                       body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    _check_indicators(body)
    _check_weights(body)
    await _check_subject(uow, body.subject_type, body.subject_id)
    exists = await uow.session.scalar(select(Scorecard.id).where(
        Scorecard.subject_type == body.subject_type, Scorecard.subject_id == body.subject_id,
        Scorecard.period == body.period))
    if exists:
        raise Conflict(f"{body.subject_type} {body.subject_id} has a scorecard for "
                       f"{body.period}: {exists}", existing_id=exists)
    weights = body.evaluator_weights
    card = Scorecard(
        id=str(uuid.uuid4()), subject_type=body.subject_type, subject_id=body.subject_id,
        period=body.period, status="draft", quantitative_weight=body.quantitative_weight,
        supervisor_weight=weights.supervisor, peer_weight=weights.peer,
        customer_weight=weights.customer, created_by=principal.actor, created_at=utcnow(),
    )
    uow.session.add(card)
    for position, line in enumerate(body.indicators):
        uow.session.add(ScorecardIndicator(
            id=str(uuid.uuid4()), scorecard_id=card.id, position=position,
            indicator=line.indicator, currency=line.currency, target=line.target,
            weight=line.weight))
    await uow.session.flush()
    read = await _view(uow, card)
    return await idem.created(read, response)


@router.get("", response_model=ScorecardPage, summary="List scorecards (yours, or all)",
            description=READ_RULES + " The list holds only the scorecards the caller may read.")
async def list_scorecards(
    uow: UowDep, principal: StaffPrincipal,
    params: PageDep,
    subject_type: Annotated[str | None, Query(pattern="^(person|team)$")] = None,
    subject_id: str | None = None, period: str | None = None,
    status: Annotated[str | None, Query(pattern="^(draft|published)$")] = None,
) -> ScorecardPage:
    stmt = select(Scorecard)
    for column, value in ((Scorecard.subject_type, subject_type),
                          (Scorecard.subject_id, subject_id), (Scorecard.period, period),
                          (Scorecard.status, status)):
        if value is not None:
            stmt = stmt.where(column == value)
    if not (sees_everything(principal) or principal.has_any(*SCORECARD_WIDE_READERS)):
        team_id = await uow.session.scalar(select(Person.team_id)
                                           .where(Person.id == principal.actor))
        own = (Scorecard.subject_type == "person") & (Scorecard.subject_id == principal.actor)
        team = (Scorecard.subject_type == "team") & (Scorecard.subject_id == team_id)
        stmt = stmt.where(or_(own, team) if team_id else own)
    items, cursor = await paginate(uow.session, stmt, [Scorecard.created_at, Scorecard.id],
                                   params)
    return ScorecardPage(items=[ScorecardSummary.model_validate(c) for c in items],
                         next_cursor=cursor)


@router.get("/{scorecard_id}", response_model=ScorecardRead,
            summary="A scorecard: each indicator and its score, the qualitative part, the total",
            description=READ_RULES + " qualitative.customer shows the customer part and the facts "
                        "it rests on: " + CUSTOMER_RULE)
async def get_scorecard(scorecard_id: str, uow: UowDep, principal: StaffPrincipal,
                        response: Response) -> ScorecardRead:
    card = await _load(uow, scorecard_id)
    await _check_may_read(uow, principal, card)
    set_etag(response, card.version)
    return await _view(uow, card)


@router.post("/{scorecard_id}/evaluations", status_code=201, response_model=EvaluationRead,
             summary="Record a qualitative evaluation (supervisor or peer)",
             description="Who may call: staff. supervisor: a manager (anyone), or a project manager "
                         "who supervises the person or leads the team (403 otherwise). peer: a "
                         "member of the evaluated person's team in the directory (403 naming the "
                         "rule otherwise); peers evaluate persons, not teams (422 "
                         "body.evaluator_kind). Nobody evaluates themselves (403). "
                         "evaluator_kind customer is refused (422 body.evaluator_kind): "
                         + CUSTOMER_RULE + " 409 when the scorecard is published or the caller "
                         "already evaluated it as this kind.")
async def add_evaluation(scorecard_id: str, body: EvaluationCreate, uow: UowDep,
                         principal: Staff) -> EvaluationRead:
    card = await _load(uow, scorecard_id)
    if not principal.has_any(*EVALUATOR_ROLES[body.evaluator_kind]):
        raise Forbidden(f"a {body.evaluator_kind} evaluation requires one of the roles: "
                        f"{', '.join(EVALUATOR_ROLES[body.evaluator_kind])}")
    if card.subject_type == "person" and card.subject_id == principal.actor:
        raise Forbidden("nobody evaluates themselves")
    if body.evaluator_kind == "supervisor" and not principal.has_any(Role.manager):
        await _check_supervises(uow, principal, card)
    if body.evaluator_kind == "peer":
        await _check_peer(uow, principal, card)
    if card.status != "draft":
        raise Conflict(f"scorecard is {card.status}: reopen it to add evaluations",
                       allowed_actions=SCORECARD.allowed(card.status))
    evaluation = Evaluation(
        id=str(uuid.uuid4()), scorecard_id=card.id, evaluator=principal.actor,
        evaluator_kind=body.evaluator_kind, score=body.score,
        teamwork_score=body.teamwork_score, comment=body.comment, created_at=utcnow())
    uow.session.add(evaluation)
    try:
        await uow.session.flush()
    except IntegrityError:
        raise Conflict(f"{principal.actor} already evaluated this scorecard as "
                       f"{body.evaluator_kind}") from None
    uow.emit(EvaluationRecorded(
        evaluation_id=evaluation.id, scorecard_id=card.id, subject_type=card.subject_type,  # type: ignore[arg-type]
        subject_id=card.subject_id, period=card.period, evaluator=principal.actor,
        evaluator_kind=body.evaluator_kind, score=float(body.score),
        teamwork_score=None if body.teamwork_score is None else float(body.teamwork_score),
    ), subject=card.id)
    read = EvaluationRead.model_validate(evaluation)
    await uow.commit()
    return read


@router.post("/{scorecard_id}/publish", response_model=ScorecardRead,
             summary="Freeze the figures and publish (kpi.scorecard.published)",
             description="Who may call: manager (403 otherwise). 409 unless draft; 412 on a stale "
                         "If-Match. The customer part is frozen with the trail position.")
async def publish_scorecard(scorecard_id: str, uow: UowDep, principal: Manager, response: Response,
                            if_match: IfMatch = None) -> ScorecardRead:
    card = await _load(uow, scorecard_id)
    check_if_match(if_match, card.version)
    live = await _view(uow, card)
    card.status = SCORECARD.next_state(card.status, "publish")
    lines = (await uow.session.execute(select(ScorecardIndicator).where(
        ScorecardIndicator.scorecard_id == card.id)
        .order_by(ScorecardIndicator.position))).scalars().all()
    for line, result in zip(lines, live.indicators, strict=True):
        line.actual, line.score = result.actual, result.score
    card.quantitative_score = live.quantitative_score
    card.qualitative_score = live.qualitative.score
    card.total_score = live.total_score
    card.as_of_trail_seq = await assessment.trail_position(uow.session)
    card.published_by, card.published_at = principal.actor, utcnow()
    await uow.session.flush()
    uow.emit(ScorecardPublished(
        scorecard_id=card.id, subject_type=card.subject_type,  # type: ignore[arg-type]
        subject_id=card.subject_id, period=card.period,
        total_score=float(card.total_score or 0),
    ), subject=card.id)
    read = await _view(uow, card)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post("/{scorecard_id}/reopen", response_model=ScorecardRead,
             summary="Back to draft (figures live again)",
             description="Who may call: manager (403 otherwise). 409 unless published.")
async def reopen_scorecard(scorecard_id: str, uow: UowDep, _: Manager, response: Response,
                           if_match: IfMatch = None) -> ScorecardRead:
    card = await _load(uow, scorecard_id)
    check_if_match(if_match, card.version)
    card.status = SCORECARD.next_state(card.status, "reopen")
    card.published_by = card.published_at = card.as_of_trail_seq = None
    await uow.session.flush()
    read = await _view(uow, card)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get("/{scorecard_id}/indicators/{indicator}/facts", response_model=FactPage,
            summary="The facts behind one indicator's actual, each linked to its event",
            description=READ_RULES + " 404 for an indicator not on the scorecard.")
async def list_scorecard_indicator_facts(scorecard_id: str, indicator: str, uow: UowDep,
                                         principal: StaffPrincipal,
                                         params: PageDep) -> FactPage:
    card = await _load(uow, scorecard_id)
    await _check_may_read(uow, principal, card)
    line = await uow.session.scalar(select(ScorecardIndicator).where(
        ScorecardIndicator.scorecard_id == card.id, ScorecardIndicator.indicator == indicator))
    if line is None:
        raise NotFound(f"indicator {indicator} is not on scorecard {card.id}")
    measures = INDICATORS[indicator].measures
    people = await assessment.subject_people(uow.session, card.subject_type, card.subject_id)
    stmt = select(MetricFact).where(
        MetricFact.measure.in_([m.value for m in measures]),
        MetricFact.unit.in_({unit_of(m, line.currency) for m in measures}),
        MetricFact.period.in_(months_in(card.period)),
        MetricFact.person.in_(people),
    )
    if card.as_of_trail_seq is not None:
        stmt = stmt.where(MetricFact.trail_seq <= card.as_of_trail_seq)
    items, cursor = await paginate(uow.session, stmt, [MetricFact.trail_seq, MetricFact.id],
                                   params)
    return FactPage(items=[fact_read(f) for f in items], next_cursor=cursor)


def fact_read(fact: MetricFact) -> FactRead:
    return FactRead.model_validate({
        **{c: getattr(fact, c) for c in FactRead.model_fields if c != "trail_url"},
        "trail_url": f"/api/v1/audit-trail/events/{fact.event_id}",
    })
