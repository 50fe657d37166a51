"""Qualitative assessment: likelihood x impact (1-5 each) on a configurable matrix -> level."""

from __future__ import annotations

from dataclasses import dataclass, field

from ptp_risk.domain.levels import Level

SCALE = range(1, 6)


@dataclass(frozen=True)
class RiskMatrix:
    """Level of a cell: an explicit ``overrides`` entry if any, else by the product L x I.

    Defaults: product >= 15 is high (likely and severe), >= 6 medium, else low.
    """

    high_from: int = 15
    medium_from: int = 6
    overrides: dict[tuple[int, int], Level] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= self.medium_from <= self.high_from <= 25:
            raise ValueError("matrix thresholds need 1 <= medium_from <= high_from <= 25")

    def level(self, likelihood: int, impact: int) -> Level:
        if likelihood not in SCALE or impact not in SCALE:
            raise ValueError("likelihood and impact are scored 1..5")
        if (likelihood, impact) in self.overrides:
            return self.overrides[(likelihood, impact)]
        product = likelihood * impact
        if product >= self.high_from:
            return "high"
        if product >= self.medium_from:
            return "medium"
        return "low"

    def grid(self) -> list[list[Level]]:
        """Rows by likelihood 1..5, columns by impact 1..5: the matrix as people draw it."""
        return [[self.level(likelihood, impact) for impact in SCALE] for likelihood in SCALE]
