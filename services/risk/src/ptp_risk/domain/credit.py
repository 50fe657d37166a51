"""Credit profiles: facts observed in events, and the transparent rating model over them.

A profile is always *recomputed from facts*, never patched by deltas, and facts
merge with operations that ignore order and repetition (min, max, set union), so
the same facts give the same profile whatever order the events came in and
however often they were replayed:

- what is still owed on an installment or a contract only ever goes down
  (payments reduce it; nothing adds to it), so the lowest outstanding seen is the
  current one: an overdue notice older than the payment that cleared the
  installment cannot re-open it, and neither can a payment booked late with an
  earlier value date confuse it;
- an unpaid installment only gets later, so the most days overdue seen counts;
- the times of the newest notice and payment are kept for the credit file;
- payments and complaints are kept once per id.

The rating model (documented in :class:`RatingModel`) turns the profile's
figures into a 0-100 score, the score into a rating A..E, and the rating into a
level low/medium/high. Every penalty is listed in ``Rating.reasons``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ptp_risk.domain.levels import Level

ZERO = Decimal("0.00")


# -- facts ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OverdueObservation:
    as_of: dt.datetime
    outstanding: Decimal
    days_overdue: int


@dataclass(frozen=True)
class PaymentObservation:
    received_at: dt.datetime
    installment_outstanding: Decimal
    days_late: int


@dataclass(frozen=True)
class InstallmentFacts:
    installment_id: str
    contract_id: str
    currency: str
    due_date: dt.date | None = None
    lowest_outstanding: Decimal | None = None  # None until a notice or payment was seen
    most_days_overdue: int = 0
    last_notice_at: dt.datetime | None = None
    last_payment_at: dt.datetime | None = None

    def observe_overdue(self, seen: OverdueObservation) -> InstallmentFacts:
        return replace(
            self,
            lowest_outstanding=_lowest(self.lowest_outstanding, seen.outstanding),
            most_days_overdue=max(self.most_days_overdue, seen.days_overdue),
            last_notice_at=_latest(self.last_notice_at, seen.as_of),
        )

    def observe_payment(self, seen: PaymentObservation) -> InstallmentFacts:
        return replace(
            self,
            lowest_outstanding=_lowest(self.lowest_outstanding, seen.installment_outstanding),
            most_days_overdue=max(self.most_days_overdue, seen.days_late),
            last_payment_at=_latest(self.last_payment_at, seen.received_at),
        )

    @property
    def state(self) -> InstallmentState:
        """What is unpaid and overdue now: nothing once the outstanding reached zero."""
        outstanding = self.lowest_outstanding or ZERO
        if outstanding <= ZERO or self.most_days_overdue <= 0:
            return InstallmentState(ZERO, 0)
        return InstallmentState(outstanding, self.most_days_overdue)


def _lowest(current: Decimal | None, seen: Decimal) -> Decimal:
    return seen if current is None else min(current, seen)


def _latest(current: dt.datetime | None, seen: dt.datetime) -> dt.datetime:
    return seen if current is None else max(current, seen)


@dataclass(frozen=True)
class InstallmentState:
    overdue_amount: Decimal
    days_overdue: int

    @property
    def is_overdue(self) -> bool:
        return self.overdue_amount > ZERO and self.days_overdue > 0


@dataclass(frozen=True)
class ContractFacts:
    contract_id: str
    currency: str
    total: Decimal | None = None  # from contract.signed; None while only payments were seen
    outstanding: Decimal | None = None  # lowest contract_outstanding seen in payments
    last_payment_at: dt.datetime | None = None
    settled_at: dt.datetime | None = None

    def observe_outstanding(self, outstanding: Decimal, as_of: dt.datetime) -> ContractFacts:
        return replace(
            self,
            outstanding=_lowest(self.outstanding, outstanding),
            last_payment_at=_latest(self.last_payment_at, as_of),
        )

    @property
    def exposure(self) -> Decimal:
        """Signed value still unpaid: zero once settled."""
        if self.settled_at is not None:
            return ZERO
        if self.outstanding is not None:
            return max(self.outstanding, ZERO)
        return self.total or ZERO


@dataclass(frozen=True)
class PaymentFacts:
    payment_id: str
    days_late: int


@dataclass(frozen=True)
class ComplaintFacts:
    complaint_id: str
    severity: str
    resolved: bool = False

    @property
    def serious_and_open(self) -> bool:
        return not self.resolved and self.severity in {"high", "critical"}


@dataclass(frozen=True)
class CustomerFacts:
    contracts: tuple[ContractFacts, ...] = ()
    installments: tuple[InstallmentFacts, ...] = ()
    payments: tuple[PaymentFacts, ...] = ()
    complaints: tuple[ComplaintFacts, ...] = ()


# -- profile figures ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CreditFigures:
    """What the model looks at, per currency where money is involved."""

    exposure: dict[str, Decimal]
    overdue_amount: dict[str, Decimal]
    overdue_count: int
    worst_days_overdue: int
    overdue_rate: Decimal  # overdue / receivables, worst currency; 0..1
    payments: int
    on_time_payments: int
    serious_open_complaints: int

    @property
    def on_time_ratio(self) -> Decimal | None:
        if self.payments == 0:
            return None
        return (Decimal(self.on_time_payments) / Decimal(self.payments)).quantize(Decimal("0.0001"))


def figures_of(facts: CustomerFacts) -> CreditFigures:
    exposure: dict[str, Decimal] = {}
    for contract in facts.contracts:
        exposure[contract.currency] = exposure.get(contract.currency, ZERO) + contract.exposure
    overdue: dict[str, Decimal] = {}
    count = 0
    worst = 0
    for installment in facts.installments:
        state = installment.state
        if not state.is_overdue:
            continue
        count += 1
        worst = max(worst, state.days_overdue)
        overdue[installment.currency] = overdue.get(installment.currency, ZERO) + state.overdue_amount
    rate = ZERO
    for currency, amount in overdue.items():
        # Receivables can lag behind (e.g. contract.signed not seen yet): never below the overdue part.
        receivables = max(exposure.get(currency, ZERO), amount)
        rate = max(rate, amount / receivables)
    return CreditFigures(
        exposure={c: a for c, a in sorted(exposure.items())},
        overdue_amount={c: a for c, a in sorted(overdue.items())},
        overdue_count=count,
        worst_days_overdue=worst,
        overdue_rate=rate.quantize(Decimal("0.0001")),
        payments=len(facts.payments),
        on_time_payments=sum(1 for p in facts.payments if p.days_late <= 0),
        serious_open_complaints=sum(1 for c in facts.complaints if c.serious_and_open),
    )


# -- the rating model --------------------------------------------------------------------------
@dataclass(frozen=True)
class RatingModel:
    """Score = 100 minus penalties, floored at 0. Each penalty is one readable rule:

    - days overdue (worst open installment): a step per band in ``days_bands``;
    - overdue receivables rate: ``rate_weight`` x rate (0..1);
    - several overdue installments: ``extra_overdue_penalty`` per one beyond the first,
      at most ``extra_overdue_cap``;
    - late payment history: ``late_history_weight`` x share of payments made late;
    - serious open complaints (high/critical): ``complaint_penalty`` each, at most
      ``complaint_cap`` (disputes often come before non-payment).

    The score maps to a rating by ``rating_floors`` (the lowest score of each rating) and
    the rating to a level by ``rating_levels``.
    """

    days_bands: tuple[tuple[int, int], ...] = ((90, 60), (60, 45), (30, 30), (1, 15))
    rate_weight: int = 30
    extra_overdue_penalty: int = 5
    extra_overdue_cap: int = 15
    late_history_weight: int = 15
    complaint_penalty: int = 3
    complaint_cap: int = 9
    rating_floors: tuple[tuple[str, int], ...] = (("A", 85), ("B", 70), ("C", 55), ("D", 40), ("E", 0))
    rating_levels: dict[str, Level] = field(
        default_factory=lambda: {"A": "low", "B": "low", "C": "medium", "D": "high", "E": "high"}
    )

    def rate(self, figures: CreditFigures) -> Rating:
        penalties: list[tuple[str, Decimal]] = []
        for min_days, penalty in self.days_bands:
            if figures.worst_days_overdue >= min_days:
                penalties.append(
                    (f"worst overdue {figures.worst_days_overdue} days (>= {min_days})", Decimal(penalty))
                )
                break
        if figures.overdue_rate > ZERO:
            penalties.append(
                (f"overdue receivables rate {figures.overdue_rate}", self.rate_weight * figures.overdue_rate)
            )
        if figures.overdue_count > 1:
            extra = min(self.extra_overdue_cap, self.extra_overdue_penalty * (figures.overdue_count - 1))
            penalties.append((f"{figures.overdue_count} overdue installments", Decimal(extra)))
        ratio = figures.on_time_ratio
        if ratio is not None and ratio < 1:
            penalties.append((f"on-time payment ratio {ratio}", self.late_history_weight * (1 - ratio)))
        if figures.serious_open_complaints:
            extra = min(self.complaint_cap, self.complaint_penalty * figures.serious_open_complaints)
            penalties.append((f"{figures.serious_open_complaints} serious open complaints", Decimal(extra)))
        score = max(ZERO, Decimal(100) - sum((p for _, p in penalties), ZERO)).quantize(Decimal("0.01"))
        rating = next(r for r, floor in self.rating_floors if score >= floor)
        return Rating(
            score=score,
            rating=rating,
            level=self.rating_levels[rating],
            reasons=tuple(f"{why}: -{p.quantize(Decimal('0.01'))}" for why, p in penalties),
        )


@dataclass(frozen=True)
class Rating:
    score: Decimal
    rating: str
    level: Level
    reasons: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons) or "no adverse facts"


BASELINE = Rating(score=Decimal("100.00"), rating="A", level="low")
"""What the model says about a customer with no adverse facts (an unknown customer)."""
