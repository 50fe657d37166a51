"""The contract's lifecycle (docs/domain.md section 2) as one transition table."""

from __future__ import annotations

from enum import StrEnum

from ptp_common.statemachine import StateMachine


class ContractStatus(StrEnum):
    draft = "draft"
    in_legal_review = "in_legal_review"
    returned = "returned"
    approved = "approved"
    negotiation = "negotiation"
    signing = "signing"
    signed = "signed"
    completed = "completed"
    terminated = "terminated"


S = ContractStatus

# (state, action) -> next state. Each action is an endpoint: edit = PATCH /contracts/{id};
# sign = POST .../signatures; override_policy = POST .../policy-override; start_signing =
# POST .../start-signing; complete happens when the settlement is paid; the others are
# POST /contracts/{id}/<action> (the machine's paths; allowed_actions lists the segments a
# caller POSTs to, so not edit nor complete). "edit" keeps the state: it is listed so that the table
# alone says where a contract may still change. "sign" keeps "signing" until both sides
# have signed; the signing flow then moves the contract to "signed".
CONTRACT_TRANSITIONS: dict[tuple[str, str], str] = {
    (S.draft, "edit"): S.draft,
    (S.draft, "submit"): S.in_legal_review,
    (S.in_legal_review, "approve"): S.approved,
    (S.in_legal_review, "return"): S.returned,
    (S.returned, "reopen"): S.draft,
    (S.approved, "negotiate"): S.negotiation,
    (S.approved, "start_signing"): S.signing,
    (S.negotiation, "edit"): S.negotiation,
    # A change after legal approval withdraws it (domain.review): the new revision goes back to legal.
    (S.negotiation, "submit"): S.in_legal_review,
    (S.negotiation, "start_signing"): S.signing,
    (S.signing, "sign"): S.signing,
    # Back to the table (e.g. risk now wants a guarantee): signatures so far are void.
    (S.signing, "negotiate"): S.negotiation,
    (S.signing, "override_policy"): S.signing,
    (S.signed, "complete"): S.completed,
    (S.signed, "terminate"): S.terminated,
}

CONTRACT_MACHINE = StateMachine(
    "contract",
    CONTRACT_TRANSITIONS,
    resource="/api/v1/contracts/{contract_id}",
    # edit is the PATCH of the contract; complete follows the settlement's payment.
    paths={"sign": "signatures", "override_policy": "policy-override", "edit": None, "complete": None},
)
