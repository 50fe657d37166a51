"""Unit tests of scoring: attainment, qualitative weighting, the combined total."""

from __future__ import annotations

from decimal import Decimal as D

from ptp_kpi.domain.indicators import INDICATORS, Measure, Totals, indicator_value
from ptp_kpi.domain.scoring import (
    Evaluation,
    indicator_score,
    qualitative_score,
    total_score,
    weighted_mean,
)


def test_attainment_is_capped_and_reads_the_direction_of_better() -> None:
    assert indicator_score(D(30), D(50), higher_is_better=True) == 60
    assert indicator_score(D(500), D(50), higher_is_better=True) == 120  # capped
    assert indicator_score(D(120), D(60), higher_is_better=False) == 50  # twice the time
    assert indicator_score(D(0), D(60), higher_is_better=False) == 120  # nothing went wrong
    assert indicator_score(None, D(60), higher_is_better=True) == 0  # no data, no credit


def test_qualitative_weights_kinds_not_headcount() -> None:
    evaluations = [Evaluation("supervisor", D(60)), Evaluation("peer", D(100)),
                   Evaluation("peer", D(100)), Evaluation("peer", D(100))]
    weights = {"supervisor": D("0.5"), "peer": D("0.3"), "customer": D("0.2")}
    # customers did not evaluate: supervisor and peers share the weight 5:3
    assert qualitative_score(evaluations, weights) == D(75)
    assert qualitative_score([], weights) is None


def test_total_combines_both_parts_or_stands_on_the_one_present() -> None:
    assert total_score(D(55), D(81), D("0.6")) == D("65.40")
    assert total_score(D(55), None, D("0.6")) == D(55)
    assert total_score(None, D(81), D("0.6")) == D(81)
    assert weighted_mean([]) is None


def test_indicator_values_from_totals() -> None:
    rate = INDICATORS["overdue_receivables_rate"]
    totals = {Measure.overdue_receivables: Totals(D(250), 1), Measure.invoiced: Totals(D(1000), 4)}
    assert indicator_value(rate, totals) == D("0.25")
    assert indicator_value(rate, {}) is None  # nothing invoiced: no rate
    average = INDICATORS["client_satisfaction"]
    assert indicator_value(average, {Measure.satisfaction: Totals(D(9), 2)}) == D("4.5")
    assert indicator_value(INDICATORS["revenue"], {}) == 0


def test_the_customer_part_scales_satisfaction_and_counts_complaints_in_time() -> None:
    from ptp_kpi.domain.customer_voice import customer_voice

    assert customer_voice(Totals(D(5), 1), Totals()).score == 100  # 5 of 5
    assert customer_voice(Totals(D(1), 1), Totals()).score == 0  # 1 of 5
    assert customer_voice(Totals(D(7), 2), Totals()).score == D("62.5")  # mean 3.5
    # each part weighs the same: satisfaction 75 (mean 4), complaints 1 of 4 in time 25
    both = customer_voice(Totals(D(4), 1), Totals(D(1), 4))
    assert both.score == 50 and both.complaints == 4 and both.complaints_within_deadline == 1
    assert customer_voice(Totals(), Totals(D(0), 2)).score == 0  # answered late, twice
    assert customer_voice(Totals(), Totals()).score is None  # no customer spoke: drops out
