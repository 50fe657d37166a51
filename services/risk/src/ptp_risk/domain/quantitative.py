"""Quantitative assessment: expected loss = exposure x probability of default, with level thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ptp_risk.domain.levels import Level


@dataclass(frozen=True)
class ExpectedLossModel:
    """Level by probability of default: >= ``high_from`` high, >= ``medium_from`` medium.

    The probability (not the amount) decides the level so the thresholds need no currency;
    the amount is kept as the model value for sizing the response.
    """

    high_from: Decimal = Decimal("0.20")
    medium_from: Decimal = Decimal("0.05")

    def __post_init__(self) -> None:
        if not Decimal(0) <= self.medium_from <= self.high_from <= Decimal(1):
            raise ValueError("thresholds need 0 <= medium_from <= high_from <= 1")

    def expected_loss(self, exposure: Decimal, probability: Decimal) -> Decimal:
        if exposure < 0 or not Decimal(0) <= probability <= Decimal(1):
            raise ValueError("exposure >= 0 and 0 <= probability <= 1")
        return (exposure * probability).quantize(Decimal("0.01"))

    def level(self, probability: Decimal) -> Level:
        if probability >= self.high_from:
            return "high"
        if probability >= self.medium_from:
            return "medium"
        return "low"
