"""Acceptance: self-check, rounds with the client, rectification, sign-off (project.accepted)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Response
from ptp_common.auth import CustomerPrincipal
from ptp_common.business_time import business_date
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, NotFound, Unprocessable
from ptp_common.events.schemas.projects import (
    AcceptanceFailed,
    ProjectAccepted,
)
from ptp_common.events.schemas.projects import (
    CriterionResult as CriterionResultData,
)
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.api.lookup import get_or_404
from ptp_projects.api.roles import AcceptanceRecorder, ClientRepresentative, TeamMember
from ptp_projects.api.schemas import (
    AcceptanceOverview,
    AcceptanceRoundRead,
    CriterionRead,
    CriterionResultRead,
    RectificationItemPage,
    RectificationItemRead,
    RectificationResolve,
    RoundFail,
    SelfCheckSubmit,
    VerdictsSubmit,
)
from ptp_projects.api.visibility import customers_project, visible_project
from ptp_projects.db.models import (
    AcceptanceCriterion,
    AcceptanceRound,
    CriterionResult,
    Project,
    RectificationItem,
    Task,
)
from ptp_projects.domain import acceptance, states

router = APIRouter(tags=["acceptance"])

DEFAULT_RECTIFICATION_DAYS = 7

# Bounded so a number past the database's integer range is a 422, not a driver overflow (500).
RoundNumber = Annotated[int, Path(ge=1, le=2**31 - 1, description="Round number, from 1")]


async def criteria_of(session: AsyncSession, project_id: str) -> list[AcceptanceCriterion]:
    return list(
        (
            await session.scalars(
                select(AcceptanceCriterion)
                .where(AcceptanceCriterion.project_id == project_id)
                .order_by(AcceptanceCriterion.position)
            )
        ).all()
    )


async def results_of(session: AsyncSession, round_id: str) -> list[CriterionResult]:
    return list(
        (
            await session.scalars(
                select(CriterionResult)
                .where(CriterionResult.round_id == round_id)
                .order_by(CriterionResult.recorded_at, CriterionResult.criterion_id)
            )
        ).all()
    )


def verdicts(results: list[CriterionResult]) -> dict[str, acceptance.Verdict]:
    return {r.criterion_id: acceptance.Verdict(r.passed, r.notes) for r in results}


async def round_read(session: AsyncSession, rnd: AcceptanceRound) -> AcceptanceRoundRead:
    criteria = [c.criterion_id for c in await criteria_of(session, rnd.project_id)]
    results = await results_of(session, rnd.id)
    outcome = acceptance.outcome(criteria, verdicts(results))
    return AcceptanceRoundRead(
        id=rnd.id,
        project_id=rnd.project_id,
        number=rnd.number,
        status=rnd.status,  # type: ignore[arg-type]
        opened_at=rnd.opened_at,
        opened_by=rnd.opened_by,
        closed_at=rnd.closed_at,
        closed_by=rnd.closed_by,
        results=[CriterionResultRead.model_validate(r) for r in results],
        unchecked_criteria=outcome.unchecked,
        version=rnd.version,
    )


async def get_round(session: AsyncSession, project_id: str, number: int) -> AcceptanceRound:
    rnd = await session.scalar(
        select(AcceptanceRound).where(
            AcceptanceRound.project_id == project_id, AcceptanceRound.number == number
        )
    )
    if rnd is None:
        raise NotFound(f"project {project_id} has no acceptance round {number}")
    return rnd


async def open_rectifications(session: AsyncSession, project_id: str) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(RectificationItem)
        .where(RectificationItem.project_id == project_id, RectificationItem.status == "open")
    )
    return int(count or 0)


def check_not_cancelled(project: Project) -> None:
    if project.status == "cancelled":
        raise Conflict(
            "project is cancelled (its contract was terminated); it takes no more acceptance",
            project_status=project.status,
        )


async def open_task_ids(session: AsyncSession, project_id: str) -> list[str]:
    """Tasks neither done nor waived: each holds up the client's sign-off."""
    return list(
        (
            await session.scalars(
                select(Task.id)
                .where(Task.project_id == project_id, Task.status.in_(states.OPEN_TASK_STATES))
                .order_by(Task.due_date, Task.id)
            )
        ).all()
    )


def reject_unknown(criteria: list[AcceptanceCriterion], submitted: list[str]) -> None:
    unknown = acceptance.check_known_criteria([c.criterion_id for c in criteria], submitted)
    if unknown:
        raise Unprocessable(
            f"the project has no acceptance criteria {', '.join(unknown)}",
            field="body.results",
        )


