"""Periodic jobs. ``overdue-scan`` emits payment.overdue once per installment per threshold.

The emitted (installment, threshold) pairs are rows of ``overdue_notices`` under a unique
constraint, written in the same transaction as the outbox event: a restart re-runs nothing
already emitted, and when replicas scan at once only the one whose insert wins emits.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ptp_common.business_time import business_date
from ptp_common.db.statements import dialect_insert
from ptp_common.db.uow import UnitOfWork
from ptp_common.events.schemas.common import MoneyAmount
from ptp_common.events.schemas.contracts import PaymentOverdue
from ptp_common.service import PeriodicJob
from sqlalchemy import select

from ptp_contracts.db.models import Contract, Installment, OverdueNotice
from ptp_contracts.domain import schedule
from ptp_contracts.domain.lifecycle import ContractStatus
from ptp_contracts.flows.billing import installment_outstanding

if TYPE_CHECKING:
    from ptp_common.service import ServiceRuntime

log = logging.getLogger(__name__)


async def _claim(uow: UnitOfWork, installment_id: str, threshold: int, now: dt.datetime) -> bool:
    """Insert the notice unless present; True when this transaction is the one that emits it."""
    insert = dialect_insert(uow.db.dialect)
    stmt = (
        insert(OverdueNotice)
        .values(installment_id=installment_id, threshold_days=threshold, emitted_at=now)
        .on_conflict_do_nothing(index_elements=["installment_id", "threshold_days"])
    )
    result = await uow.session.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def scan_overdue(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    first_threshold = min(schedule.OVERDUE_THRESHOLDS)
    # Days overdue count on the company's calendar: just after local midnight it is the new day.
    as_of_day = business_date(as_of, runtime.settings.business_zone)
    latest_due = as_of_day - dt.timedelta(days=first_threshold)
    emitted = 0
    async with runtime.uow() as uow:
        candidates = (
            await uow.session.execute(
                select(Installment, Contract)
                .join(Contract, Contract.id == Installment.contract_id)
                .where(
                    # A completed or terminated contract gets no overdue notice.
                    Contract.status == ContractStatus.signed,
                    Installment.status == "invoiced",
                    Installment.due_date <= latest_due,
                )
                .order_by(Installment.due_date, Installment.id)
            )
        ).all()
        done: dict[str, set[int]] = {}
        notices = await uow.session.execute(
            select(OverdueNotice.installment_id, OverdueNotice.threshold_days).where(
                OverdueNotice.installment_id.in_([i.id for i, _ in candidates])
            )
        )
        for installment_id, threshold in notices:
            done.setdefault(installment_id, set()).add(threshold)
        now = runtime.clock.now()
        for installment, contract in candidates:
            assert installment.due_date is not None
            owed = installment_outstanding(installment)
            for threshold in schedule.crossed_thresholds(
                installment.due_date, as_of_day, done.get(installment.id, ())
            ):
                if not await _claim(uow, installment.id, threshold, now):
                    continue
                uow.emit(
                    PaymentOverdue(
                        contract_id=contract.id,
                        customer_id=contract.customer_id,
                        owner=contract.owner,
                        installment_id=installment.id,
                        outstanding=MoneyAmount(amount=owed, currency=contract.currency),
                        due_date=installment.due_date,
                        days_overdue=(as_of_day - installment.due_date).days,
                        threshold_days=threshold,
                        as_of=as_of,
                    ),
                    subject=contract.id,
                )
                emitted += 1
        await uow.commit()
    log.info("overdue-scan as of %s: %d payment.overdue emitted", as_of.isoformat(), emitted)
    return {"as_of": as_of.isoformat(), "candidates": len(candidates), "emitted": emitted}


OVERDUE_SCAN = PeriodicJob(
    name="overdue-scan",
    interval_seconds=3600,
    run=scan_overdue,
    description=(
        "Emit contracts.payment.overdue once per unpaid installment of a signed contract per threshold "
        "(1/30/60/90 days)"
    ),
)

JOBS = [OVERDUE_SCAN]
