"""Matrix, quantitative model, indicator thresholds, state machines, policy table and configuration."""

from __future__ import annotations

from decimal import Decimal

import pytest
from ptp_common.errors import Conflict, IllegalTransition
from ptp_risk.config import RiskConfigInput, build_config
from ptp_risk.domain.combined_level import combined_level
from ptp_risk.domain.indicators import Thresholds
from ptp_risk.domain.matrix import RiskMatrix
from ptp_risk.domain.policy import PolicyTable
from ptp_risk.domain.quantitative import ExpectedLossModel
from ptp_risk.domain.register import RESPONSE_MACHINE, RISK_MACHINE
from ptp_risk.domain.response_rules import check_accept, check_close


def test_default_matrix_low_only_when_unlikely_and_small() -> None:
    # Was: 1 x 5 low (the product 5 was under the medium threshold); low means unlikely AND small.
    matrix = RiskMatrix()
    assert matrix.grid() == [
        ["low", "low", "medium", "medium", "medium"],
        ["low", "low", "medium", "medium", "medium"],
        ["medium", "medium", "medium", "medium", "high"],
        ["medium", "medium", "medium", "high", "high"],
        ["medium", "medium", "high", "high", "high"],
    ]
    assert (matrix.level(1, 5), matrix.level(5, 1), matrix.level(2, 2)) == ("medium", "medium", "low")
    assert "| 1 | low | low | medium | medium | medium |" in matrix.markdown()


def test_matrix_cells_can_be_overridden_and_scores_stay_within_1_to_5() -> None:
    matrix = RiskMatrix(overrides={(1, 5): "high"})
    assert matrix.level(1, 5) == "high"
    with pytest.raises(ValueError):
        matrix.level(0, 3)
    with pytest.raises(ValueError):
        RiskMatrix(high_from=4, low_up_to=2)  # the low corner would reach high
    with pytest.raises(ValueError, match="cannot be low"):
        RiskMatrix(overrides={(1, 5): "low"})


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
    assert RISK_MACHINE.next_state("identified", "respond") == "responding"
    # What a caller POSTs to: assessing and responding create a record under the risk.
    assert RISK_MACHINE.allowed("identified") == ["assessments", "close", "responses"]
    with pytest.raises(IllegalTransition) as caught:
        RISK_MACHINE.next_state("closed", "assess")
    assert caught.value.extra["allowed_actions"] == ["reopen"]
    assert RESPONSE_MACHINE.next_state("planned", "start") == "in_progress"
    with pytest.raises(IllegalTransition):
        RESPONSE_MACHINE.next_state("completed", "cancel")


def test_accepting_anything_but_a_low_risk_needs_a_managers_reasoned_approval() -> None:
    check_accept("low", by_manager=False, approval_reason=None)
    check_accept("medium", by_manager=True, approval_reason="cheaper than any cover")
    for level, by_manager, reason in (
        ("medium", False, None),
        ("medium", False, "a specialist's reason is no approval"),
        ("high", True, None),
        (None, False, None),
    ):
        with pytest.raises(Conflict) as caught:
            check_accept(level, by_manager=by_manager, approval_reason=reason)
        assert caught.value.extra["rule"] == "accept-needs-manager-approval"


def test_a_high_risk_closes_only_after_a_completed_treatment() -> None:
    check_close("medium", [])
    check_close("high", [("accept", "completed"), ("transfer", "completed")])
    for responses in ([], [("accept", "completed")], [("avoid", "in_progress"), ("reduce", "cancelled")]):
        with pytest.raises(Conflict):
            check_close("high", responses)


def test_the_level_is_the_more_severe_input_unless_overridden() -> None:
    assert combined_level("high", "low", None) == "high"  # never "last wins"
    assert combined_level("low", "medium", None) == "medium"
    assert combined_level("low", None, "high") == "high"
    assert combined_level(None, None, None) is None
    assert combined_level("high", "high", "high", override="medium") == "medium"


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
                "matrix": {"high_from": 12, "low_up_to": 1, "overrides": {"1,5": "high"}},
                "rating": {"rating_floors": [["A", 90], ["B", 80], ["C", 60], ["D", 40], ["E", 0]]},
            }
        )
    )
    assert config.policy.for_level("medium").signing_mode == "require_guarantee"
    assert config.policy.for_level("high").signing_mode == "block"
    assert config.matrix.level(3, 4) == "high"
    assert (config.matrix.level(1, 5), config.matrix.level(1, 2)) == ("high", "medium")
    assert config.rating.rating_floors[0] == ("A", 90)
    assert config.rating.rate_weight == 30


def test_a_project_delay_scores_higher_impact_the_later_it_is() -> None:
    from ptp_risk.domain.delays import impact_of_delay

    assert [impact_of_delay(d) for d in (0, 1, 7, 30, 60, 120)] == [1, 2, 3, 4, 5, 5]
