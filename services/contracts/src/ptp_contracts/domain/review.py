"""Legal review of revisions: a contract is signed only as legal approved it, revision for revision.

Every change of the terms is a new revision (api.contracts.update_contract). Legal's approval
names the revision it approved (``Contract.approved_revision``); a later change leaves it naming an
older revision, which withdraws the approval: the contract must be submitted to legal again
before ``start-signing`` and before every signature.
"""

from __future__ import annotations

from collections.abc import Iterable

from ptp_contracts.domain.clauses import missing_clause_kinds


def unapproved_reason(approved_revision: int | None, current_revision: int) -> str | None:
    """Why the current revision may not be signed yet, or None when legal approved exactly it."""
    if approved_revision == current_revision:
        return None
    if approved_revision is None:
        return (
            f"legal has not approved this contract; the current revision is {current_revision}: "
            "submit it to legal review before signing"
        )
    return (
        f"legal approved revision {approved_revision}, the current revision is {current_revision}: "
        "the terms changed after approval, submit the contract to legal review again before signing"
    )


def missing_at_signing(clause_kinds: Iterable[str]) -> str | None:
    """Why the terms cannot be signed for want of a key clause, or None when all six are there."""
    if missing := missing_clause_kinds(clause_kinds):
        return f"key clauses missing, the contract cannot be signed: {', '.join(missing)}"
    return None
