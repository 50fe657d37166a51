"""Risk indicators: named metrics with thresholds; a reading's level depends on its direction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ptp_risk.domain.levels import Level


@dataclass(frozen=True)
class Thresholds:
    """``medium`` and ``high`` bounds; for a metric where lower is worse (e.g. industry growth
    rate), a reading at or below a bound reaches that level."""

    medium: Decimal
    high: Decimal
    higher_is_worse: bool = True

    def __post_init__(self) -> None:
        ordered = self.medium <= self.high if self.higher_is_worse else self.medium >= self.high
        if not ordered:
            raise ValueError(
                "high must be beyond medium in the worsening direction "
                f"({'higher' if self.higher_is_worse else 'lower'} is worse)"
            )

    def level(self, value: Decimal) -> Level:
        if self.higher_is_worse:
            return "high" if value >= self.high else "medium" if value >= self.medium else "low"
        return "high" if value <= self.high else "medium" if value <= self.medium else "low"