@router.get(
    "/projects/{project_id}/acceptance",
    response_model=AcceptanceOverview,
    summary="Criteria, self-check, rounds and open rectification of a project",
)
async def get_acceptance_overview(
    project_id: str, uow: UowDep, principal: CustomerPrincipal
) -> AcceptanceOverview:
    project = await visible_project(uow.session, project_id, principal)
    rounds = (
        await uow.session.scalars(
            select(AcceptanceRound)
            .where(AcceptanceRound.project_id == project_id)
            .order_by(AcceptanceRound.number)
        )
    ).all()
    return AcceptanceOverview(
        project_id=project.id,
        status=project.status,  # type: ignore[arg-type]
        criteria=[CriterionRead.model_validate(c) for c in await criteria_of(uow.session, project_id)],
        rounds=[await round_read(uow.session, r) for r in rounds],
        open_rectification_items=await open_rectifications(uow.session, project_id),
    )


@router.put(
    "/projects/{project_id}/acceptance/self-check",
    response_model=list[CriterionRead],
    summary="Record the team's self-check against the criteria (before the client's round)",
    description="Team members (project_manager, tech_support, business_specialist). Each result "
    "records the team's verdict on one criterion (`self_check_passed`, notes, who checked); the "
    "self-check is recorded once every criterion has a verdict, and the client's sign-off needs "
    "it. `results` needs at least one entry and only the project's criteria (422 naming the "
    "field); 409 when the project is cancelled.",
    responses={409: {"description": "The project is cancelled"}},
)
async def record_self_check(
    project_id: str, body: SelfCheckSubmit, uow: UowDep, principal: TeamMember
) -> list[CriterionRead]:
    project = await get_or_404(uow.session, Project, project_id, "project")
    check_not_cancelled(project)
    criteria = await criteria_of(uow.session, project_id)
    reject_unknown(criteria, [r.criterion_id for r in body.results])
    by_id = {c.criterion_id: c for c in criteria}
    for r in body.results:
        c = by_id[r.criterion_id]
        c.self_check_passed, c.self_check_notes, c.self_checked_by = r.passed, r.notes, principal.actor
    await uow.session.flush()
    read = [CriterionRead.model_validate(c) for c in criteria]
    await uow.commit()
    return read


@router.post(
    "/projects/{project_id}/acceptance/rounds",
    status_code=201,
    response_model=AcceptanceRoundRead,
    summary="Open an acceptance round with the client",
    description="Roles project_manager, business_specialist or client_representative (a "
    "representative only for the customer of their token's customer_id claim: 403 without the "
    "claim, 404 for another customer's project). The project needs at least one acceptance "
    "criterion (409 naming the rule; the criteria come from the signed contract). The first "
    "round moves an active project to in_acceptance; a cancelled or planning project answers "
    "409 naming its state. A new round needs the previous one closed and every rectification "
    "item resolved (409 otherwise).",
    responses={
        403: {"description": "Role not allowed, or a client_representative token without customer_id"},
        404: {"description": "No such project, or another customer's project"},
        409: {"description": "No acceptance criteria, project state, a round still open or "
              "rectification items open"},
    },
)
async def open_acceptance_round(
    project_id: str,
    uow: UowDep,
    principal: AcceptanceRecorder,
    response: Response,
    key: IdempotencyKey = None,
) -> AcceptanceRoundRead:
    scope = f"POST /projects/{project_id}/acceptance/rounds"
    idem = Idempotency(uow, key, principal.actor, scope, {})
    if (previous := await idem.previous_response()) is not None:
        return previous  # type: ignore[return-value]
    project = await visible_project(uow.session, project_id, principal)
    check_not_cancelled(project)
    acceptance.check_has_criteria([c.criterion_id for c in await criteria_of(uow.session, project_id)])
    project.status = states.PROJECT.next_state(project.status, "open_acceptance")
    rounds = (
        await uow.session.scalars(
            select(AcceptanceRound).where(AcceptanceRound.project_id == project_id)
        )
    ).all()
    still_open = next((r.number for r in rounds if r.status == "open"), None)
    acceptance.check_can_open_round(still_open, await open_rectifications(uow.session, project_id))
    rnd = AcceptanceRound(
        project_id=project_id, number=len(rounds) + 1, opened_by=principal.actor, opened_at=utcnow()
    )
    uow.session.add(rnd)
    await uow.session.flush()
    read = await round_read(uow.session, rnd)
    return await idem.created(read, response)


@router.get(
    "/projects/{project_id}/acceptance/rounds/{number}",
    response_model=AcceptanceRoundRead,
    summary="One acceptance round with its recorded results",
)
async def get_acceptance_round(
    project_id: str,
    number: RoundNumber,
    uow: UowDep,
    principal: CustomerPrincipal,
    response: Response,
) -> AcceptanceRoundRead:
    await visible_project(uow.session, project_id, principal)
    rnd = await get_round(uow.session, project_id, number)
    set_etag(response, rnd.version)
    return await round_read(uow.session, rnd)


