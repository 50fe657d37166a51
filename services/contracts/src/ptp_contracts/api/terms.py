"""Check contract terms as a whole (422 naming each field at fault) and write them onto a contract."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Unprocessable, field_error
from ptp_common.money import check_minor_units

from ptp_contracts.api.contract_schemas import (
    AcceptanceCriterion,
    Clause,
    Deliverable,
    InstallmentPlan,
    Milestone,
)
from ptp_contracts.db.models import Contract, Installment
from ptp_contracts.domain import schedule


def _duplicates(ids: Iterable[str]) -> list[str]:
    return sorted(i for i, n in Counter(ids).items() if n > 1)


def check_terms(
    *,
    total: Decimal,
    currency: str,
    deliverables: Sequence[Deliverable],
    milestones: Sequence[Milestone],
    criteria: Sequence[AcceptanceCriterion],
    installments: Sequence[InstallmentPlan],
    effective_date: dt.date | None,
    expiry_date: dt.date | None,
) -> None:
    """Raise one 422 listing every problem, each with its field (``body.<path>``)."""
    errors: list[dict[str, str]] = []

    def problem(field: str, message: str) -> None:
        errors.append(field_error(f"body.{field}", message, "value_error"))

    def money(field: str, amount: Decimal) -> None:
        try:
            check_minor_units(amount, currency)
        except ValueError as exc:
            problem(field, str(exc))

    money("total", total)
    if effective_date and expiry_date and expiry_date < effective_date:
        problem("expiry_date", "must not be before effective_date")
    for i, inst in enumerate(installments):
        money(f"installments.{i}.amount", inst.amount)
    for name, ids in (
        ("deliverables", [d.deliverable_id for d in deliverables]),
        ("milestones", [m.milestone_id for m in milestones]),
        ("acceptance_criteria", [c.criterion_id for c in criteria]),
    ):
        if dup := _duplicates(ids):
            problem(name, f"duplicate ids: {', '.join(dup)}")
    deliverable_ids = {d.deliverable_id for d in deliverables}
    criterion_ids = {c.criterion_id for c in criteria}
    for i, m in enumerate(milestones):
        if unknown := sorted(set(m.deliverable_ids) - deliverable_ids):
            problem(f"milestones.{i}.deliverable_ids", f"unknown deliverables: {', '.join(unknown)}")
    for i, d in enumerate(deliverables):
        if unknown := sorted(set(d.acceptance_criteria) - criterion_ids):
            problem(f"deliverables.{i}.acceptance_criteria", f"unknown criteria: {', '.join(unknown)}")
    planned = [
        schedule.PlannedInstallment(i.amount, i.trigger, i.milestone_id, i.due_date) for i in installments
    ]
    for p in schedule.schedule_problems(total, planned, [m.milestone_id for m in milestones]):
        problem(p.field, p.message)
    if errors:
        fields = ", ".join(e["field"] for e in errors)
        raise Unprocessable(f"invalid contract terms: {fields}", errors=errors)


def dump(items: Sequence[Clause | Deliverable | Milestone | AcceptanceCriterion]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


async def replace_installments(uow: UnitOfWork, contract: Contract, plans: Sequence[InstallmentPlan]) -> None:
    """Only called before signing, when no installment has an invoice or payment yet."""
    if contract.installments:
        contract.installments.clear()  # delete-orphan removes the rows
        await uow.session.flush()
    for position, plan in enumerate(plans):
        contract.installments.append(
            Installment(
                id=str(uuid.uuid4()),
                contract_id=contract.id,
                position=position,
                label=plan.label,
                amount=plan.amount,
                trigger=plan.trigger,
                milestone_id=plan.milestone_id,
                due_date=plan.due_date,
                status="scheduled",
                paid=Decimal("0"),
                credited=Decimal("0"),
            )
        )
