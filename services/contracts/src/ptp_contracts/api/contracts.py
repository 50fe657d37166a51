"""Contracts: create, read, list, change (every change of the terms is a numbered revision)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from ptp_common.auth import CustomerPrincipal, Principal, Role, customer_scope, require_roles
from ptp_common.db import utcnow
from ptp_common.errors import Forbidden, Unprocessable
from ptp_common.events.schemas.contracts import ContractDrafted, ContractRevised
from ptp_common.http.etag import IfMatch, set_etag
from ptp_common.http.idempotency import Idempotency, IdempotencyKey
from ptp_common.http.pagination import Page, PageDep, paginate
from ptp_common.service import RuntimeDep, UowDep
from pydantic import TypeAdapter
from sqlalchemy import and_, exists, select

from ptp_contracts.api.common import (
    CUSTOMER_SCOPED,
    NOT_FOUND_OR_OTHER_CUSTOMER,
    Specialist,
    apply_action,
    commit_and_read,
    conflict_response,
    contract_read,
    load_contract,
    problem_responses,
    read_visible_contract,
    visible_contract,
)
from ptp_contracts.api.contract_schemas import (
    AcceptanceCriterion,
    Clause,
    ContractCreate,
    ContractRead,
    ContractUpdate,
    Deliverable,
    InstallmentPlan,
    Milestone,
    ReviewRead,
    RevisionRead,
)
from ptp_contracts.api.terms import check_terms, dump, replace_installments
from ptp_contracts.db.models import Contract, Installment, Review, Revision
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.flows.contract_events import ref, total_of
from ptp_contracts.flows.references import known_customer, unused_solution

router = APIRouter(prefix="/contracts", tags=["contracts"])

TERM_LISTS = ("clauses", "deliverables", "milestones", "acceptance_criteria")
REQUIRED_TERMS = ("title", "scope", "total", "payment_terms_days", "installments", *TERM_LISTS)


# A contract starts from an accepted solution (a specialist) or a manager's exception.
Drafter = Annotated[Principal, Depends(require_roles(Role.business_specialist, Role.manager))]


@router.post(
    "",
    status_code=201,
    response_model=ContractRead,
    summary="Draft a contract",
    description="Roles business_specialist, manager (others 403). A contract starts from an accepted "
    "solution: `solution_id` names one contracts learnt of from `crm.solution.accepted`, of this "
    "customer (422 `body.solution_id` otherwise) and not drafted yet (409 naming the contract that "
    "was drafted from it). Without one, a manager approves an exception: `exception_reason` (403 for "
    "any other role), kept on the contract, in revision 1 and in `contracts.contract.drafted`. "
    "`customer_id` must be a customer crm registered and whose event has reached contracts "
    "(422 `body.customer_id`; see docs/domain.md, References between services).",
    responses=conflict_response("The solution was already drafted as a contract"),
)
async def create_contract(
    body: ContractCreate, uow: UowDep, principal: Drafter, response: Response, key: IdempotencyKey = None
) -> Any:
    idem = Idempotency(uow, key, principal.actor, "POST /contracts", body)
    if (previous := await idem.previous_response()) is not None:
        return previous
    check_origin(body, principal)
    check_terms(
        total=body.total,
        currency=body.currency,
        deliverables=body.deliverables,
        milestones=body.milestones,
        criteria=body.acceptance_criteria,
        installments=body.installments,
        effective_date=body.effective_date,
        expiry_date=body.expiry_date,
    )
    customer = await known_customer(uow.session, body.customer_id)
    if body.solution_id is not None:
        await unused_solution(uow.session, body.solution_id, body.customer_id)
        origin = f"drafted from solution {body.solution_id}"
    else:
        origin = f"drafted by exception approved by {principal.actor}: {body.exception_reason}"
    now = utcnow()
    contract = Contract(
        id=str(uuid.uuid4()),
        customer_id=body.customer_id,
        customer_name=body.customer_name or customer.name,
        solution_id=body.solution_id,
        exception_reason=body.exception_reason,
        exception_approved_by=principal.actor if body.exception_reason is not None else None,
        owner=body.owner or principal.actor,
        title=body.title,
        scope=body.scope,
        currency=body.currency,
        total=body.total,
        effective_date=body.effective_date,
        expiry_date=body.expiry_date,
        payment_terms_days=body.payment_terms_days,
        guarantee=body.guarantee,
        status=ContractStatus.draft,
        revision=1,
        reviewed=False,
        clauses=dump(body.clauses),
        deliverables=dump(body.deliverables),
        milestones=dump(body.milestones),
        acceptance_criteria=dump(body.acceptance_criteria),
        created_at=now,
        created_by=principal.actor,
        updated_at=now,
        installments=[],
        signatures=[],
    )
    uow.session.add(contract)
    await replace_installments(uow, contract, body.installments)
    uow.session.add(
        Revision(
            contract_id=contract.id,
            number=1,
            author=principal.actor,
            at=now,
            summary=origin,
            changed_fields=[],
        )
    )
    uow.emit(
        ContractDrafted(
            **ref(contract),
            title=contract.title,
            total=total_of(contract),
            solution_id=contract.solution_id,
            exception_reason=contract.exception_reason,
            exception_approved_by=contract.exception_approved_by,
        ),
        subject=contract.id,
        actor=principal.actor,
    )
    await uow.session.flush()
    read = contract_read(contract)
    return await idem.created(read, response)


def check_origin(body: ContractCreate, principal: Principal) -> None:
    """An accepted solution or a manager's exception, exactly one of them."""
    if body.solution_id is not None and body.exception_reason is not None:
        raise Unprocessable(
            "a contract drafted from a solution needs no exception: give one of them",
            field="body.exception_reason",
        )
    if body.exception_reason is not None and not principal.has_any(Role.manager):
        raise Forbidden(
            "a contract without an accepted solution is an exception a manager approves",
            required_roles=[Role.manager.value],
        )
    if body.solution_id is None and body.exception_reason is None:
        raise Unprocessable(
            "a contract starts from an accepted solution (solution_id), or from an exception a manager "
            "approves (exception_reason)",
            field="body.solution_id",
        )


