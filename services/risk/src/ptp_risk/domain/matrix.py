"""Qualitative assessment: likelihood x impact (1-5 each) on the risk matrix -> level."""

from __future__ import annotations

from dataclasses import dataclass, field

from ptp_risk.domain.levels import Level

SCALE = range(1, 6)


@dataclass(frozen=True)
class RiskMatrix:
    """The level of a likelihood x impact cell, each scored 1 (rare / negligible) to 5.

    One rule, read top to bottom:

    * **low** only when the risk is unlikely AND its impact small: both likelihood and impact
      are at most ``low_up_to`` (2);
    * **high** when it is both likely and severe: likelihood x impact >= ``high_from`` (15),
      i.e. the cells 3x5, 4x4, 4x5, 5x3, 5x4, 5x5;
    * **medium** everywhere else, so an unlikely catastrophe (1 x 5) or a near-certain nuisance
      (5 x 1) is never rated low.

    The default table (rows likelihood 1..5, columns impact 1..5)::

                     impact 1  2  3  4  5
        likelihood 1        L  L  M  M  M
        likelihood 2        L  L  M  M  M
        likelihood 3        M  M  M  M  H
        likelihood 4        M  M  M  H  H
        likelihood 5        M  M  H  H  H

    ``overrides`` may set single cells (operator configuration), but a cell outside the low
    corner can never be made low: "low" keeps meaning unlikely and small.
    """

    high_from: int = 15
    low_up_to: int = 2
    overrides: dict[tuple[int, int], Level] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= self.low_up_to <= 5 or not self.low_up_to**2 < self.high_from <= 25:
            raise ValueError("matrix needs 1 <= low_up_to <= 5 and low_up_to^2 < high_from <= 25")
        for (likelihood, impact), level in self.overrides.items():
            if likelihood not in SCALE or impact not in SCALE:
                raise ValueError("likelihood and impact are scored 1..5")
            if level == "low" and not self._small(likelihood, impact):
                raise ValueError(
                    f"cell {likelihood}x{impact} cannot be low: low means likelihood and impact "
                    f"both at most {self.low_up_to}"
                )

    def _small(self, likelihood: int, impact: int) -> bool:
        return likelihood <= self.low_up_to and impact <= self.low_up_to

    def level(self, likelihood: int, impact: int) -> Level:
        if likelihood not in SCALE or impact not in SCALE:
            raise ValueError("likelihood and impact are scored 1..5")
        if (likelihood, impact) in self.overrides:
            return self.overrides[(likelihood, impact)]
        if self._small(likelihood, impact):
            return "low"
        if likelihood * impact >= self.high_from:
            return "high"
        return "medium"

    def grid(self) -> list[list[Level]]:
        """Rows by likelihood 1..5, columns by impact 1..5: the matrix as people draw it."""
        return [[self.level(likelihood, impact) for impact in SCALE] for likelihood in SCALE]

    def markdown(self) -> str:
        """The table in force as Markdown (for the OpenAPI description of the assessment)."""
        head = "| likelihood \\ impact | " + " | ".join(str(i) for i in SCALE) + " |"
        rule = "| --- |" + " --- |" * len(SCALE)
        rows = [
            f"| {likelihood} | " + " | ".join(self.level(likelihood, i) for i in SCALE) + " |"
            for likelihood in SCALE
        ]
        return "\n".join([head, rule, *rows])
