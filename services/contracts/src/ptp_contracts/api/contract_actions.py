"""Contract lifecycle actions: legal review, negotiation, signing, policy override, termination.

Each action is ``POST /contracts/{id}/<action>``, checked against the one transition table
(``domain.lifecycle.CONTRACT_TRANSITIONS``): an action the current status does not allow is a
409 naming the allowed ones. Send ``If-Match`` with the ETag you read to avoid a lost update (412).
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response
from ptp_common.db import utcnow
from ptp_common.errors import Conflict, Unprocessable
from ptp_common.events.schemas.contracts import (
    ContractApproved,
    ContractPolicyOverridden,
    ContractReturned,
    ContractSubmittedForReview,
    ContractTerminated,
)
from ptp_common.http.etag import IfMatch
from ptp_common.service import RuntimeDep, UowDep

from ptp_contracts.api.common import (
    Legal,
    Manager,
    Signer,
    Specialist,
    Terminator,
    apply_action,
    commit_and_read,
    conflict_response,
    load_contract,
    problem_responses,
    visible_contract,
)
from ptp_contracts.api.contract_schemas import (
    ApproveRequest,
    ContractRead,
    OverrideRequest,
    ReturnRequest,
    SignRequest,
    TerminateRequest,
)
from ptp_contracts.api.signing_authority import authority_for, company_side_allowed, not_the_other_side
from ptp_contracts.db.models import Contract, Review, Signature
from ptp_contracts.domain.clauses import missing_clause_kinds
from ptp_contracts.domain.review import missing_at_signing, unapproved_reason
from ptp_contracts.domain.settlement import SettlementKind
from ptp_contracts.domain.signing import Side, fully_signed, policy_key
from ptp_contracts.flows import signing
from ptp_contracts.flows.contract_events import ref
from ptp_contracts.flows.settlement import settlement_of

router = APIRouter(prefix="/contracts", tags=["contract lifecycle"])


@router.post(
    "/{contract_id}/submit",
    response_model=ContractRead,
    summary="Submit the current revision to legal review (business_specialist)",
    description=(
        "business_specialist. From `draft`, or from `negotiation` when the terms changed after legal "
        "approved them (the change withdrew the approval: the new revision must be approved before "
        "signing). 409 from any other status, naming the allowed actions; 422 `clauses` when a key "
        "clause is missing."
    ),
    responses=conflict_response("The contract is neither a draft nor in negotiation"),
)
async def submit_contract(
    contract_id: str, uow: UowDep, principal: Specialist, response: Response, if_match: IfMatch = None
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "submit", if_match)
    if missing := missing_clause_kinds(c["kind"] for c in contract.clauses):
        raise Unprocessable(
            f"key clauses missing before legal review: {', '.join(missing)}",
            field="clauses",
            missing_kinds=missing,
        )
    contract.updated_at = utcnow()
    uow.emit(
        ContractSubmittedForReview(**ref(contract), revision=contract.revision),
        subject=contract.id,
        actor=principal.actor,
    )
    return await commit_and_read(uow, contract, response)


async def _review(
    uow: UowDep,
    contract_id: str,
    action: str,
    reviewer: str,
    comments: str,
    if_match: str | None,
    response: Response,
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, action, if_match)
    now = utcnow()
    contract.reviewed = True
    contract.updated_at = now
    decision = "approved" if action == "approve" else "returned"
    if action == "approve":
        # What legal approved is this revision exactly: any later change withdraws it (domain.review).
        contract.approved_revision = contract.revision
    uow.session.add(
        Review(
            contract_id=contract.id,
            revision=contract.revision,
            reviewer=reviewer,
            decision=decision,
            comments=comments,
            at=now,
        )
    )
    if action == "approve":
        uow.emit(
            ContractApproved(**ref(contract), revision=contract.revision, reviewer=reviewer),
            subject=contract.id,
            actor=reviewer,
        )
    else:
        uow.emit(
            ContractReturned(
                **ref(contract), revision=contract.revision, reviewer=reviewer, comments=comments
            ),
            subject=contract.id,
            actor=reviewer,
        )
    return await commit_and_read(uow, contract, response)


@router.post(
    "/{contract_id}/approve",
    response_model=ContractRead,
    summary="Legal approves the current revision",
    description=(
        "legal; only a contract `in_legal_review` (409 otherwise). The approval names the revision it "
        "approves (`approved_revision`); a later change of the terms withdraws it."
    ),
    responses=conflict_response("The contract is not in legal review"),
)
async def approve_contract(
    contract_id: str,
    body: ApproveRequest,
    uow: UowDep,
    principal: Legal,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    return await _review(uow, contract_id, "approve", principal.actor, body.comments, if_match, response)


@router.post(
    "/{contract_id}/return",
    response_model=ContractRead,
    summary="Legal returns the current revision with comments",
    description="legal; only a contract `in_legal_review` (409 otherwise).",
    responses=conflict_response("The contract is not in legal review"),
)
async def return_contract(
    contract_id: str,
    body: ReturnRequest,
    uow: UowDep,
    principal: Legal,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    return await _review(uow, contract_id, "return", principal.actor, body.comments, if_match, response)


async def _simple(
    uow: UowDep, contract_id: str, action: str, if_match: str | None, response: Response
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, action, if_match)
    contract.updated_at = utcnow()
    return await commit_and_read(uow, contract, response)


@router.post(
    "/{contract_id}/reopen", response_model=ContractRead, summary="Take a returned contract back to draft"
)
async def reopen_contract(
    contract_id: str, uow: UowDep, _: Specialist, response: Response, if_match: IfMatch = None
) -> ContractRead:
    return await _simple(uow, contract_id, "reopen", if_match, response)


@router.post(
    "/{contract_id}/negotiate",
    response_model=ContractRead,
    summary="Open negotiation with the client (changes become revisions)",
    description=(
        "business_specialist. From `approved`, or back from `signing` when the terms must change again "
        "(e.g. the customer's signing policy now asks for a guarantee): signatures collected so far are "
        "discarded, since they were given to the terms as they stood. A change made in negotiation "
        "withdraws legal's approval: `submit` the new revision to legal before signing. 409 from any "
        "other status."
    ),
    responses=conflict_response("The contract is not approved or in signing"),
)
async def negotiate_contract(
    contract_id: str, uow: UowDep, _: Specialist, response: Response, if_match: IfMatch = None
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "negotiate", if_match)
    contract.signatures.clear()
    contract.updated_at = utcnow()
    return await commit_and_read(uow, contract, response)


NOT_SIGNABLE = (
    "The status allows no signing; or legal did not approve exactly the current revision (the answer "
    "names `approved_revision` and `current_revision`); or a key clause is missing (`missing_kinds`)"
)


def check_signable(contract: Contract) -> None:
    """409 unless legal approved exactly the current revision and every key clause is there."""
    if reason := unapproved_reason(contract.approved_revision, contract.revision):
        raise Conflict(
            reason,
            reason_code="revision_not_approved",
            approved_revision=contract.approved_revision,
            current_revision=contract.revision,
        )
    kinds = [c["kind"] for c in contract.clauses]
    if reason := missing_at_signing(kinds):
        raise Conflict(reason, reason_code="key_clause_missing", missing_kinds=missing_clause_kinds(kinds))


@router.post(
    "/{contract_id}/start-signing",
    response_model=ContractRead,
    summary="Freeze the approved revision for signing (business_specialist)",
    description=(
        "business_specialist. From `approved`, or from `negotiation` when nothing changed since legal's "
        "approval. 409 when legal did not approve exactly the current revision (a change after approval "
        "withdrew it: `submit` it again), naming the approved and the current revision, or when a key "
        "clause is missing; 422 `installments` without a payment schedule."
    ),
    responses=conflict_response(NOT_SIGNABLE),
)
async def start_contract_signing(
    contract_id: str, uow: UowDep, _: Specialist, response: Response, if_match: IfMatch = None
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "start_signing", if_match)
    check_signable(contract)
    if not contract.installments:
        raise Unprocessable("a payment schedule is needed before signing", field="installments")
    contract.updated_at = utcnow()
    return await commit_and_read(uow, contract, response)


@router.post(
    "/{contract_id}/signatures",
    response_model=ContractRead,
    summary="Sign for one side (authorised signer of the company, or the client's representative)",
    description=(
        "One signature per side, only while the contract is `signing` and legal approved exactly its "
        "current revision (409 naming the approved and the current revision otherwise; 409 too when a "
        "key clause is missing).\n\n"
        "`side=company`: the company's authorised signer signs with their own account: a "
        "business_specialist or a manager; from a total of 100000.00 on, a manager only (403 naming "
        "the role otherwise).\n\n"
        "`side=client`: the customer's `client_representative`, whose token's `customer_id` claim is "
        "the contract's customer (another customer's representative gets 404; a token without the "
        "claim 403); or a business_specialist or manager recording the client's signed document: then "
        "`signer_name`, `signer_title` (capacity), `document_reference` and `seal_reference` are all "
        "required (422 naming the missing field).\n\n"
        "The same account never signs or records both sides (409). Each signature keeps who recorded "
        "it, its authority and the evidence. The customer's signing policy from risk is enforced on "
        "every signature: a violation is 409 with the reason, unless a manager recorded an override. "
        "When both sides have signed, the contract is signed, upfront installments are invoiced and "
        "contracts.contract.signed is published once."
    ),
    responses=problem_responses(
        {
            403: "The caller may not sign this side (roles, the manager threshold, or no customer_id claim)",
            404: "No such contract, or it is another customer's (client representatives)",
            409: "Not in signing, the current revision is not the approved one, a key clause is missing, "
            "the side already signed, the same account signed the other side, or the signing policy",
        }
    ),
)
async def sign_contract(
    contract_id: str,
    body: SignRequest,
    uow: UowDep,
    runtime: RuntimeDep,
    principal: Signer,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    if body.side is Side.company:
        company_side_allowed(principal)
    contract = await visible_contract(uow, contract_id, principal)
    apply_action(contract, "sign", if_match)
    check_signable(contract)
    if any(s.side == body.side for s in contract.signatures):
        raise Conflict(f"the {body.side} side has already signed")
    authority = authority_for(principal, contract, body)
    not_the_other_side(principal, contract, body.side)
    if reason := await signing.violation(uow, contract):
        raise Conflict(reason, reason_code="signing_policy", override_role="manager")
    # The runtime's clock: the signing instant decides the effective date and the upfront due dates
    # (business dates), and tests set it to either side of local midnight.
    now = runtime.clock.now()
    contract.signatures.append(
        Signature(
            id=str(uuid.uuid4()),
            contract_id=contract.id,
            side=body.side,
            signer_name=body.signer_name,
            signer_title=body.signer_title,
            signer_identity=body.signer_identity,
            signed_at=now,
            recorded_by=principal.actor,
            authority=authority,
            document_reference=body.document_reference,
            seal_reference=body.seal_reference,
        )
    )
    contract.updated_at = now
    if fully_signed(s.side for s in contract.signatures):
        await signing.take_effect(uow, contract, now)
    return await commit_and_read(uow, contract, response)


@router.post(
    "/{contract_id}/policy-override",
    response_model=ContractRead,
    summary="A manager lets signing proceed despite the customer's signing policy (recorded)",
    description=(
        "Only when the customer's current policy refuses this contract (409 otherwise). The override "
        "covers that policy only: if risk later sets a different one, signing is checked again."
    ),
)
async def override_signing_policy(
    contract_id: str,
    body: OverrideRequest,
    uow: UowDep,
    principal: Manager,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "override_policy", if_match)
    policy = await signing.policy_for(uow, contract.customer_id)
    refusal = signing.policy_violation_of(policy, contract)
    if refusal is None:
        raise Conflict(
            f"the customer's policy ({policy_key(policy)}) does not stop this signing; nothing to override"
        )
    now = utcnow()
    contract.policy_override_by = principal.actor
    contract.policy_override_reason = body.reason
    contract.policy_override_at = now
    contract.policy_override_of = policy_key(policy)
    contract.updated_at = now
    uow.emit(
        ContractPolicyOverridden(
            **ref(contract),
            policy_mode=policy.mode.value,
            min_prepayment_ratio=policy.min_prepayment_ratio,
            refusal=refusal,
            overridden_by=principal.actor,
            reason=body.reason,
        ),
        subject=contract.id,
        actor=principal.actor,
    )
    return await commit_and_read(uow, contract, response)


@router.post(
    "/{contract_id}/terminate",
    response_model=ContractRead,
    summary="End a signed contract early (business_specialist or manager)",
    description=(
        "Only a `signed` contract (409 otherwise, naming the allowed actions), and only while its project "
        "is not accepted: once an acceptance settlement exists the contract is settled instead (409). "
        "Installments never invoiced become `cancelled`; invoiced ones stay owed until a manager's "
        "termination settlement (`POST /contracts/{id}/settlement` with a reason) pays them. A "
        "terminated contract takes no new invoice or payment and gets no overdue notice."
    ),
    responses=conflict_response(
        "The contract is not signed, or its project was accepted (settle it instead)"
    ),
)
async def terminate_contract(
    contract_id: str,
    body: TerminateRequest,
    uow: UowDep,
    principal: Terminator,
    response: Response,
    if_match: IfMatch = None,
) -> ContractRead:
    contract = await load_contract(uow, contract_id)
    apply_action(contract, "terminate", if_match)
    settlement = await settlement_of(uow, contract.id)
    if settlement is not None and settlement.kind == SettlementKind.acceptance:
        raise Conflict(
            "the project was accepted and its settlement is open: settle the contract instead of "
            "terminating it",
            settlement_id=settlement.id,
        )
    now = utcnow()
    for installment in contract.installments:
        if installment.status == "scheduled":
            installment.status = "cancelled"  # never invoiced: no longer owed
    contract.ended_at = now
    contract.end_reason = body.reason
    contract.updated_at = now
    uow.emit(
        ContractTerminated(**ref(contract), reason=body.reason, terminated_at=now),
        subject=contract.id,
        actor=principal.actor,
    )
    return await commit_and_read(uow, contract, response)
