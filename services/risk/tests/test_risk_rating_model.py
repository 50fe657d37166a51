"""The credit model: facts merge to the same state in any order, and the score/rating/level rules."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from ptp_risk.domain.credit import (
    BASELINE,
    ComplaintFacts,
    ContractFacts,
    CustomerFacts,
    InstallmentFacts,
    OverdueObservation,
    PaymentFacts,
    PaymentObservation,
    RatingModel,
    figures_of,
)

T0 = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
MODEL = RatingModel()


def at(days: int) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


def installment() -> InstallmentFacts:
    return InstallmentFacts("inst-1", "con-1", "EUR", dt.date(2026, 10, 1))


def apply(inst: InstallmentFacts, observation: object) -> InstallmentFacts:
    if isinstance(observation, OverdueObservation):
        return inst.observe_overdue(observation)
    assert isinstance(observation, PaymentObservation)
    return inst.observe_payment(observation)


def test_an_unknown_customer_rates_a_low() -> None:
    rating = MODEL.rate(figures_of(CustomerFacts()))
    assert rating == BASELINE
    assert rating.reason == "no adverse facts"


def test_thirty_days_overdue_on_a_tenth_of_the_exposure_is_medium_with_each_penalty_named() -> None:
    overdue = installment().observe_overdue(OverdueObservation(at(0), Decimal("1000.00"), 30))
    facts = CustomerFacts(
        contracts=(ContractFacts("con-1", "EUR", total=Decimal("10000.00")),), installments=(overdue,)
    )
    figures = figures_of(facts)
    assert figures.overdue_rate == Decimal("0.1000")
    assert figures.worst_days_overdue == 30
    rating = MODEL.rate(figures)
    assert (rating.score, rating.rating, rating.level) == (Decimal("67.00"), "C", "medium")
    assert rating.reasons == (
        "worst overdue 30 days (>= 30): -30.00",
        "overdue receivables rate 0.1000: -3.00",
    )


def test_ninety_days_overdue_on_everything_is_high() -> None:
    overdue = installment().observe_overdue(OverdueObservation(at(0), Decimal("5000.00"), 90))
    rating = MODEL.rate(figures_of(CustomerFacts(installments=(overdue,))))
    assert (rating.rating, rating.level) == ("E", "high")


def test_late_payment_history_and_serious_complaints_lower_the_score() -> None:
    facts = CustomerFacts(
        payments=(PaymentFacts("p1", 0), PaymentFacts("p2", 12)),
        complaints=(
            ComplaintFacts("c1", "critical"),
            ComplaintFacts("c2", "low"),
            ComplaintFacts("c3", "high", resolved=True),
        ),
    )
    rating = MODEL.rate(figures_of(facts))
    assert rating.score == Decimal("89.50")  # 100 - 15 x 0.5 late - 3 for one serious open complaint


def test_settled_contracts_carry_no_exposure_and_payments_lower_it() -> None:
    contracts = (
        ContractFacts("a", "EUR", total=Decimal("100.00"), settled_at=at(1)),
        ContractFacts("b", "EUR", total=Decimal("500.00")).observe_outstanding(Decimal("200.00"), at(2)),
        ContractFacts("c", "USD", total=Decimal("50.00")),
    )
    assert figures_of(CustomerFacts(contracts=contracts)).exposure == {
        "EUR": Decimal("200.00"),
        "USD": Decimal("50.00"),
    }


def test_an_older_overdue_notice_does_not_reopen_an_installment_a_later_payment_cleared() -> None:
    overdue = OverdueObservation(at(0), Decimal("1000.00"), 30)
    paid = PaymentObservation(at(2), Decimal("0.00"), 32)
    cleared = installment().observe_payment(paid).observe_overdue(overdue)
    assert not cleared.state.is_overdue
    assert cleared == installment().observe_overdue(overdue).observe_payment(paid)


def test_any_order_and_any_replays_of_the_same_observations_give_the_same_state() -> None:
    observations = [
        OverdueObservation(at(0), Decimal("1000.00"), 1),
        PaymentObservation(at(5), Decimal("400.00"), 6),  # partial: still overdue
        OverdueObservation(at(29), Decimal("400.00"), 30),
    ]
    results = set()
    for order in itertools.permutations(observations + observations[:1]):
        inst = installment()
        for observation in order:
            inst = apply(inst, observation)
        results.add(inst)
    assert len(results) == 1
    state = results.pop().state
    assert (state.overdue_amount, state.days_overdue) == (Decimal("400.00"), 30)


def test_a_payment_booked_late_with_an_earlier_value_date_still_clears_the_installment() -> None:
    notice = OverdueObservation(at(3), Decimal("1000.00"), 33)
    paid_on_day_one = PaymentObservation(at(1), Decimal("0.00"), 31)
    for inst in (
        installment().observe_overdue(notice).observe_payment(paid_on_day_one),
        installment().observe_payment(paid_on_day_one).observe_overdue(notice),
    ):
        assert not inst.state.is_overdue


def test_a_partial_payment_after_a_notice_leaves_the_rest_overdue() -> None:
    inst = installment().observe_overdue(OverdueObservation(at(0), Decimal("1000.00"), 30))
    inst = inst.observe_payment(PaymentObservation(at(1), Decimal("300.00"), 31))
    assert (inst.state.overdue_amount, inst.state.days_overdue) == (Decimal("300.00"), 31)


def test_rating_bands_and_levels_are_configurable() -> None:
    strict = RatingModel(rating_floors=(("A", 99), ("E", 0)), rating_levels={"A": "low", "E": "high"})
    facts = CustomerFacts(payments=(PaymentFacts("p1", 0), PaymentFacts("p2", 0), PaymentFacts("p3", 3)))
    assert strict.rate(figures_of(facts)).level == "high"
    assert MODEL.rate(figures_of(facts)).level == "low"


def test_a_contract_end_is_the_earliest_seen_in_any_order_and_is_final() -> None:
    ends = [("terminated", at(3)), ("completed", at(5)), ("terminated", at(9))]
    results = set()
    for order in itertools.permutations(ends):
        contract = ContractFacts("con-1", "EUR", total=Decimal("10000.00"))
        for status, when in order:
            contract = contract.observe_end(status, when)
        contract = contract.observe_outstanding(Decimal("4000.00"), at(12))  # a payment after the end
        results.add((contract.ended_at, contract.end_status, contract.is_open, contract.exposure))
    assert results == {(at(3), "terminated", False, Decimal("0.00"))}


def test_installments_of_an_ended_contract_are_not_overdue_but_late_payments_stay() -> None:
    overdue = installment().observe_overdue(OverdueObservation(at(0), Decimal("8000.00"), 35))
    contract = ContractFacts("con-1", "EUR", total=Decimal("10000.00")).observe_end("completed", at(1))
    figures = figures_of(
        CustomerFacts(contracts=(contract,), installments=(overdue,), payments=(PaymentFacts("p1", 40),))
    )
    assert (figures.exposure, figures.overdue_amount, figures.overdue_count) == ({"EUR": Decimal("0")}, {}, 0)
    assert (figures.overdue_rate, figures.on_time_ratio) == (Decimal("0.0000"), Decimal("0.0000"))


def test_a_cleared_installment_owes_nothing_even_if_an_older_notice_comes_after() -> None:
    cleared = installment().observe_cleared(at(5), 40)
    late_notice = cleared.observe_overdue(OverdueObservation(at(0), Decimal("8000.00"), 35))
    assert (late_notice.lowest_outstanding, late_notice.state.is_overdue) == (Decimal("0.00"), False)
