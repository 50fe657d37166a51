"""The risk service's configurable tables: rating model, policy table, matrix, quantitative thresholds.

Defaults are the documented model; an operator overrides any part with the
``RISK_CONFIG`` environment variable (JSON), e.g.::

    RISK_CONFIG='{"policy": {"medium": {"response": "reduce", "signing_mode": "require_guarantee"}},
                  "matrix": {"high_from": 12, "low_up_to": 2}}'

``GET /api/v1/risk-config`` shows the tables in force, so every rating can be retraced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ptp_risk.domain.credit import RatingModel
from ptp_risk.domain.levels import Level
from ptp_risk.domain.matrix import RiskMatrix
from ptp_risk.domain.policy import PolicyRule, PolicyTable, ResponseKind, SigningMode
from ptp_risk.domain.quantitative import ExpectedLossModel

ENV_VAR = "RISK_CONFIG"


class PolicyRuleConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    response: ResponseKind
    signing_mode: SigningMode
    min_prepayment_ratio: float | None = Field(default=None, ge=0, le=1)


class MatrixConfig(BaseModel):
    """The matrix rule (``ptp_risk.domain.matrix.RiskMatrix``): low only when likelihood and impact
    are both at most ``low_up_to``; high from likelihood x impact >= ``high_from``; else medium."""

    model_config = ConfigDict(extra="forbid")
    high_from: int = Field(default=15, ge=2, le=25)
    low_up_to: int = Field(default=2, ge=1, le=4)
    overrides: dict[str, Level] = Field(
        default_factory=dict, description='Cell "likelihood,impact" -> level, e.g. {"3,4": "high"}'
    )


class QuantitativeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    high_from: Decimal = Field(default=Decimal("0.20"), ge=0, le=1)
    medium_from: Decimal = Field(default=Decimal("0.05"), ge=0, le=1)


class RatingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days_bands: list[tuple[int, int]] | None = None
    rate_weight: int | None = None
    extra_overdue_penalty: int | None = None
    extra_overdue_cap: int | None = None
    late_history_weight: int | None = None
    complaint_penalty: int | None = None
    complaint_cap: int | None = None
    rating_floors: list[tuple[str, int]] | None = None
    rating_levels: dict[str, Level] | None = None
    probability_of_default: dict[str, Decimal] | None = None


class RiskConfigInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rating: RatingConfig = Field(default_factory=RatingConfig)
    policy: dict[Level, PolicyRuleConfig] = Field(default_factory=dict)
    matrix: MatrixConfig = Field(default_factory=MatrixConfig)
    quantitative: QuantitativeConfig = Field(default_factory=QuantitativeConfig)


DEFAULT_PD: dict[str, Decimal] = {
    "A": Decimal("0.01"),
    "B": Decimal("0.03"),
    "C": Decimal("0.10"),
    "D": Decimal("0.25"),
    "E": Decimal("0.50"),
}


@dataclass(frozen=True)
class RiskConfig:
    rating: RatingModel
    policy: PolicyTable
    matrix: RiskMatrix
    quantitative: ExpectedLossModel
    probability_of_default: dict[str, Decimal]
    """Probability of default per rating, for the expected loss of auto-raised credit risks."""


def build_config(raw: RiskConfigInput) -> RiskConfig:
    rating_overrides: dict[str, Any] = {
        k: (tuple(tuple(x) for x in v) if isinstance(v, list) else v)
        for k, v in raw.rating.model_dump(exclude_none=True).items()
        if k != "probability_of_default"
    }
    rules = dict(PolicyTable().rules)
    rules.update({level: PolicyRule(**rule.model_dump()) for level, rule in raw.policy.items()})
    overrides: dict[tuple[int, int], Level] = {}
    for cell, level in raw.matrix.overrides.items():
        likelihood, impact = (int(x) for x in cell.split(","))
        overrides[(likelihood, impact)] = level
    return RiskConfig(
        rating=RatingModel(**rating_overrides),
        policy=PolicyTable(rules),
        matrix=RiskMatrix(raw.matrix.high_from, raw.matrix.low_up_to, overrides),
        quantitative=ExpectedLossModel(raw.quantitative.high_from, raw.quantitative.medium_from),
        probability_of_default={**DEFAULT_PD, **(raw.rating.probability_of_default or {})},
    )


@lru_cache(maxsize=1)
def current_config() -> RiskConfig:
    """The tables in force: defaults, overridden by ``RISK_CONFIG`` (read once per process)."""
    text = os.environ.get(ENV_VAR)
    raw = RiskConfigInput.model_validate_json(text) if text else RiskConfigInput()
    return build_config(raw)
