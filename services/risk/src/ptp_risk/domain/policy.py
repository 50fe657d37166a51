"""The policy table: which response (and signing policy for contracts) each credit level calls for."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ptp_risk.domain.levels import Level

SigningMode = Literal["allow", "require_guarantee", "require_prepayment", "block"]
ResponseKind = Literal["avoid", "reduce", "transfer", "accept"]


@dataclass(frozen=True)
class PolicyRule:
    response: ResponseKind
    signing_mode: SigningMode
    min_prepayment_ratio: float | None = None


def _default_rules() -> dict[Level, PolicyRule]:
    return {
        "low": PolicyRule("accept", "allow"),
        "medium": PolicyRule("reduce", "require_prepayment", 0.3),
        "high": PolicyRule("avoid", "block"),
    }


@dataclass(frozen=True)
class PolicyTable:
    rules: dict[Level, PolicyRule] = field(default_factory=_default_rules)

    def for_level(self, level: Level) -> PolicyRule:
        return self.rules[level]
