"""Payment schedule rules: installment triggers, schedule checks, balances, overdue thresholds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

# Days past due at which payment.overdue is emitted, once each per installment.
OVERDUE_THRESHOLDS: tuple[int, ...] = (1, 30, 60, 90)


class Trigger(StrEnum):
    on_signing = "on_signing"
    milestone = "milestone"
    acceptance = "acceptance"
    fixed_date = "fixed_date"


@dataclass(frozen=True)
class PlannedInstallment:
    amount: Decimal
    trigger: Trigger
    milestone_id: str | None = None
    due_date: dt.date | None = None


@dataclass(frozen=True)
class ScheduleProblem:
    field: str
    message: str


def schedule_problems(
    total: Decimal, installments: Sequence[PlannedInstallment], milestone_ids: Iterable[str]
) -> list[ScheduleProblem]:
    """What is wrong with a schedule (empty list: nothing). Fields are relative to the request body."""
    problems: list[ScheduleProblem] = []
    known = set(milestone_ids)
    for i, inst in enumerate(installments):
        where = f"installments.{i}"
        if inst.trigger is Trigger.milestone and inst.milestone_id not in known:
            problems.append(
                ScheduleProblem(f"{where}.milestone_id", "must name one of the contract's milestones")
            )
        if inst.trigger is not Trigger.milestone and inst.milestone_id is not None:
            problems.append(
                ScheduleProblem(f"{where}.milestone_id", "only a milestone trigger names a milestone")
            )
        if inst.trigger is Trigger.fixed_date and inst.due_date is None:
            problems.append(
                ScheduleProblem(f"{where}.due_date", "a fixed_date installment needs its due date")
            )
    scheduled = sum((inst.amount for inst in installments), Decimal("0"))
    if installments and scheduled != total:
        problems.append(
            ScheduleProblem("installments", f"installments add up to {scheduled}, the total is {total}")
        )
    return problems


def prepayment_ratio(total: Decimal, installments: Iterable[PlannedInstallment]) -> Decimal:
    """Share of the total due on signing (paid before any delivery)."""
    if total <= 0:
        return Decimal("0")
    upfront = sum((i.amount for i in installments if i.trigger is Trigger.on_signing), Decimal("0"))
    return upfront / total


def due_date_after(trigger_date: dt.date, payment_terms_days: int) -> dt.date:
    """Due date of an installment invoiced when its trigger happened on ``trigger_date``."""
    return trigger_date + dt.timedelta(days=payment_terms_days)


def outstanding(amount: Decimal, *, paid: Decimal, credited: Decimal) -> Decimal:
    """What is still owed on an installment: its amount less what was credited and paid."""
    return max(amount - credited - paid, Decimal("0"))


def days_late(due_date: dt.date, on: dt.date) -> int:
    return max((on - due_date).days, 0)


def crossed_thresholds(due_date: dt.date, as_of: dt.date, already_emitted: Iterable[int]) -> list[int]:
    """Overdue thresholds reached by ``as_of`` and not yet emitted, in increasing order."""
    overdue_days = (as_of - due_date).days
    done = set(already_emitted)
    return [t for t in OVERDUE_THRESHOLDS if overdue_days >= t and t not in done]
