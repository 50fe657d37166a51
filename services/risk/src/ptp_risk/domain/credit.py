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
- payments and complaints are kept once per id;
- an installment reported paid in full (``contracts.overdue.cleared``) owes 0 from
  then on: the same "lowest outstanding" rule, so a notice delivered after it
  cannot bring the debt back and the rating recovers by the rules it fell by;
- a contract's end (completed or terminated, or its settlement paid) is final: the
  earliest end seen is kept, and nothing seen afterwards re-opens the contract.

Exposure and what is overdue *now* are read against the contracts that are still
open (docs/domain.md, "Overdue and credit"): a customer's exposure is the
outstanding of their open contracts, an ended contract counts zero, and its
installments drop out of the overdue amount, count and ratio whatever order the
end and the notices came in (the contract's end is joined at read time, not
merged into the installments). What the customer did stays in the history: the
days late of their payments keep weighing on the on-time ratio. The overdue
ratio is overdue now / exposure now: 0 when nothing is overdue, never above 1.

The rating model (documented in :class:`RatingModel`) turns the profile's
figures into a 0-100 score, the score into a rating A..E, and the rating into a
level low/medium/high. Every penalty is listed in ``Rating.reasons``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

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

    def observe_cleared(self, paid_at: dt.datetime, days_late: int) -> InstallmentFacts:
        """Paid in full after an overdue notice: nothing is owed on it from now on."""
        return replace(
            self,
            lowest_outstanding=ZERO,
            most_days_overdue=max(self.most_days_overdue, days_late),
            last_payment_at=_latest(self.last_payment_at, paid_at),
        )

    @property
    def state(self) -> InstallmentState:
        """What is unpaid and overdue on the installment itself: nothing once it owes zero.

        Whether its contract is still open is the customer's business: read
        :meth:`CustomerFacts.state_of` for what counts now."""
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


ENDINGS = ("completed", "terminated")


@dataclass(frozen=True)
class ContractFacts:
    contract_id: str
    currency: str | None  # None while only the contract's end was seen (that event has no money)
    total: Decimal | None = None  # from contract.signed; None while only payments were seen
    outstanding: Decimal | None = None  # lowest contract_outstanding seen in payments
    last_payment_at: dt.datetime | None = None
    settled_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None  # contracts.contract.completed / terminated
    end_status: str | None = None  # one of ENDINGS

    def observe_end(self, status: str, at: dt.datetime) -> ContractFacts:
        """The earliest end seen wins (ties broken by name), so any order gives the same end."""
        if status not in ENDINGS:
            raise ValueError(f"unknown contract end {status!r}")
        if self.ended_at is not None and self.end_status is not None:
            at, status = min((self.ended_at, self.end_status), (at, status))
        return replace(self, ended_at=at, end_status=status)

    @property
    def is_open(self) -> bool:
        """Signed and not yet ended: a completed, terminated or settled contract owes risk nothing."""
        return self.ended_at is None and self.settled_at is None

    def observe_outstanding(self, outstanding: Decimal, as_of: dt.datetime) -> ContractFacts:
        return replace(
            self,
            outstanding=_lowest(self.outstanding, outstanding),
            last_payment_at=_latest(self.last_payment_at, as_of),
        )

    @property
    def exposure(self) -> Decimal:
        """Signed value still unpaid while the contract is open; zero once it ended, for good
        (a payment booked after the end lowers the outstanding but never revives exposure)."""
        if not self.is_open:
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

    @cached_property
    def ended_contracts(self) -> frozenset[str]:
        return frozenset(c.contract_id for c in self.contracts if not c.is_open)

    def state_of(self, installment: InstallmentFacts) -> InstallmentState:
        """What counts as overdue on ``installment`` now: nothing once its contract ended."""
        if installment.contract_id in self.ended_contracts:
            return InstallmentState(ZERO, 0)
        return installment.state


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
        if contract.currency is None:
            continue  # only its end was seen: it owes nothing, in no known currency
        exposure[contract.currency] = exposure.get(contract.currency, ZERO) + contract.exposure
    overdue: dict[str, Decimal] = {}
    count = 0
    worst = 0
    for installment in facts.installments:
        state = facts.state_of(installment)
        if not state.is_overdue:
            continue
        count += 1
        worst = max(worst, state.days_overdue)
        overdue[installment.currency] = overdue.get(installment.currency, ZERO) + state.overdue_amount
    rate = ZERO
    for currency, amount in overdue.items():
        # Only open contracts' installments are here, but receivables can still lag behind
        # (e.g. contract.signed not seen yet): never below the overdue part, so the ratio is <= 1.
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
