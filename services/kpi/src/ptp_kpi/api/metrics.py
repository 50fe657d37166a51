"""Metrics: the indicator catalogue, an indicator's value for any scope, its facts, rebuild."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from ptp_common.auth import StaffPrincipal
from ptp_common.errors import NotFound, Unprocessable
from ptp_common.http.pagination import PageDep, paginate, paginate_list
from ptp_common.money import Currency
from ptp_common.service import UowDep
from sqlalchemy import select

from ptp_kpi.api.access import STAFF_ONLY, ProjectionOperator, require_own_or_overseer
from ptp_kpi.api.metrics_schemas import IndicatorInfo, IndicatorPage, IndicatorValue, RebuildResult
from ptp_kpi.api.scorecard_schemas import FactPage
from ptp_kpi.api.scorecards import fact_read
from ptp_kpi.db import metrics
from ptp_kpi.db.assessment import subject_people
from ptp_kpi.db.models import MetricFact
from ptp_kpi.domain.facts import unit_of
from ptp_kpi.domain.indicators import INDICATORS, Indicator, Measure, indicator_value
from ptp_kpi.domain.periods import PERIOD_PATTERN, months_in

router = APIRouter(prefix="/metrics", tags=["metrics"])

Scope = Literal["all", "person", "team", "customer", "channel"]
Period = Annotated[str, Query(pattern=PERIOD_PATTERN, examples=["2026-11"])]


def _indicator(name: str) -> Indicator:
    indicator = INDICATORS.get(name)
    if indicator is None:
        raise NotFound(f"no indicator {name}; known: {', '.join(sorted(INDICATORS))}")
    return indicator


def _units(indicator: Indicator, currency: str | None) -> list[str]:
    try:
        return sorted({unit_of(m, currency) for m in indicator.measures})
    except ValueError as exc:
        raise Unprocessable(str(exc), field="query.currency") from None


@router.get("/indicators", response_model=IndicatorPage, summary="The indicator catalogue, by name",
            description=STAFF_ONLY)
async def list_indicators(_: StaffPrincipal,
                          params: PageDep) -> IndicatorPage:
    items, cursor = paginate_list(list(INDICATORS.values()), params, lambda i: [i.name])
    return IndicatorPage(items=[
        IndicatorInfo(name=i.name, category=i.category, description=i.description,
                      aggregation=i.aggregation, measures=[m.value for m in i.measures],
                      money=i.is_money, higher_is_better=i.higher_is_better)
        for i in items
    ], next_cursor=cursor)


@router.get("/indicators/{name}", response_model=IndicatorValue,
            summary="An indicator's value for a period and scope (read from the aggregates)",
            description=STAFF_ONLY + (
                        " Managers, auditors and admins read any scope; anyone else their own "
                        "person figures and their own team's (403 otherwise)."))
async def get_indicator_value(
    name: str, period: Period, uow: UowDep, principal: StaffPrincipal,
    scope: Scope = "all", scope_id: str | None = None, currency: Currency | None = None,
) -> IndicatorValue:
    indicator = _indicator(name)
    if (scope == "all") != (scope_id is None):
        raise Unprocessable("scope_id goes with every scope but 'all'", field="query.scope_id")
    if scope == "person":
        require_own_or_overseer(principal, {scope_id or ""}, f"person {scope_id}'s figures")
    elif scope != "team":
        require_own_or_overseer(principal, set(), "figures beyond your own")
    stored_scope, ids = scope, [scope_id or ""]
    if scope == "team":
        stored_scope, ids = "person", await subject_people(uow.session, "team", scope_id or "")
        require_own_or_overseer(principal, set(ids), f"team {scope_id}'s figures")
    found = await metrics.totals(uow.session, indicator.measures, _units(indicator, currency),
                                 months_in(period), stored_scope, ids)
    return IndicatorValue(
        indicator=name, period=period, scope=scope, scope_id=scope_id, currency=currency,
        value=indicator_value(indicator, found),
        facts=sum(t.count for m, t in found.items() if m == indicator.measure),
    )


@router.get("/facts", response_model=FactPage, summary="Metric facts, each linked to its event",
            description=STAFF_ONLY + (
                        " Managers, auditors and admins read all; anyone else only their own "
                        "(person=self; 403 otherwise)."))
async def list_metric_facts(
    uow: UowDep, principal: StaffPrincipal,
    params: PageDep,
    measure: Measure, period: Period, person: str | None = None,
    customer_id: str | None = None, event_id: str | None = None,
) -> FactPage:
    require_own_or_overseer(principal, {person} if person else set(), "these facts")
    stmt = select(MetricFact).where(MetricFact.measure == measure.value,
                                    MetricFact.period.in_(months_in(period)))
    for column, value in ((MetricFact.person, person), (MetricFact.customer_id, customer_id),
                          (MetricFact.event_id, event_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    items, cursor = await paginate(uow.session, stmt, [MetricFact.trail_seq, MetricFact.id],
                                   params)
    return FactPage(items=[fact_read(f) for f in items], next_cursor=cursor)


@router.post("/rebuild", response_model=RebuildResult,
             summary="Recompute every fact and aggregate from the audit trail")
async def rebuild_metrics(uow: UowDep, _: ProjectionOperator) -> RebuildResult:
    result = await metrics.rebuild(uow.session, uow.business_zone)
    await uow.commit()
    return RebuildResult(**result)
