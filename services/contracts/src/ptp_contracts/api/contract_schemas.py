"""Request and response schemas of contracts, their terms, revisions, reviews and signatures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.money import Currency, PositiveAmount
from pydantic import BaseModel, ConfigDict, Field

from ptp_contracts.domain.clauses import ClauseKind
from ptp_contracts.domain.schedule import Trigger
from ptp_contracts.domain.signing import Side


class Clause(BaseModel):
    kind: ClauseKind
    title: str = Field(default="", max_length=300)
    text: str = Field(min_length=1, max_length=20000)


class Deliverable(BaseModel):
    deliverable_id: str = Field(
        min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.-]+$", description="Contract-local id, e.g. D1"
    )
    name: str = Field(min_length=1, max_length=300)
    description: str = ""
    due_date: dt.date
    acceptance_criteria: list[str] = Field(default=[], description="Ids of acceptance criteria it must meet")


class Milestone(BaseModel):
    milestone_id: str = Field(
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Contract-local id, e.g. M1; projects echoes it as contract_milestone_id",
    )
    name: str = Field(min_length=1, max_length=300)
    due_date: dt.date
    deliverable_ids: list[str] = []


class AcceptanceCriterion(BaseModel):
    criterion_id: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")
    description: str = Field(min_length=1, max_length=5000)


class InstallmentPlan(BaseModel):
    label: str = Field(default="", max_length=200)
    amount: PositiveAmount
    trigger: Trigger = Field(
        description="on_signing | milestone (names milestone_id) | acceptance | fixed_date (names due_date)"
    )
    milestone_id: str | None = None
    due_date: dt.date | None = None


class ContractTerms(BaseModel):
    """The negotiable content of a contract; on update, every list given replaces the stored one."""

    title: str = Field(min_length=1, max_length=300)
    scope: str = Field(min_length=1, max_length=20000)
    total: PositiveAmount
    currency: Currency
    effective_date: dt.date | None = Field(default=None, description="Defaults to the day both sides signed")
    expiry_date: dt.date | None = None
    payment_terms_days: int = Field(
        default=30, ge=0, le=365, description="Days from an installment's trigger to its due date"
    )
    guarantee: str | None = Field(
        default=None, max_length=2000, description="Guarantee held (required by a require_guarantee policy)"
    )
    clauses: list[Clause] = []
    deliverables: list[Deliverable] = []
    milestones: list[Milestone] = []
    acceptance_criteria: list[AcceptanceCriterion] = []
    installments: list[InstallmentPlan] = []


EXAMPLE_TERMS: dict[str, Any] = {
    "title": "Warehouse telemetry rollout",
    "scope": "Install and commission telemetry in 3 warehouses",
    "total": "12000.00",
    "currency": "EUR",
    "expiry_date": "2027-12-31",
    "payment_terms_days": 30,
    "clauses": [
        {"kind": k.value, "title": k.value.replace("_", " "), "text": "..."}
        for k in ClauseKind
        if k is not ClauseKind.other
    ],
    "deliverables": [
        {
            "deliverable_id": "D1",
            "name": "Sensors installed",
            "due_date": "2027-03-01",
            "acceptance_criteria": ["AC1"],
        }
    ],
    "milestones": [
        {"milestone_id": "M1", "name": "Site 1 live", "due_date": "2027-03-15", "deliverable_ids": ["D1"]}
    ],
    "acceptance_criteria": [{"criterion_id": "AC1", "description": "99% of sensors report hourly"}],
    "installments": [
        {"label": "advance", "amount": "3000.00", "trigger": "on_signing"},
        {"label": "site 1", "amount": "6000.00", "trigger": "milestone", "milestone_id": "M1"},
        {"label": "final", "amount": "3000.00", "trigger": "acceptance"},
    ],
}


class ContractCreate(ContractTerms):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "customer_id": "cus-42",
                    "customer_name": "Acme Logistics",
                    "solution_id": "sol-42",
                    **EXAMPLE_TERMS,
                }
            ]
        }
    )

    customer_id: str = Field(
        min_length=1,
        max_length=100,
        description="A customer crm registered, once its event reached contracts (422 otherwise)",
    )
    solution_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="The accepted solution (crm.solution.accepted) it is drafted from, of this customer "
        "and not drafted yet; or, without one, exception_reason",
    )
    exception_reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        description="No accepted solution: a manager approves the exception (only a manager may give "
        "it) and the reason is kept on the contract, in its first revision and in contract.drafted",
    )
    customer_name: str | None = Field(default=None, max_length=300)
    owner: str | None = Field(
        default=None, max_length=200, description="Owning business specialist; defaults to the caller"
    )


class ContractUpdate(BaseModel):
    """Fields to change (omitted ones stay); every real change is a new numbered revision, and a change
    after legal approval withdraws it (the contract goes back to legal before signing)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "total": "12500.00",
                    "summary": "price raised after adding site 4",
                    "installments": [
                        {"amount": "3000.00", "trigger": "on_signing"},
                        {"amount": "9500.00", "trigger": "acceptance"},
                    ],
                }
            ]
        }
    )

    summary: str = Field(
        default="", max_length=2000, description="What changed and why (kept in the history)"
    )
    title: str | None = Field(default=None, min_length=1, max_length=300)
    scope: str | None = Field(default=None, min_length=1, max_length=20000)
    total: PositiveAmount | None = None
    effective_date: dt.date | None = None
    expiry_date: dt.date | None = None
    payment_terms_days: int | None = Field(default=None, ge=0, le=365)
    guarantee: str | None = Field(default=None, max_length=2000)
    clauses: list[Clause] | None = None
    deliverables: list[Deliverable] | None = None
    milestones: list[Milestone] | None = None
    acceptance_criteria: list[AcceptanceCriterion] | None = None
    installments: list[InstallmentPlan] | None = None


class InstallmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    position: int
    label: str
    amount: Decimal
    trigger: Trigger
    milestone_id: str | None
    due_date: dt.date | None
    status: str = Field(
        description="scheduled | invoiced | paid | cancelled (never invoiced, the contract was terminated)"
    )
    paid: Decimal
    credited: Decimal = Field(description="Deducted by a settlement adjustment")


class SignatureRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    side: Side
    signer_name: str
    signer_title: str
    signer_identity: str
    signed_at: dt.datetime
    recorded_by: str = Field(description="The account that signed, or that recorded the client's signature")
    authority: str | None = Field(
        description="business_specialist | manager (company side); client_representative (the customer's "
        "own account) | recorded_evidence (recorded by staff from the signed document) (client side)"
    )
    document_reference: str | None = Field(description="The signed document (recorded signatures)")
    seal_reference: str | None = Field(description="The seal on it (recorded signatures)")


class PolicyOverrideRead(BaseModel):
    by: str
    reason: str
    at: dt.datetime
    policy: str = Field(description="The policy overridden, e.g. require_prepayment:0.3")


class ContractRead(BaseModel):
    id: str
    customer_id: str
    customer_name: str | None
    owner: str
    title: str
    scope: str
    total: Decimal
    currency: str
    effective_date: dt.date | None
    expiry_date: dt.date | None
    payment_terms_days: int
    guarantee: str | None
    solution_id: str | None
    exception_reason: str | None = Field(description="Drafted without a solution: the manager's reason")
    exception_approved_by: str | None = Field(description="The manager who approved the exception")
    status: str
    allowed_actions: list[str] = Field(
        description="What may happen next: the path segments to POST to on this contract "
        "(`POST /contracts/{contract_id}/<segment>`)"
    )
    revision: int
    approved_revision: int | None = Field(
        description="The revision legal approved last; signing needs it to equal `revision`"
    )
    clauses: list[Clause]
    deliverables: list[Deliverable]
    milestones: list[Milestone]
    acceptance_criteria: list[AcceptanceCriterion]
    installments: list[InstallmentRead]
    signatures: list[SignatureRead]
    policy_override: PolicyOverrideRead | None
    signed_at: dt.datetime | None
    ended_at: dt.datetime | None
    end_reason: str | None
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    version: int


class RevisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    author: str
    at: dt.datetime
    summary: str
    changed_fields: list[str]
    changes: dict[str, Any] = Field(description='Per field: {"from": old value, "to": new value}')


class ReviewRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    revision: int
    reviewer: str
    decision: str
    comments: str
    at: dt.datetime


class ReturnRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"comments": "Liability cap missing in clause 6"}]}
    )

    comments: str = Field(min_length=1, max_length=10000)


class ApproveRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"comments": "OK"}]})

    comments: str = Field(default="", max_length=10000)


class SignRequest(BaseModel):
    """A signature by one side's authorised representative.

    The company side is signed by its authorised signer's own account (a business_specialist or a
    manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed by the
    customer's own `client_representative` account (its token's `customer_id` is the contract's
    customer), or recorded by a business_specialist or manager from the signed document: then
    `document_reference` and `seal_reference` are required besides the signer's name and capacity
    (`signer_title`).
    """

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "side": "client",
                    "signer_name": "Dana Client",
                    "signer_title": "CEO, Acme Logistics",
                    "signer_identity": "passport X1234567",
                    "document_reference": "DMS-2026-0042 (scanned signed copy)",
                    "seal_reference": "Acme Logistics company seal, page 12",
                }
            ]
        }
    )

    side: Side
    signer_name: str = Field(min_length=1, max_length=200)
    signer_title: str = Field(min_length=1, max_length=200, description="The capacity they sign in")
    signer_identity: str = Field(
        min_length=1, max_length=200, description="Who signed, e.g. ID document or account"
    )
    document_reference: str | None = Field(
        default=None,
        max_length=300,
        description="The signed document (required when staff record the client's signature)",
    )
    seal_reference: str | None = Field(
        default=None,
        max_length=300,
        description="The client's seal on it (required when staff record the client's signature)",
    )


class OverrideRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "Parent company guarantee letter on file"}]}
    )

    reason: str = Field(min_length=1, max_length=5000)


class TerminateRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "Client insolvency"}]})

    reason: str = Field(min_length=1, max_length=5000)


class SigningPolicyRead(BaseModel):
    customer_id: str
    mode: str = Field(description="allow | require_guarantee | require_prepayment | block")
    min_prepayment_ratio: Decimal | None
    reason: str
    rating: str | None
    level: str | None
    updated_at: dt.datetime | None
