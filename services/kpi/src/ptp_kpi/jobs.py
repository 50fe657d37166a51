"""Periodic jobs: rebuild the metric projection from the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ptp_common.service import PeriodicJob, ServiceRuntime

from ptp_kpi.db import duties, metrics


async def rebuild_metrics(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    """Recompute facts and aggregates from the audit trail."""
    async with runtime.uow() as uow:
        result = await metrics.rebuild(uow.session, uow.business_zone)
        await uow.commit()
    return result


async def check_duties(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    """kpi.duty.missed for each duty period whose due time passed without its record (once)."""
    async with runtime.uow() as uow:
        result = await duties.check(uow, as_of)
        await uow.commit()
    return result


JOBS = [
    PeriodicJob("check-duties", 3600, check_duties,
                "Announce recurring duties missed (kpi.duty.missed), once per missed period"),
    PeriodicJob("rebuild-metrics", 7 * 24 * 3600, rebuild_metrics,
                "Recompute metric facts and aggregates from the audit trail"),
]
