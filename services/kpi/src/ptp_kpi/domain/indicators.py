"""The indicator catalogue (docs/domain.md section 6) and how each is computed from measures.

Facts record *measures* (e.g. ``revenue`` in EUR, ``complaint_within_deadline``
as 1/0). An *indicator* reads the aggregates of one measure (a total or an
average) or of two (a ratio). Money measures are kept per currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Measure(StrEnum):
    revenue = "revenue"
    contracts_signed = "contracts_signed"
    contracts_terminated = "contracts_terminated"
    projects_cancelled = "projects_cancelled"
    signed_contract_value = "signed_contract_value"
    new_customers = "new_customers"
    satisfaction = "satisfaction"
    complaint_within_deadline = "complaint_within_deadline"
    response_minutes = "response_minutes"
    invoiced = "invoiced"
    overdue_receivables = "overdue_receivables"
    risk_events = "risk_events"
    teamwork = "teamwork"
    # issue 21: service records and recurring duties (domain/supervision_facts.py)
    inquiry_response_minutes = "inquiry_response_minutes"
    inquiry_resolution_minutes = "inquiry_resolution_minutes"
    service_sessions = "service_sessions"
    duties_missed = "duties_missed"
    duty_on_time = "duty_on_time"


MONEY_MEASURES = frozenset(
    {Measure.revenue, Measure.signed_contract_value, Measure.invoiced, Measure.overdue_receivables}
)


class Aggregation(StrEnum):
    total = "total"
    average = "average"
    ratio = "ratio"


class Category(StrEnum):
    business = "business"
    service = "service"
    risk = "risk"
    teamwork = "teamwork"


@dataclass(frozen=True)
class Indicator:
    name: str
    category: Category
    description: str
    aggregation: Aggregation
    measure: Measure
    denominator: Measure | None = None
    higher_is_better: bool = True

    @property
    def is_money(self) -> bool:
        return self.measure in MONEY_MEASURES

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.measure,) if self.denominator is None else (self.measure, self.denominator)


A, C, M = Aggregation, Category, Measure

INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in [
        Indicator("revenue", C.business,
                  "Money received: contracts.payment.received, once per payment, in the business month"
                  " it was received (settlements move their money as payments and add none of their own)",
                  A.total, M.revenue),
        Indicator("business_volume", C.business, "Contracts signed", A.total, M.contracts_signed),
        Indicator("new_customers", C.business, "Customers registered", A.total, M.new_customers),
        Indicator("signed_contract_value", C.business, "Total value of contracts signed", A.total,
                  M.signed_contract_value),
        Indicator("client_satisfaction", C.service, "Average satisfaction score (1-5)", A.average,
                  M.satisfaction),
        Indicator("complaints_within_deadline_rate", C.service,
                  "Share of complaints first answered within their deadline", A.average,
                  M.complaint_within_deadline),
        Indicator("response_time", C.service, "Average minutes to first complaint response",
                  A.average, M.response_minutes, higher_is_better=False),
        Indicator("overdue_receivables_rate", C.risk,
                  "Overdue outstanding amount over amount invoiced", A.ratio,
                  M.overdue_receivables, M.invoiced, higher_is_better=False),
        Indicator("risk_event_rate", C.risk, "Risk events per contract signed", A.ratio,
                  M.risk_events, M.contracts_signed, higher_is_better=False),
        Indicator("contracts_terminated", C.risk, "Contracts terminated early", A.total,
                  M.contracts_terminated, higher_is_better=False),
        Indicator("projects_cancelled", C.risk, "Projects cancelled after their contract's termination",
                  A.total, M.projects_cancelled, higher_is_better=False),
        Indicator("teamwork", C.teamwork,
                  "Average teamwork score (cooperation, information sharing) from evaluations",
                  A.average, M.teamwork),
        Indicator("service_response_time", C.service,
                  "Average minutes from a customer's inquiry to its first response (crm.inquiry.responded)",
                  A.average, M.inquiry_response_minutes, higher_is_better=False),
        Indicator("inquiry_resolution_time", C.service,
                  "Average minutes from a customer's inquiry to its full answer (crm.inquiry.resolved)",
                  A.average, M.inquiry_resolution_minutes, higher_is_better=False),
        Indicator("consulting_and_training", C.service,
                  "Technical consulting and training sessions given to customers "
                  "(crm.service_session.recorded)", A.total, M.service_sessions),
        Indicator("duty_on_time_rate", C.service,
                  "Share of recurring duties (research, progress reports, audits, self-checks, risk "
                  "reviews) done within their period and grace (kpi.duty.fulfilled vs kpi.duty.missed)",
                  A.average, M.duty_on_time),
        Indicator("duties_missed", C.teamwork,
                  "Recurring duties whose period passed without the record that fulfils them "
                  "(kpi.duty.missed)", A.total, M.duties_missed, higher_is_better=False),
    ]
}


@dataclass(frozen=True)
class Totals:
    """Sum and count of one measure's facts over a scope and period."""

    total: Decimal = Decimal(0)
    count: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(self.total + other.total, self.count + other.count)


def indicator_value(indicator: Indicator, totals: dict[Measure, Totals]) -> Decimal | None:
    """The indicator's actual value, or None when there is nothing to average or divide by."""
    main = totals.get(indicator.measure, Totals())
    if indicator.aggregation is Aggregation.total:
        return main.total
    if indicator.aggregation is Aggregation.average:
        return None if main.count == 0 else main.total / main.count
    assert indicator.denominator is not None
    below = totals.get(indicator.denominator, Totals())
    return None if below.total == 0 else main.total / below.total
