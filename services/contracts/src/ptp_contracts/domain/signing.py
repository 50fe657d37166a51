"""Signing rules: one signature per side, and the customer's signing policy from risk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Side(StrEnum):
    company = "company"
    client = "client"


class PolicyMode(StrEnum):
    allow = "allow"
    require_guarantee = "require_guarantee"
    require_prepayment = "require_prepayment"
    block = "block"


@dataclass(frozen=True)
class SigningPolicy:
    mode: PolicyMode
    min_prepayment_ratio: Decimal | None = None
    reason: str = ""


ALLOW = SigningPolicy(PolicyMode.allow)


def policy_key(policy: SigningPolicy) -> str:
    """Names a policy's terms (not its explanation): an override holds only while they stay the same."""
    if policy.mode is PolicyMode.require_prepayment:
        return f"{policy.mode.value}:{policy.min_prepayment_ratio or 0}"
    return policy.mode.value


def policy_violation(policy: SigningPolicy, *, has_guarantee: bool, prepayment_ratio: Decimal) -> str | None:
    """Why signing this contract would break the policy, or None when it complies."""
    because = f" (risk: {policy.reason})" if policy.reason else ""
    if policy.mode is PolicyMode.block:
        return f"signing with this customer is blocked{because}"
    if policy.mode is PolicyMode.require_guarantee and not has_guarantee:
        return f"this customer requires a guarantee before signing; set the contract's guarantee{because}"
    if policy.mode is PolicyMode.require_prepayment:
        required = policy.min_prepayment_ratio or Decimal("0")
        if prepayment_ratio < required:
            return (
                f"this customer requires a prepayment ratio of at least {required}; "
                f"the schedule has {prepayment_ratio.quantize(Decimal('0.0001'))} due on signing{because}"
            )
    return None


def fully_signed(sides: Iterable[str]) -> bool:
    return {Side.company.value, Side.client.value} <= set(sides)
