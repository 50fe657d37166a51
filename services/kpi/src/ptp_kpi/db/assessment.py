"""A scorecard's figures: each indicator's actual from the aggregates, its score, the
qualitative part (supervisor and peer evaluations, the customer part from crm's facts),
and the total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_kpi.db import metrics
from ptp_kpi.db.models import (
    Evaluation,
    MetricFact,
    Person,
    Scorecard,
    ScorecardIndicator,
    TrailHead,
)
from ptp_kpi.domain import scoring
from ptp_kpi.domain.customer_voice import CustomerVoice, customer_voice
from ptp_kpi.domain.facts import unit_of
from ptp_kpi.domain.indicators import INDICATORS, Measure, Totals, indicator_value
from ptp_kpi.domain.periods import months_in


@dataclass(frozen=True)
class IndicatorFigures:
    line: ScorecardIndicator
    actual: Decimal | None
    score: Decimal


@dataclass(frozen=True)
class ScorecardFigures:
    indicators: list[IndicatorFigures]
    quantitative: Decimal | None
    qualitative_by_kind: dict[str, Decimal]
    qualitative: Decimal | None
    total: Decimal | None
    customer: CustomerVoice


async def subject_people(session: AsyncSession, subject_type: str, subject_id: str) -> list[str]:
    """Whose facts count: the person, or every member of the team."""
    if subject_type == "person":
        return [subject_id]
    rows = await session.execute(select(Person.id).where(Person.team_id == subject_id))
    return list(rows.scalars().all())


async def actual_for(
    session: AsyncSession, line: ScorecardIndicator, people: Sequence[str], period: str
) -> Decimal | None:
    indicator = INDICATORS[line.indicator]
    units = sorted({unit_of(m, line.currency) for m in indicator.measures})
    found = await metrics.totals(session, indicator.measures, units, months_in(period), "person",
                                 people)
    value = indicator_value(indicator, found)
    return None if value is None else scoring.rounded(value)


async def customer_voice_for(
    session: AsyncSession, people: Sequence[str], period: str, as_of_trail_seq: int | None
) -> CustomerVoice:
    """The customer part from the facts of crm events (domain/customer_voice.py): one query.

    A draft reads the running aggregates, as its indicators do (cost independent of how many
    facts there are); a published scorecard reads the facts up to the trail position it was
    published at, so its customer part stays what it was, like its drill-down.
    """
    measures = (Measure.satisfaction, Measure.complaint_within_deadline)
    if as_of_trail_seq is None:
        found = await metrics.totals(session, measures, [unit_of(m, None) for m in measures],
                                     months_in(period), "person", people)
    else:
        stmt = (
            select(MetricFact.measure, func.sum(MetricFact.value), func.count())
            .where(MetricFact.measure.in_([m.value for m in measures]),
                   MetricFact.period.in_(months_in(period)), MetricFact.person.in_(people),
                   MetricFact.trail_seq <= as_of_trail_seq)
            .group_by(MetricFact.measure)
        )
        # Scores (1-5) and flags (0/1) are whole numbers: their sum is exact even where
        # SQLite, which keeps the values as text, sums through floats.
        found = {Measure(m): Totals(scoring.rounded(Decimal(str(total or 0))), int(count or 0))
                 for m, total, count in (await session.execute(stmt)).all()}
    return customer_voice(found.get(Measure.satisfaction, Totals()),
                          found.get(Measure.complaint_within_deadline, Totals()))


def counted(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    """The evaluations that count: supervisors' and peers'. Customer scores typed by staff
    before the customer part came from crm's facts stay listed, and count for nothing."""
    return [e for e in evaluations if e.evaluator_kind != "customer"]


def evaluator_weights(card: Scorecard) -> dict[str, Decimal]:
    return {"supervisor": card.supervisor_weight, "peer": card.peer_weight,
            "customer": card.customer_weight}


async def figures(
    session: AsyncSession, card: Scorecard, lines: Sequence[ScorecardIndicator],
    evaluations: Sequence[Evaluation],
) -> ScorecardFigures:
    """Live figures for a draft; the frozen ones for a published scorecard."""
    frozen = card.status == "published"
    people = await subject_people(session, card.subject_type, card.subject_id)
    results = []
    for line in lines:
        if frozen:
            results.append(IndicatorFigures(line, line.actual, line.score or Decimal(0)))
            continue
        actual = await actual_for(session, line, people, card.period)
        higher = INDICATORS[line.indicator].higher_is_better
        results.append(IndicatorFigures(line, actual,
                                        scoring.indicator_score(actual, line.target, higher)))
    quantitative = scoring.weighted_mean((r.score, r.line.weight) for r in results)
    customer = await customer_voice_for(session, people, card.period, card.as_of_trail_seq)
    by_kind: dict[str, list[Decimal]] = {}
    for e in counted(evaluations):
        by_kind.setdefault(e.evaluator_kind, []).append(e.score)
    if customer.score is not None:
        by_kind["customer"] = [customer.score]
    qualitative = scoring.qualitative_score(
        (scoring.Evaluation(kind, score) for kind, scores in by_kind.items() for score in scores),
        evaluator_weights(card),
    )
    if frozen:
        quantitative, qualitative = card.quantitative_score, card.qualitative_score
    return ScorecardFigures(
        indicators=results,
        quantitative=quantitative,
        qualitative_by_kind={k: scoring.rounded(sum(v, Decimal(0)) / len(v))
                             for k, v in by_kind.items()},
        qualitative=qualitative,
        total=scoring.total_score(quantitative, qualitative, card.quantitative_weight),
        customer=customer,
    )


async def trail_position(session: AsyncSession) -> int:
    """How far the trail (and so the projection) has come: published figures name it."""
    head = await session.get(TrailHead, 1)
    return head.last_seq if head is not None else 0
