"""The customer part of a qualitative score: what customers said, never what staff typed.

Staff collected "customer evaluations" and typed a score for them, so the customers'
voice was whatever the collector wrote. The customer part now comes only from crm's
events, through the metric facts kpi keeps of them (domain/facts.py):

- satisfaction: every ``satisfaction`` fact (1-5) — a customer's feedback or survey
  answer (``crm.feedback.received`` score) and the satisfaction a customer gave when
  their complaint was resolved (``crm.complaint.resolved`` satisfaction);
- complaint handling: every ``complaint_within_deadline`` fact — each complaint,
  once, 1 when it was first answered within its deadline, 0 when not
  (``crm.complaint.responded`` within_deadline).

RULE (the one written in the OpenAPI description too). Over the facts counted for the
subject (a person, or every member of a team) in the scorecard's period — counted for
a person exactly as every indicator counts them: the stated owner (feedback counts for
the customer's owner), else the person who acted (the agent who answered or resolved
a complaint), else the customer's owner:

    satisfaction part = (mean satisfaction - 1) / 4 * 100      (1 -> 0, 3 -> 50, 5 -> 100)
    complaint part    = complaints answered within deadline / complaints * 100
    customer score    = mean of the parts that have facts (each weighs the same)

No fact at all: no customer score, and the customer kind drops out of the qualitative
score like a kind nobody evaluated (the other kinds' weights are renormalised).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ptp_kpi.domain.indicators import Totals
from ptp_kpi.domain.scoring import HUNDRED, rounded

SATISFACTION_MIN, SATISFACTION_MAX = Decimal(1), Decimal(5)

RULE = (
    "The customer part is never typed by staff: it is derived from crm events about the "
    "subject's customers in the period (the facts counted for the person, or for each member "
    "of the team). satisfaction part = (mean satisfaction 1-5 of crm.feedback.received scores "
    "(feedback and survey answers) and crm.complaint.resolved satisfaction - 1) / 4 * 100; "
    "complaint part = share of complaints first answered within their deadline "
    "(crm.complaint.responded within_deadline) * 100; customer score = mean of the parts that "
    "have facts. No facts: no customer score, and the customer weight is shared by the other "
    "kinds."
)


@dataclass(frozen=True)
class CustomerVoice:
    """The customer part and what it rests on."""

    score: Decimal | None
    satisfaction_mean: Decimal | None
    satisfaction_answers: int
    complaints: int
    complaints_within_deadline: int


def satisfaction_part(mean: Decimal) -> Decimal:
    """A 1-5 mean on the 0-100 score scale."""
    span = SATISFACTION_MAX - SATISFACTION_MIN
    return (mean - SATISFACTION_MIN) / span * HUNDRED


def customer_voice(satisfaction: Totals, within_deadline: Totals) -> CustomerVoice:
    """The customer score from the satisfaction facts and the complaint-deadline facts."""
    parts: list[Decimal] = []
    mean = None
    if satisfaction.count:
        mean = satisfaction.total / satisfaction.count
        parts.append(satisfaction_part(mean))
    if within_deadline.count:
        parts.append(within_deadline.total / within_deadline.count * HUNDRED)
    score = rounded(sum(parts, Decimal(0)) / len(parts)) if parts else None
    return CustomerVoice(
        score=score,
        satisfaction_mean=None if mean is None else rounded(mean),
        satisfaction_answers=satisfaction.count,
        complaints=within_deadline.count,
        complaints_within_deadline=int(within_deadline.total),
    )