@router.get(
    "",
    response_model=Page[ContractRead],
    summary="List contracts (newest last)",
    description=(
        "Any authenticated caller. Staff see every contract; a `client_representative` sees only its "
        "own customer's (the token's `customer_id` claim; 403 without it), whatever `customer_id` asks."
    ),
    responses=problem_responses({403: "A client representative's token without a customer_id claim"}),
)
async def list_contracts(
    uow: UowDep,
    runtime: RuntimeDep,
    principal: CustomerPrincipal,
    params: PageDep,
    status: Annotated[ContractStatus | None, Query()] = None,
    customer_id: Annotated[str | None, Query()] = None,
    owner: Annotated[str | None, Query()] = None,
    effective_from: Annotated[dt.date | None, Query(description="effective_date on or after")] = None,
    effective_to: Annotated[dt.date | None, Query(description="effective_date on or before")] = None,
    overdue: Annotated[
        bool | None, Query(description="true: with an unpaid installment past due today")
    ] = None,
) -> Page[ContractRead]:
    stmt = select(Contract)
    if (own := customer_scope(principal)) is not None:
        stmt = stmt.where(Contract.customer_id == own)
    if status is not None:
        stmt = stmt.where(Contract.status == status)
    if customer_id is not None:
        stmt = stmt.where(Contract.customer_id == customer_id)
    if owner is not None:
        stmt = stmt.where(Contract.owner == owner)
    if effective_from is not None:
        stmt = stmt.where(Contract.effective_date >= effective_from)
    if effective_to is not None:
        stmt = stmt.where(Contract.effective_date <= effective_to)
    if overdue is not None:
        past_due = exists().where(
            and_(
                Installment.contract_id == Contract.id,
                Installment.status == "invoiced",
                Installment.due_date < runtime.business_today(),
            )
        )
        stmt = stmt.where(past_due if overdue else ~past_due)
    items, cursor = await paginate(uow.session, stmt, [Contract.created_at, Contract.id], params)
    return Page[ContractRead](items=[contract_read(c) for c in items], next_cursor=cursor)


SCOPED_READ = problem_responses(
    {403: "A client representative's token without a customer_id claim", 404: NOT_FOUND_OR_OTHER_CUSTOMER}
)


@router.get(
    "/{contract_id}",
    response_model=ContractRead,
    summary="Read a contract",
    description=CUSTOMER_SCOPED,
    responses=SCOPED_READ,
)
async def get_contract(
    contract_id: str, runtime: RuntimeDep, principal: CustomerPrincipal, response: Response
) -> ContractRead:
    async with runtime.read() as connection:
        read = await read_visible_contract(connection, contract_id, principal)
    set_etag(response, read.version)
    return read


