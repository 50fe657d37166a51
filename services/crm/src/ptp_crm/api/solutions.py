"""Solutions: tailored proposals, their versions, presentation and the client's decision.

Acceptance publishes crm.solution.accepted, from which contracts drafts the contract.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter, Response
from ptp_common.auth import Principal, Role, StaffPrincipal
from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Conflict
from ptp_common.events.schemas.crm import SolutionAccepted, SolutionStep
from ptp_common.http.etag import IfMatch, check_if_match, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from ptp_crm.api.deps import SolutionAuthor, Specialist, get_or_404, get_referenced, now
from ptp_crm.api.initiations import active_initiation_status
from ptp_crm.api.money import MoneyIn, MoneyRead, event_money
from ptp_crm.db.models import Customer, Opportunity, Solution
from ptp_crm.domain.initiations import ensure_solution_allowed
from ptp_crm.domain.opportunities import OPEN_STAGES, stage_after_solution_accepted
from ptp_crm.domain.solutions import EDITABLE_STATUSES, SOLUTION_MACHINE, ensure_tech_contribution

router = APIRouter(prefix="/solutions", tags=["solutions"])


class StepIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    duration_days: int | None = Field(default=None, ge=0, le=3650)


class SolutionCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "opportunity_id": "0b7d0a3e-55d4-4c1e-8a5e-2f7b3c1d9e21",
                    "title": "Live fleet tracking",
                    "scope": "300 telematics units, routing platform, training, 12 months support",
                    "advantages": "Cuts failed deliveries by half",
                    "implementation_steps": [
                        {"name": "Pilot", "description": "20 trucks", "duration_days": 30},
                        {"name": "Rollout", "duration_days": 60},
                    ],
                    "expected_effect": "8% -> 4% failed deliveries",
                    "price_estimate": {"amount": "240000.00", "currency": "EUR"},
                    "co_authors": ["tess.tech"],
                }
            ]
        }
    )

    opportunity_id: str
    title: str = Field(min_length=1, max_length=200)
    scope: str = Field(min_length=1, max_length=20000)
    advantages: str = Field(default="", max_length=20000)
    implementation_steps: list[StepIn] = Field(default_factory=list, max_length=200)
    expected_effect: str = Field(default="", max_length=20000)
    price_estimate: MoneyIn
    co_authors: list[str] = Field(default_factory=list, max_length=20, description="Tech support co-authors")


class SolutionUpdate(BaseModel):
    """Edit a draft; only the fields sent change. The editor joins the authors."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"advantages": "Also cuts fuel use by 5%"}]})

    title: str | None = Field(default=None, min_length=1, max_length=200)
    scope: str | None = Field(default=None, min_length=1, max_length=20000)
    advantages: str | None = Field(default=None, max_length=20000)
    implementation_steps: list[StepIn] | None = Field(default=None, max_length=200)
    expected_effect: str | None = Field(default=None, max_length=20000)
    price_estimate: MoneyIn | None = None


class PresentRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"client_questions": "Can the pilot start in May?"}]}
    )

    client_questions: str | None = Field(default=None, max_length=20000)


class DecisionNote(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"note": "Signed off by the client's COO"}]})

    note: str | None = Field(default=None, max_length=5000)


class SolutionRead(BaseModel):
    id: str
    opportunity_id: str
    customer_id: str
    number: int = Field(description="Version of the proposal: 1, 2, ...")
    previous_id: str | None
    title: str
    scope: str
    advantages: str
    implementation_steps: list[SolutionStep]
    expected_effect: str
    price_estimate: MoneyRead
    status: str
    allowed_actions: list[str]
    authors: list[str]
    tech_contributors: list[str] = Field(
        description="tech_support users who wrote or edited this solution; presenting needs at least one"
    )
    presented_at: dt.datetime | None
    presented_by: str | None
    client_questions: str | None
    decided_at: dt.datetime | None
    decision_note: str | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int


def solution_read(s: Solution) -> SolutionRead:
    return SolutionRead(
        id=s.id,
        opportunity_id=s.opportunity_id,
        customer_id=s.customer_id,
        number=s.number,
        previous_id=s.previous_id,
        title=s.title,
        scope=s.scope,
        advantages=s.advantages,
        implementation_steps=[SolutionStep.model_validate(step) for step in s.implementation_steps],
        expected_effect=s.expected_effect,
        price_estimate=MoneyRead(amount=s.price_amount, currency=s.currency),
        status=s.status,
        allowed_actions=SOLUTION_MACHINE.allowed(s.status),
        authors=list(s.authors),
        tech_contributors=list(s.tech_contributors or []),
        presented_at=s.presented_at,
        presented_by=s.presented_by,
        client_questions=s.client_questions,
        decided_at=s.decided_at,
        decision_note=s.decision_note,
        created_at=s.created_at,
        created_by=s.created_by,
        updated_at=s.updated_at,
        version=s.version,
    )


