"""Key clauses (docs/domain.md section 2): each of the six kinds is required before legal review."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class ClauseKind(StrEnum):
    rights_obligations = "rights_obligations"
    scope = "scope"
    price_terms = "price_terms"
    delivery = "delivery"
    acceptance_criteria = "acceptance_criteria"
    breach_liability = "breach_liability"
    other = "other"


REQUIRED_CLAUSE_KINDS: tuple[ClauseKind, ...] = (
    ClauseKind.rights_obligations,
    ClauseKind.scope,
    ClauseKind.price_terms,
    ClauseKind.delivery,
    ClauseKind.acceptance_criteria,
    ClauseKind.breach_liability,
)


def missing_clause_kinds(present: Iterable[str]) -> list[str]:
    """Required kinds with no clause, in the order of REQUIRED_CLAUSE_KINDS."""
    have = set(present)
    return [kind.value for kind in REQUIRED_CLAUSE_KINDS if kind.value not in have]