@router.post(
    "/projects/{project_id}/acceptance/rounds/{number}/results",
    response_model=AcceptanceRoundRead,
    summary="Record the client's verdict per criterion (passed/failed with notes)",
    description="Roles project_manager, business_specialist or client_representative (a "
    "representative only for their own customer: 403 without the customer_id claim, 404 for "
    "another customer's project). A criterion recorded again in the same round takes the newer "
    "verdict. `results` needs at least one entry and only the project's criteria (422 naming the "
    "field); 409 when the round is closed or the project cancelled.",
    responses={
        403: {"description": "Role not allowed, or a client_representative token without customer_id"},
        404: {"description": "No such project or round, or another customer's project"},
        409: {"description": "The round is closed or the project cancelled"},
    },
)
async def record_round_results(
    project_id: str,
    number: RoundNumber,
    body: VerdictsSubmit,
    uow: UowDep,
    principal: AcceptanceRecorder,
    response: Response,
    if_match: IfMatch = None,
) -> AcceptanceRoundRead:
    check_not_cancelled(await visible_project(uow.session, project_id, principal))
    rnd = await get_round(uow.session, project_id, number)
    check_if_match(if_match, rnd.version)
    states.ACCEPTANCE_ROUND.next_state(rnd.status, "record_results")
    reject_unknown(await criteria_of(uow.session, project_id), [r.criterion_id for r in body.results])
    existing = {r.criterion_id: r for r in await results_of(uow.session, rnd.id)}
    now = utcnow()
    for v in body.results:
        row = existing.get(v.criterion_id)
        if row is None:
            row = CriterionResult(round_id=rnd.id, criterion_id=v.criterion_id)
            existing[v.criterion_id] = row
            uow.session.add(row)
        row.passed, row.notes, row.recorded_by, row.recorded_at = v.passed, v.notes, principal.actor, now
    rnd.updated_at = now  # the round's version (its ETag) moves with its results
    await uow.session.flush()
    read = await round_read(uow.session, rnd)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/projects/{project_id}/acceptance/rounds/{number}/fail",
    response_model=AcceptanceRoundRead,
    summary="Close a round as failed: failed criteria become rectification items",
    description="Emits projects.acceptance.failed. Criteria without an assignment are given to "
    f"the project manager, due {DEFAULT_RECTIFICATION_DAYS} days from today.",
)
async def fail_round(
    project_id: str,
    number: RoundNumber,
    body: RoundFail,
    uow: UowDep,
    principal: AcceptanceRecorder,
    response: Response,
    if_match: IfMatch = None,
) -> AcceptanceRoundRead:
    project = await visible_project(uow.session, project_id, principal)
    check_not_cancelled(project)
    rnd = await get_round(uow.session, project_id, number)
    check_if_match(if_match, rnd.version)
    new_status = states.ACCEPTANCE_ROUND.next_state(rnd.status, "fail")
    criteria = await criteria_of(uow.session, project_id)
    results = await results_of(uow.session, rnd.id)
    failed = acceptance.check_can_fail([c.criterion_id for c in criteria], verdicts(results))
    assignments = {a.criterion_id: a for a in body.rectification}
    stray = [c for c in assignments if c not in failed]
    if stray:
        raise Unprocessable(
            f"criteria {', '.join(stray)} did not fail in this round", field="body.rectification"
        )
    by_criterion = {r.criterion_id: r for r in results}
    descriptions = {c.criterion_id: c.description for c in criteria}
    today = business_date(utcnow(), uow.business_zone)
    for criterion_id in failed:
        a = assignments.get(criterion_id)
        notes = by_criterion[criterion_id].notes
        default = f"{descriptions[criterion_id]}: {notes}" if notes else descriptions[criterion_id]
        uow.session.add(
            RectificationItem(
                project_id=project_id,
                round_id=rnd.id,
                criterion_id=criterion_id,
                description=(a.description if a and a.description else None) or default,
                owner=a.owner if a else (project.manager or project.owner),
                due_date=a.due_date if a else today + dt.timedelta(days=DEFAULT_RECTIFICATION_DAYS),
            )
        )
    rnd.status, rnd.closed_at, rnd.closed_by = new_status, utcnow(), principal.actor
    await uow.session.flush()
    uow.emit(
        AcceptanceFailed(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            round_number=rnd.number,
            failed_criteria=[
                CriterionResultData(criterion_id=c, passed=False, notes=by_criterion[c].notes)
                for c in failed
            ],
        ),
        subject=project.id,
        actor=principal.actor,
    )
    read = await round_read(uow.session, rnd)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.post(
    "/projects/{project_id}/acceptance/rounds/{number}/sign-off",
    response_model=AcceptanceRoundRead,
    summary="The client's representative signs acceptance off (project.accepted)",
    description="Only a client_representative of the project's customer: the token's "
    "customer_id claim must name the project's customer. Other roles, or a representative's "
    "token without the claim, get 403; a representative of another customer gets 404 (they "
    "cannot see the project). Sign-off then needs, all at once (409 listing each one missing: "
    "`self_check_missing`, `open_tasks`, `failed_criteria`, `unchecked_criteria`): at least one "
    "acceptance criterion; the team's self-check recorded for every criterion; every task done "
    "or waived (POST /tasks/{task_id}/waive); every criterion checked and passed in this round. "
    "A cancelled project or a closed round answers 409 naming its state.",
    responses={
        403: {"description": "Not a client_representative, or the token has no customer_id claim"},
        404: {"description": "No such project or round, or another customer's project"},
        409: {"description": "Something sign-off needs is missing (listed), or the project or "
              "round is in a state that takes no sign-off"},
    },
)
async def sign_off_round(
    project_id: str,
    number: RoundNumber,
    uow: UowDep,
    principal: ClientRepresentative,
    response: Response,
    if_match: IfMatch = None,
) -> AcceptanceRoundRead:
    project = await customers_project(uow.session, project_id, principal)
    check_not_cancelled(project)
    rnd = await get_round(uow.session, project_id, number)
    check_if_match(if_match, rnd.version)
    new_status = states.ACCEPTANCE_ROUND.next_state(rnd.status, "sign_off")
    criteria = await criteria_of(uow.session, project_id)
    results = await results_of(uow.session, rnd.id)
    acceptance.check_can_sign_off(
        [c.criterion_id for c in criteria],
        verdicts(results),
        not_self_checked=[c.criterion_id for c in criteria if c.self_check_passed is None],
        open_tasks=await open_task_ids(uow.session, project_id),
    )
    project.status = states.PROJECT.next_state(project.status, "accept")
    now = utcnow()
    project.accepted_at, project.signed_off_by = now, principal.actor
    project.delayed = False  # delivery is over; the delay scan no longer watches this project
    rnd.status, rnd.closed_at, rnd.closed_by = new_status, now, principal.actor
    await uow.session.flush()
    by_criterion = {r.criterion_id: r for r in results}
    uow.emit(
        ProjectAccepted(
            project_id=project.id,
            contract_id=project.contract_id,
            customer_id=project.customer_id,
            accepted_at=now,
            signed_off_by=principal.actor,
            rounds=rnd.number,
            results=[
                CriterionResultData(
                    criterion_id=c.criterion_id,
                    passed=by_criterion[c.criterion_id].passed,
                    notes=by_criterion[c.criterion_id].notes,
                )
                for c in criteria
            ],
        ),
        subject=project.id,
        actor=principal.actor,
    )
    read = await round_read(uow.session, rnd)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.get(
    "/projects/{project_id}/rectification-items",
    response_model=RectificationItemPage,
    summary="Rectification items raised by failed rounds",
)
async def list_rectification_items(
    project_id: str,
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
    status: Literal["open", "resolved"] | None = None,
    owner: str | None = None,
) -> RectificationItemPage:
    await visible_project(uow.session, project_id, principal)
    stmt = select(RectificationItem).where(RectificationItem.project_id == project_id)
    if status is not None:
        stmt = stmt.where(RectificationItem.status == status)
    if owner is not None:
        stmt = stmt.where(RectificationItem.owner == owner)
    items, cursor = await paginate(
        uow.session, stmt, [RectificationItem.created_at, RectificationItem.id], params
    )
    return RectificationItemPage(
        items=[RectificationItemRead.model_validate(i) for i in items], next_cursor=cursor
    )


@router.post(
    "/rectification-items/{item_id}/resolve",
    response_model=RectificationItemRead,
    summary="Mark a rectification item resolved (then a new round can open)",
)
async def resolve_rectification_item(
    item_id: str,
    body: RectificationResolve,
    uow: UowDep,
    principal: TeamMember,
    response: Response,
    if_match: IfMatch = None,
) -> RectificationItemRead:
    item = await get_or_404(uow.session, RectificationItem, item_id, "rectification item")
    check_if_match(if_match, item.version)
    item.status = states.RECTIFICATION_ITEM.next_state(item.status, "resolve")
    item.resolution, item.resolved_at, item.resolved_by = body.resolution, utcnow(), principal.actor
    await uow.session.flush()
    read = RectificationItemRead.model_validate(item)
    await uow.commit()
    set_etag(response, read.version)
    return read
