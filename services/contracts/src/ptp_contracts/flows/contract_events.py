"""Build the contracts events from a contract row (fields as other services read them)."""

from __future__ import annotations

from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import (
    AcceptanceCriterion,
    ContractSigned,
    Deliverable,
    Milestone,
    ScheduledInstallment,
)

from ptp_contracts.db.models import Contract


def ref(contract: Contract) -> dict[str, str]:
    """The ContractRef fields every contracts event carries."""
    return {"contract_id": contract.id, "customer_id": contract.customer_id, "owner": contract.owner}


def total_of(contract: Contract) -> MoneyAmount:
    return MoneyAmount(amount=contract.total, currency=contract.currency)


def signed_event(contract: Contract) -> ContractSigned:
    """Everything projects needs to plan delivery, from this event alone."""
    assert contract.signed_at is not None and contract.effective_date is not None
    return ContractSigned(
        **ref(contract),
        customer_name=contract.customer_name,
        title=contract.title,
        total=total_of(contract),
        effective_date=contract.effective_date,
        expiry_date=contract.expiry_date,
        scope=contract.scope,
        deliverables=[Deliverable.model_validate(d) for d in contract.deliverables],
        milestones=[Milestone.model_validate(m) for m in contract.milestones],
        acceptance_criteria=[AcceptanceCriterion.model_validate(c) for c in contract.acceptance_criteria],
        signed_at=contract.signed_at,
        installments=[
            ScheduledInstallment(
                installment_id=i.id,
                label=i.label,
                amount=MoneyAmount(amount=i.amount, currency=contract.currency),
                trigger=i.trigger,
                milestone_id=i.milestone_id,
                due_date=i.due_date,
            )
            for i in contract.installments
        ],
    )
