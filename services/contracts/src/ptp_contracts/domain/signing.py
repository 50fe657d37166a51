"""Signing rules: one signature per side, who may sign for each side, and the customer's signing
policy from risk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Side(StrEnum):
    company = "company"
    client = "client"


class Authority(StrEnum):
    """What a signature rests on (kept on the signature row)."""

    business_specialist = "business_specialist"  # company side, the signer's own account
    manager = "manager"  # company side, the signer's own account
    client_representative = "client_representative"  # client side, the customer's own representative
    recorded_evidence = "recorded_evidence"  # client side, recorded by staff from the signed document


# The signing policy of the company side: from this total on (in the contract's currency) only a
# manager signs for the company; below it a business_specialist or a manager does.
MANAGER_SIGNS_FROM = Decimal("100000.00")


def company_signer_roles(total: Decimal) -> tuple[str, ...]:
    """Roles that may sign for the company a contract of ``total``."""
    if total >= MANAGER_SIGNS_FROM:
        return (Authority.manager.value,)
    return (Authority.business_specialist.value, Authority.manager.value)


# Evidence staff must give when they record the client's signature instead of the client's
# representative signing with their own account (signer_name and signer_title are always required).
RECORDED_EVIDENCE_FIELDS: tuple[str, ...] = ("document_reference", "seal_reference")


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
