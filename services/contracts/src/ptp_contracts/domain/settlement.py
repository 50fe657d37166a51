"""Settlement (docs/domain.md section 4): the specialist prepares it, finance approves and pays."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from ptp_common.statemachine import StateMachine


class SettlementStatus(StrEnum):
    open = "open"
    requested = "requested"
    approved = "approved"
    rejected = "rejected"
    paid = "paid"


S = SettlementStatus

SETTLEMENT_TRANSITIONS: dict[tuple[str, str], str] = {
    (S.open, "adjust"): S.open,
    (S.open, "submit"): S.requested,
    (S.requested, "approve"): S.approved,
    (S.requested, "reject"): S.rejected,
    (S.rejected, "adjust"): S.rejected,
    (S.rejected, "submit"): S.requested,
    (S.approved, "pay"): S.paid,
}

SETTLEMENT_MACHINE = StateMachine(
    "settlement", SETTLEMENT_TRANSITIONS, resource="/api/v1/settlements/{settlement_id}"
)


class SettlementKind(StrEnum):
    acceptance = "acceptance"  # opened by projects.project.accepted
    termination = "termination"  # opened by a manager for a terminated contract


def settlement_due(outstanding: Decimal, adjustments: Decimal) -> Decimal:
    """What remains to settle: the contract's outstanding plus the (zero or negative) adjustment."""
    return outstanding + adjustments


def credits(outstandings: Sequence[Decimal], deduction: Decimal) -> list[Decimal]:
    """Spread ``deduction`` (>= 0) over installments as credits, from the last one backwards:
    the final installments are what the acceptance result reduces. Each credit is at most what
    that installment still owes; a deduction beyond the total owed is refused (ValueError)."""
    owed = sum(outstandings, Decimal("0"))
    if deduction > owed:
        raise ValueError(f"a deduction of {deduction} exceeds the outstanding {owed}")
    result = [Decimal("0")] * len(outstandings)
    left = deduction
    for i in reversed(range(len(outstandings))):
        result[i] = min(left, outstandings[i])
        left -= result[i]
    return result
