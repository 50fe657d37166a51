"""Events published by the contracts service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field

from ptp_common.events.registry import EventData, event
from ptp_common.events.schemas.common import MoneyAmount


class ContractRef(EventData):
    contract_id: str
    customer_id: str
    owner: str = Field(description="Business specialist who owns the contract")


@event("contracts.contract.drafted")
class ContractDrafted(ContractRef):
    """A contract draft exists (from a solution or by hand)."""

    title: str
    total: MoneyAmount
    solution_id: str | None = None
    exception_reason: str | None = Field(
        default=None, description="Drafted without an accepted solution: the manager's reason"
    )
    exception_approved_by: str | None = Field(
        default=None, description="The manager who approved drafting it without a solution"
    )


@event("contracts.contract.submitted_for_review")
class ContractSubmittedForReview(ContractRef):
    """A draft went to legal review."""

    revision: int


@event("contracts.contract.approved")
class ContractApproved(ContractRef):
    """Legal approved the draft."""

    revision: int
    reviewer: str


@event("contracts.contract.returned")
class ContractReturned(ContractRef):
    """Legal returned the draft with comments."""

    revision: int
    reviewer: str
    comments: str


@event("contracts.contract.revised")
class ContractRevised(ContractRef):
    """A negotiated change: a new numbered revision."""

    revision: int
    author: str
    summary: str
    changed_fields: list[str] = []


class Deliverable(BaseModel):
    deliverable_id: str
    name: str
    description: str = ""
    due_date: dt.date
    acceptance_criteria: list[str] = []


class Milestone(BaseModel):
    milestone_id: str
    name: str
    due_date: dt.date
    deliverable_ids: list[str] = []


class AcceptanceCriterion(BaseModel):
    criterion_id: str
    description: str


class ScheduledInstallment(BaseModel):
    installment_id: str
    label: str = ""
    amount: MoneyAmount
    trigger: str = Field(description="on_signing | milestone | acceptance | fixed_date")
    milestone_id: str | None = Field(default=None, description="The Milestone.milestone_id it waits for")
    due_date: dt.date | None = Field(default=None, description="Set once invoiced (or fixed upfront)")


@event("contracts.contract.signed")
class ContractSigned(ContractRef):
    """Both sides signed: the contract is in effect. Projects plans delivery from it."""

    customer_name: str | None = None
    title: str
    total: MoneyAmount
    effective_date: dt.date
    expiry_date: dt.date | None = None
    scope: str
    deliverables: list[Deliverable] = []
    milestones: list[Milestone] = []
    acceptance_criteria: list[AcceptanceCriterion] = []
    signed_at: dt.datetime
    installments: list[ScheduledInstallment] = Field(
        default=[], description="The payment schedule: which milestone or event makes each installment due"
    )


@event("contracts.contract.policy_overridden")
class ContractPolicyOverridden(ContractRef):
    """A manager let signing proceed although the customer's signing policy from risk refused it."""

    policy_mode: str = Field(description="allow | require_guarantee | require_prepayment | block")
    min_prepayment_ratio: Decimal | None = None
    refusal: str = Field(description="Why the policy refused the signing")
    overridden_by: str
    reason: str


@event("contracts.contract.terminated")
class ContractTerminated(ContractRef):
    """The contract ended early."""

    reason: str
    terminated_at: dt.datetime


@event("contracts.contract.completed")
class ContractCompleted(ContractRef):
    """The contract was fulfilled and settled."""

    completed_at: dt.datetime


@event("contracts.invoice.issued")
class InvoiceIssued(ContractRef):
    """An installment became due and was invoiced."""

    invoice_id: str
    installment_id: str
    amount: MoneyAmount
    due_date: dt.date


@event("contracts.payment.received")
class PaymentReceived(ContractRef):
    """Money arrived for an installment (partial payments allowed)."""

    payment_id: str
    installment_id: str
    amount: MoneyAmount
    received_at: dt.datetime
    due_date: dt.date | None = None
    days_late: int = 0
    installment_outstanding: MoneyAmount
    contract_outstanding: MoneyAmount


@event("contracts.overdue.cleared")
class OverdueCleared(ContractRef):
    """An installment that had been reported overdue (payment.overdue) is now paid in full.

    Risk clears the installment's overdue facts by it: the credit rating recovers by the same
    rules by which it fell.
    """

    installment_id: str
    due_date: dt.date
    paid_at: dt.datetime
    days_late: int = Field(description="Days between the due date and the payment that cleared it")
    contract_outstanding: MoneyAmount


@event("contracts.payment.overdue")
class PaymentOverdue(ContractRef):
    """An installment is unpaid past its due date by a threshold (1, 30, 60, 90 days)."""

    installment_id: str
    outstanding: MoneyAmount
    due_date: dt.date
    days_overdue: int
    threshold_days: int
    as_of: dt.datetime


class SettlementFacts(ContractRef):
    settlement_id: str
    kind: str = Field(
        default="acceptance",
        description="acceptance (opened by projects.project.accepted) | termination (a terminated contract)",
    )
    project_id: str | None = None
    amount: MoneyAmount
    paid_to_date: MoneyAmount


@event("contracts.settlement.requested")
class SettlementRequested(SettlementFacts):
    """The specialist submitted the settlement to finance."""


@event("contracts.settlement.approved")
class SettlementApproved(SettlementFacts):
    """Finance approved the settlement documents."""

    approved_by: str


@event("contracts.settlement.rejected")
class SettlementRejected(SettlementFacts):
    """Finance rejected the settlement documents, with a reason."""

    rejected_by: str
    reason: str


@event("contracts.settlement.paid")
class SettlementPaid(SettlementFacts):
    """Finance paid or confirmed payment: the deal's money is settled.

    The money itself travels as contracts.payment.received, one per installment that still had
    something outstanding (reference ``settlement:<id>``); this event reconciles, it adds no revenue.
    """

    paid_at: dt.datetime
