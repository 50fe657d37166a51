"""Unit tests of which facts the suite's events yield."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from kpi_events import NOV, Deal, eur
from ptp_common.business_time import UTC
from ptp_common.events.envelope import new_envelope
from ptp_common.events.schemas import contracts, kpi, projects, risk
from ptp_kpi.domain.duties import due_at, period_of
from ptp_kpi.domain.facts import attribute, facts_from, ownership
from ptp_kpi.domain.indicators import Measure


def facts(env):  # type: ignore[no-untyped-def]
    return facts_from(env, env.parsed())


def test_a_signed_contract_is_volume_and_value_for_its_owner() -> None:
    deal = Deal(owner="alice")
    found = {f.measure: f for f in facts(deal.signed("12000.50"))}
    assert found[Measure.signed_contract_value].value == Decimal("12000.50")
    assert found[Measure.signed_contract_value].unit == "EUR"
    assert found[Measure.contracts_signed].value == 1
    assert {f.person for f in found.values()} == {"alice"}
    assert {f.period(UTC) for f in found.values()} == {"2026-11"}


def test_an_installment_is_overdue_once_whatever_the_threshold() -> None:
    def overdue(days: int):  # type: ignore[no-untyped-def]
        return new_envelope("contracts", contracts.PaymentOverdue(
            contract_id="c", customer_id="k", owner="alice", installment_id="i-9",
            outstanding=eur("300"), due_date=NOV.date(), days_overdue=days, threshold_days=days,
            as_of=NOV))
    keys = {f.key for days in (1, 30) for f in facts(overdue(days))}
    assert keys == {"i-9"}


def test_a_paid_settlement_adds_no_revenue_its_payments_do() -> None:
    # Its money arrives as payment.received events (reference settlement:<id>): counted there.
    deal = Deal()
    assert facts(deal.settlement_paid("1000", "600")) == []
    assert [(f.measure, f.value) for f in facts(deal.paid("400"))] == [(Measure.revenue, Decimal("400"))]


def test_a_termination_and_a_cancelled_project_are_counted_once_each() -> None:
    deal = Deal(owner="alice")
    [terminated] = facts(deal.terminated())
    assert (terminated.measure, terminated.value, terminated.key) == (
        Measure.contracts_terminated, 1, deal.contract_id)
    assert terminated.person == "alice"
    [cancelled] = facts(deal.project_cancelled())
    assert (cancelled.measure, cancelled.customer_id) == (Measure.projects_cancelled, deal.customer_id)


def test_risk_events_count_but_recommended_responses_do_not() -> None:
    deal = Deal()
    assert [f.measure for f in facts(deal.risk_changed())] == [Measure.risk_events]
    response = new_envelope("risk", risk.RiskResponseRequired(
        customer_id="k", level="high", response="reduce",
        signing_policy=risk.SigningPolicy(mode="require_guarantee"), reason="overdue"))
    assert facts(response) == []


def test_a_fact_counts_for_its_owner_else_the_actor_else_the_customers_owner() -> None:
    [within, _minutes] = facts(Deal().responded(within=True, minutes=5, agent="carol"))
    assert attribute(within, "carol", "alice") == "carol"
    assert attribute(within, "service:crm", "alice") == "alice"
    assert attribute(within, None, None) is None


def test_only_customer_owners_are_remembered_as_owners() -> None:
    deal = Deal(owner="alice")
    signed = deal.signed()
    assert ownership(signed.type, signed.parsed()) == (deal.customer_id, "alice")
    task = new_envelope("projects", projects.TaskOverdue(
        project_id="p", contract_id="c", customer_id=deal.customer_id, task_id="t",
        owner="tom", due_date=NOV.date(), days_overdue=2))
    assert ownership(task.type, task.parsed()) is None  # tom owns a task, not the customer


def test_a_duty_counts_in_the_business_month_its_period_ends_in() -> None:
    """Duty periods are the company's calendar periods: west of UTC, December ends at 05:00Z on
    1 January, and a missed December duty is December's, not January's (its UTC month)."""
    new_york = ZoneInfo("America/New_York")
    for zone in (new_york, UTC):
        december = period_of("month", dt.datetime(2026, 12, 15, 12, 0, tzinfo=dt.UTC), zone)
        missed = new_envelope("kpi", kpi.DutyMissed(
            rule_id="market_research", kind="market_research", subject_id="alice", period=december.key,
            period_start=december.start, period_end=december.end, due_at=due_at(december, 5),
            owner="alice"))
        assert {f.period(zone) for f in facts(missed)} == {"2026-12"}
    assert period_of("month", dt.datetime(2026, 12, 15, tzinfo=dt.UTC), new_york).end == dt.datetime(
        2027, 1, 1, 5, 0, tzinfo=dt.UTC)