def _with_author(authors: list[str], actor: str) -> list[str]:
    return authors if actor in authors else [*authors, actor]


def _with_tech_contributor(contributors: list[str], principal: Principal) -> list[str]:
    """Credit the caller as tech support's contributor when their token holds that role.

    Names typed into ``co_authors`` are not evidence: only an authenticated tech_support edit counts.
    """
    if not principal.has_any(Role.tech_support):
        return contributors
    return _with_author(contributors, principal.actor)


async def _open_opportunity(uow: UnitOfWork, opportunity_id: str) -> Opportunity:
    opp = await get_or_404(uow, Opportunity, opportunity_id, "opportunity")
    if opp.stage not in OPEN_STAGES:
        raise Conflict(f"opportunity {opp.id} is {opp.stage}; its solutions are closed")
    return opp


@router.post(
    "", status_code=201, response_model=SolutionRead, summary="Write a solution for an initiated opportunity"
)
async def create_solution(
    body: SolutionCreate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> Any:
    """409 unless the opportunity's initiation request is approved; a second solution is a revision."""
    idem = Idempotency(uow, idempotency_key, principal.actor, "POST /solutions", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    opp = await get_referenced(uow, Opportunity, body.opportunity_id, "body.opportunity_id")
    ensure_solution_allowed(opp.id, await active_initiation_status(uow, opp.id))
    if opp.stage not in OPEN_STAGES:
        raise Conflict(f"opportunity {opp.id} is {opp.stage}; its solutions are closed")
    existing = (
        await uow.session.execute(
            select(func.count()).select_from(Solution).where(Solution.opportunity_id == opp.id)
        )
    ).scalar_one()
    if existing:
        raise Conflict(f"opportunity {opp.id} already has a solution; revise it for a new version")
    at = now(runtime)
    solution = Solution(
        id=str(uuid.uuid4()),
        opportunity_id=opp.id,
        customer_id=opp.customer_id,
        number=1,
        title=body.title,
        scope=body.scope,
        advantages=body.advantages,
        implementation_steps=[s.model_dump() for s in body.implementation_steps],
        expected_effect=body.expected_effect,
        price_amount=body.price_estimate.amount,
        currency=body.price_estimate.currency,
        status="draft",
        authors=[principal.actor, *(a for a in dict.fromkeys(body.co_authors) if a != principal.actor)],
        tech_contributors=_with_tech_contributor([], principal),
        created_at=at,
        created_by=principal.actor,
        updated_at=at,
    )
    uow.session.add(solution)
    await uow.session.flush()
    set_etag(response, solution.version)
    return await idem.created(solution_read(solution))


@router.get("", response_model=Page[SolutionRead], summary="List solutions")
async def list_solutions(
    uow: UowDep,
    _: StaffPrincipal,
    params: PageDep,
    opportunity_id: str | None = None,
    customer_id: str | None = None,
    status: str | None = None,
) -> Page[SolutionRead]:
    stmt = select(Solution)
    for column, value in (
        (Solution.opportunity_id, opportunity_id),
        (Solution.customer_id, customer_id),
        (Solution.status, status),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [Solution.created_at, Solution.id], params)
    return Page[SolutionRead](items=[solution_read(s) for s in items], next_cursor=cursor)


@router.get("/{solution_id}", response_model=SolutionRead, summary="Read a solution")
async def get_solution(solution_id: str, uow: UowDep, _: StaffPrincipal, response: Response) -> SolutionRead:
    solution = await get_or_404(uow, Solution, solution_id, "solution")
    set_etag(response, solution.version)
    return solution_read(solution)


async def _finish(uow: UnitOfWork, solution: Solution, response: Response) -> SolutionRead:
    await uow.session.flush()
    read = solution_read(solution)
    await uow.commit()
    set_etag(response, read.version)
    return read


@router.patch("/{solution_id}", response_model=SolutionRead, summary="Edit a draft solution")
async def update_solution(
    solution_id: str,
    body: SolutionUpdate,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: SolutionAuthor,
    response: Response,
    if_match: IfMatch = None,
) -> SolutionRead:
    solution = await get_or_404(uow, Solution, solution_id, "solution")
    check_if_match(if_match, solution.version)
    if solution.status not in EDITABLE_STATUSES:
        raise Conflict(f"solution {solution.id} is {solution.status}; only a draft can be edited (revise it)")
    changes = body.model_dump(exclude_unset=True)
    for key in ("title", "scope", "advantages", "expected_effect"):
        if changes.get(key) is not None:
            setattr(solution, key, changes[key])
    if body.implementation_steps is not None:
        solution.implementation_steps = [s.model_dump() for s in body.implementation_steps]
    if body.price_estimate is not None:
        solution.price_amount, solution.currency = body.price_estimate.amount, body.price_estimate.currency
    solution.authors = _with_author(list(solution.authors), principal.actor)
    solution.tech_contributors = _with_tech_contributor(list(solution.tech_contributors or []), principal)
    solution.updated_at = now(runtime)
    return await _finish(uow, solution, response)


@router.post(
    "/{solution_id}/present",
    response_model=SolutionRead,
    summary="Present the solution to the client",
    description=(
        "Role business_specialist. The specialist writes the solution together with technical support: "
        "it is presented only once a tech_support user has contributed to it (edited the draft with "
        "PATCH /solutions/{id}); 409 otherwise, as for a solution that is not a draft or an initiation "
        "that is not approved."
    ),
    responses={409: {"description": "No tech_support contribution, or the solution/initiation state"}},
)
async def present_solution(
    solution_id: str,
    body: PresentRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> SolutionRead:
    solution = await get_or_404(uow, Solution, solution_id, "solution")
    check_if_match(if_match, solution.version)
    solution.status = SOLUTION_MACHINE.next_state(solution.status, "present")
    ensure_tech_contribution(solution.id, list(solution.tech_contributors or []))
    ensure_solution_allowed(
        solution.opportunity_id, await active_initiation_status(uow, solution.opportunity_id)
    )
    await _open_opportunity(uow, solution.opportunity_id)
    solution.presented_at, solution.presented_by = now(runtime), principal.actor
    solution.client_questions = body.client_questions
    solution.updated_at = solution.presented_at
    return await _finish(uow, solution, response)


@router.post(
    "/{solution_id}/accept", response_model=SolutionRead, summary="Record that the client accepted it"
)
async def accept_solution(
    solution_id: str,
    body: DecisionNote,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> SolutionRead:
    """Publishes crm.solution.accepted (once: a second accept is a 409) and moves the deal to negotiation."""
    solution = await get_or_404(uow, Solution, solution_id, "solution")
    check_if_match(if_match, solution.version)
    solution.status = SOLUTION_MACHINE.next_state(solution.status, "accept")
    opp = await _open_opportunity(uow, solution.opportunity_id)
    customer = await get_or_404(uow, Customer, solution.customer_id, "customer")
    at = now(runtime)
    solution.decided_at, solution.decision_note, solution.updated_at = at, body.note, at
    new_stage = stage_after_solution_accepted(opp.stage)
    if new_stage != opp.stage:
        opp.stage, opp.updated_at = new_stage, at
    uow.emit(
        SolutionAccepted(
            solution_id=solution.id,
            version=solution.number,
            opportunity_id=opp.id,
            customer_id=customer.id,
            customer_name=customer.name,
            owner=opp.owner,
            title=solution.title,
            scope=solution.scope,
            advantages=solution.advantages,
            expected_effect=solution.expected_effect,
            implementation_steps=[SolutionStep.model_validate(s) for s in solution.implementation_steps],
            price_estimate=event_money(solution.price_amount, solution.currency),
        ),
        subject=solution.id,
        actor=principal.actor,
    )
    return await _finish(uow, solution, response)


@router.post(
    "/{solution_id}/reject", response_model=SolutionRead, summary="Record that the client declined it"
)
async def reject_solution(
    solution_id: str,
    body: DecisionNote,
    uow: UowDep,
    runtime: RuntimeDep,
    _: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> SolutionRead:
    solution = await get_or_404(uow, Solution, solution_id, "solution")
    check_if_match(if_match, solution.version)
    solution.status = SOLUTION_MACHINE.next_state(solution.status, "reject")
    at = now(runtime)
    solution.decided_at, solution.decision_note, solution.updated_at = at, body.note, at
    return await _finish(uow, solution, response)


@router.post(
    "/{solution_id}/revise",
    status_code=201,
    response_model=SolutionRead,
    summary="Start the next version (a draft copy); this one is superseded",
)
async def revise_solution(
    solution_id: str,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: SolutionAuthor,
    response: Response,
    if_match: IfMatch = None,
) -> SolutionRead:
    old = await get_or_404(uow, Solution, solution_id, "solution")
    check_if_match(if_match, old.version)
    old.status = SOLUTION_MACHINE.next_state(old.status, "revise")
    await _open_opportunity(uow, old.opportunity_id)
    at = now(runtime)
    old.updated_at = at
    new = Solution(
        id=str(uuid.uuid4()),
        opportunity_id=old.opportunity_id,
        customer_id=old.customer_id,
        number=old.number + 1,
        previous_id=old.id,
        title=old.title,
        scope=old.scope,
        advantages=old.advantages,
        implementation_steps=list(old.implementation_steps),
        expected_effect=old.expected_effect,
        price_amount=old.price_amount,
        currency=old.currency,
        status="draft",
        authors=_with_author(list(old.authors), principal.actor),
        tech_contributors=_with_tech_contributor(list(old.tech_contributors or []), principal),
        created_at=at,
        created_by=principal.actor,
        updated_at=at,
    )
    uow.session.add(new)
    return await _finish(uow, new, response)
