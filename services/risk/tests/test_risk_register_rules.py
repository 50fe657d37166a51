"""Matrix, quantitative model, indicator thresholds, state machines, policy table and configuration."""

from __future__ import annotations

from decimal import Decimal

import pytest
from ptp_common.errors import IllegalTransition
from ptp_risk.config import RiskConfigInput, build_config
from ptp_risk.domain.indicators import Thresholds
from ptp_risk.domain.matrix import RiskMatrix
from ptp_risk.domain.policy import PolicyTable
from ptp_risk.domain.quantitative import ExpectedLossModel
from ptp_risk.domain.register import (
    RESPONSE_TRANSITIONS,
    RISK_TRANSITIONS,
    needs_manager_to_accept,
    next_state,
)


def test_default_matrix_levels_by_likelihood_times_impact() -> None:
    matrix = RiskMatrix()
    assert matrix.level(1, 1) == "low"
    assert matrix.level(1, 5) == "low"
    assert matrix.level(2, 3) == "medium"
    assert matrix.level(3, 5) == "high"
    assert matrix.level(5, 5) == "high"
    grid = matrix.grid()
    assert len(grid) == 5 and all(len(row) == 5 for row in grid)
    assert grid[4][2] == "high"  # likelihood 5, impact 3


def test_matrix_cells_can_be_overridden_and_scores_stay_within_1_to_5() -> None:
    matrix = RiskMatrix(overrides={(1, 5): "medium"})
    assert matrix.level(1, 5) == "medium"
    with pytest.raises(ValueError):
        matrix.level(0, 3)
    with pytest.raises(ValueError):
        RiskMatrix(high_from=4, medium_from=10)


def test_expected_loss_is_exposure_times_probability_and_level_follows_probability() -> None:
    model = ExpectedLossModel()
    assert model.expected_loss(Decimal("120000.00"), Decimal("0.08")) == Decimal("9600.00")
    assert [model.level(Decimal(p)) for p in ("0.01", "0.05", "0.25")] == ["low", "medium", "high"]
    with pytest.raises(ValueError):
        model.expected_loss(Decimal("1.00"), Decimal("1.5"))


def test_indicator_thresholds_in_both_directions() -> None:
    overdue_rate = Thresholds(Decimal("0.05"), Decimal("0.15"))
    assert [overdue_rate.level(Decimal(v)) for v in ("0.01", "0.05", "0.2")] == ["low", "medium", "high"]
    growth = Thresholds(Decimal("0"), Decimal("-3"), higher_is_worse=False)
    assert [growth.level(Decimal(v)) for v in ("2", "-1", "-3")] == ["low", "medium", "high"]
    with pytest.raises(ValueError):
        Thresholds(Decimal("5"), Decimal("1"))


def test_illegal_transitions_name_the_allowed_actions() -> None:
    assert next_state(RISK_TRANSITIONS, "risk", "identified", "respond") == "responding"
    with pytest.raises(IllegalTransition) as caught:
        next_state(RISK_TRANSITIONS, "risk", "closed", "assess")
    assert caught.value.extra["allowed_actions"] == ["reopen"]
    assert next_state(RESPONSE_TRANSITIONS, "response", "planned", "start") == "in_progress"
    with pytest.raises(IllegalTransition):
        next_state(RESPONSE_TRANSITIONS, "response", "completed", "cancel")


def test_only_accepting_a_high_risk_needs_a_manager() -> None:
    assert needs_manager_to_accept("accept", "high")
    assert not needs_manager_to_accept("accept", "medium")
    assert not needs_manager_to_accept("avoid", "high")


def test_default_policy_table() -> None:
    table = PolicyTable()
    assert (table.for_level("low").response, table.for_level("low").signing_mode) == ("accept", "allow")
    medium = table.for_level("medium")
    assert (medium.response, medium.signing_mode, medium.min_prepayment_ratio) == (
        "reduce",
        "require_prepayment",
        0.3,
    )
    assert table.for_level("high").signing_mode == "block"


def test_configuration_overrides_only_what_it_names() -> None:
    config = build_config(
        RiskConfigInput.model_validate(
            {
                "policy": {"medium": {"response": "reduce", "signing_mode": "require_guarantee"}},
                "matrix": {"high_from": 12, "medium_from": 4, "overrides": {"1,5": "medium"}},
                "rating": {"rating_floors": [["A", 90], ["B", 80], ["C", 60], ["D", 40], ["E", 0]]},
            }
        )
    )
    assert config.policy.for_level("medium").signing_mode == "require_guarantee"
    assert config.policy.for_level("high").signing_mode == "block"
    assert config.matrix.level(3, 4) == "high"
    assert config.matrix.level(1, 5) == "medium"
    assert config.rating.rating_floors[0] == ("A", 90)
    assert config.rating.rate_weight == 30


def test_a_project_delay_scores_higher_impact_the_later_it_is() -> None:
    from ptp_risk.domain.delays import impact_of_delay

    assert [impact_of_delay(d) for d in (0, 1, 7, 30, 60, 120)] == [1, 2, 3, 4, 5, 5]