@router.patch(
    "/{contract_id}",
    response_model=ContractRead,
    summary="Change the terms: every change is a new revision",
    description=(
        "business_specialist; in `draft` or `negotiation` (409 otherwise, naming the allowed actions). "
        "Every real change of the terms (clauses, deliverables, milestones, acceptance criteria, total, "
        "schedule, dates, ...) is a new numbered revision in the history, with who, when and each "
        "field's old and new value (resending the same terms changes nothing). A change after legal "
        "approval withdraws it: `approved_revision` no longer equals `revision`, and the contract must "
        "be submitted to legal again before `start-signing` (409 until then)."
    ),
)
async def update_contract(
    contract_id: str,
    body: ContractUpdate,
    uow: UowDep,
    principal: Specialist,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "edit", if_match)
    changes = body.model_dump(exclude_unset=True, exclude={"summary"})
    if not changes:
        raise Unprocessable("nothing to change", field="body")
    for name in REQUIRED_TERMS:
        if name in changes and changes[name] is None:
            raise Unprocessable(f"{name} cannot be removed", field=f"body.{name}")
    merged = {**current_terms(contract), **{k: getattr(body, k) for k in changes}}
    check_terms(
        total=merged["total"],
        currency=contract.currency,
        deliverables=merged["deliverables"],
        milestones=merged["milestones"],
        criteria=merged["acceptance_criteria"],
        installments=merged["installments"],
        effective_date=merged["effective_date"],
        expiry_date=merged["expiry_date"],
    )
    before, after = as_json(current_terms(contract)), as_json(merged)
    diff = {
        name: {"from": before[name], "to": after[name]} for name in changes if before[name] != after[name]
    }
    if not diff:
        return await commit_and_read(uow, contract, response)  # the same terms again: nothing to revise
    for name in diff:
        if name == "installments":
            await replace_installments(uow, contract, merged["installments"])
        elif name in TERM_LISTS:
            setattr(contract, name, dump(merged[name]))
        else:
            setattr(contract, name, merged[name])
    now = utcnow()
    contract.updated_at = now
    # Every change, before or after a review, is a numbered, attributable revision: the history
    # shows what legal saw and what changed since. The approval stays on the revision it named,
    # so a change after it leaves the current revision unapproved (domain.review).
    contract.revision += 1
    changed = sorted(diff)
    summary = body.summary or f"changed {', '.join(changed)}"
    uow.session.add(
        Revision(
            contract_id=contract.id,
            number=contract.revision,
            author=principal.actor,
            at=now,
            summary=summary,
            changed_fields=changed,
            changes=diff,
        )
    )
    uow.emit(
        ContractRevised(
            **ref(contract),
            revision=contract.revision,
            author=principal.actor,
            summary=summary,
            changed_fields=changed,
        ),
        subject=contract.id,
        actor=principal.actor,
    )
    return await commit_and_read(uow, contract, response)


def as_json(terms: dict[str, Any]) -> dict[str, Any]:
    """Terms as JSON values (Decimal as text), to compare and to keep in the revision history."""
    return TypeAdapter(dict[str, Any]).dump_python(terms, mode="json")  # type: ignore[no-any-return]


def current_terms(contract: Contract) -> dict[str, Any]:
    """The stored terms as request models, so a partial update can be checked as a whole."""
    return {
        "title": contract.title,
        "scope": contract.scope,
        "total": contract.total,
        "effective_date": contract.effective_date,
        "expiry_date": contract.expiry_date,
        "payment_terms_days": contract.payment_terms_days,
        "guarantee": contract.guarantee,
        "clauses": [Clause.model_validate(c) for c in contract.clauses],
        "deliverables": [Deliverable.model_validate(d) for d in contract.deliverables],
        "milestones": [Milestone.model_validate(m) for m in contract.milestones],
        "acceptance_criteria": [AcceptanceCriterion.model_validate(c) for c in contract.acceptance_criteria],
        "installments": [
            InstallmentPlan(
                label=i.label,
                amount=i.amount,
                trigger=i.trigger,
                milestone_id=i.milestone_id,
                due_date=i.due_date,
            )
            for i in contract.installments
        ],
    }


@router.get(
    "/{contract_id}/revisions",
    response_model=Page[RevisionRead],
    summary="Revision history, oldest first",
    description=CUSTOMER_SCOPED,
    responses=SCOPED_READ,
)
async def list_contract_revisions(
    contract_id: str,
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
) -> Page[RevisionRead]:
    await visible_contract(uow, contract_id, principal)
    stmt = select(Revision).where(Revision.contract_id == contract_id)
    items, cursor = await paginate(uow.session, stmt, [Revision.number], params)
    return Page[RevisionRead](items=[RevisionRead.model_validate(r) for r in items], next_cursor=cursor)


@router.get(
    "/{contract_id}/reviews",
    response_model=Page[ReviewRead],
    summary="Legal review decisions, oldest first",
    description=CUSTOMER_SCOPED,
    responses=SCOPED_READ,
)
async def list_contract_reviews(
    contract_id: str,
    uow: UowDep,
    principal: CustomerPrincipal,
    params: PageDep,
) -> Page[ReviewRead]:
    await visible_contract(uow, contract_id, principal)
    stmt = select(Review).where(Review.contract_id == contract_id)
    items, cursor = await paginate(uow.session, stmt, [Review.id], params)
    return Page[ReviewRead](items=[ReviewRead.model_validate(r) for r in items], next_cursor=cursor)
