"""Settlement (DOMAIN.md section 5): the specialist prepares it, finance approves and pays."""

from __future__ import annotations

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

SETTLEMENT_MACHINE = StateMachine("settlement", SETTLEMENT_TRANSITIONS)


def settlement_due(amount: Decimal, adjustments: Decimal, paid_to_date: Decimal) -> Decimal:
    """What remains to settle: contract amount plus adjustments, less what was already paid."""
    return amount + adjustments - paid_to_date
