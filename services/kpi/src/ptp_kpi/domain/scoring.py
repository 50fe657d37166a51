"""Scoring (docs/domain.md section 6): quantitative attainment per indicator, qualitative
evaluations by supervisor, peers and customers, and their weighted combination.

Scores run 0-100. Attainment is capped so one outstanding indicator cannot hide
the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ATTAINMENT_CAP = Decimal("1.2")
HUNDRED = Decimal(100)
EVALUATOR_KINDS = ("supervisor", "peer", "customer")
DEFAULT_EVALUATOR_WEIGHTS: dict[str, Decimal] = {
    "supervisor": Decimal("0.5"),
    "peer": Decimal("0.3"),
    "customer": Decimal("0.2"),
}
DEFAULT_QUANTITATIVE_WEIGHT = Decimal("0.7")


def rounded(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def attainment(actual: Decimal | None, target: Decimal, higher_is_better: bool) -> Decimal:
    """How far the actual reaches the target, 0 to ATTAINMENT_CAP; no data attains nothing."""
    if actual is None:
        return Decimal(0)
    if higher_is_better:
        if target <= 0:
            return ATTAINMENT_CAP
        ratio = actual / target
    elif actual <= 0:
        ratio = ATTAINMENT_CAP  # nothing bad happened: best possible
    else:
        ratio = target / actual
    return max(Decimal(0), min(ATTAINMENT_CAP, ratio))


def indicator_score(actual: Decimal | None, target: Decimal, higher_is_better: bool) -> Decimal:
    return rounded(attainment(actual, target, higher_is_better) * HUNDRED)


def weighted_mean(pairs: Iterable[tuple[Decimal, Decimal]]) -> Decimal | None:
    """Mean of (value, weight) pairs; None when there is no weight at all."""
    pairs = list(pairs)
    weight = sum((w for _, w in pairs), Decimal(0))
    if weight <= 0:
        return None
    return rounded(sum((v * w for v, w in pairs), Decimal(0)) / weight)


@dataclass(frozen=True)
class Evaluation:
    kind: str
    score: Decimal


def qualitative_score(
    evaluations: Iterable[Evaluation], weights: Mapping[str, Decimal] = DEFAULT_EVALUATOR_WEIGHTS
) -> Decimal | None:
    """Average per evaluator kind, then weighted across the kinds that evaluated.

    A kind with no evaluation drops out and the others' weights are renormalised,
    so three peers cannot outweigh the supervisor by number alone.
    """
    by_kind: dict[str, list[Decimal]] = {}
    for e in evaluations:
        by_kind.setdefault(e.kind, []).append(e.score)
    return weighted_mean(
        (sum(scores, Decimal(0)) / len(scores), weights.get(kind, Decimal(0)))
        for kind, scores in by_kind.items()
    )


def total_score(
    quantitative: Decimal | None, qualitative: Decimal | None, quantitative_weight: Decimal
) -> Decimal | None:
    """Weighted combination; a part that is missing leaves the other to stand alone."""
    if quantitative is None or qualitative is None:
        return quantitative if qualitative is None else qualitative
    return rounded(quantitative * quantitative_weight + qualitative * (1 - quantitative_weight))
