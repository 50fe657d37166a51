"""Periodic jobs: rebuild the metric projection; sweep unreadable events into the trail."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from ptp_common.events.envelope import Envelope
from ptp_common.service import PeriodicJob, ServiceRuntime
from sqlalchemy import select

from ptp_kpi.db import metrics, trail
from ptp_kpi.db.models import TrailRecord

log = logging.getLogger(__name__)


async def rebuild_metrics(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    """Recompute facts and aggregates from the audit trail."""
    async with runtime.uow() as uow:
        result = await metrics.rebuild(uow.session)
        await uow.commit()
    return result


async def record_parked_events(runtime: ServiceRuntime, as_of: dt.datetime) -> Mapping[str, Any]:
    """Put parked events into the trail (they stay parked for operators to replay).

    The shared consumer parks an event whose type or version this build does not know
    before any handler runs, yet the trail must hold every event of the suite (see the
    report on ptp_common.messaging.consumer). Appends are keyed by event id, so running
    this again, or replaying the message later, adds nothing twice.
    """
    table = runtime.db.dead_letters
    async with runtime.uow() as uow:
        payloads = (
            await uow.session.execute(
                select(table.c.payload).where(
                    table.c.consumer == runtime.name, table.c.status == "parked"
                ).order_by(table.c.id)
            )
        ).scalars().all()
        envelopes = {}
        for payload in payloads:
            try:
                env = Envelope.model_validate_json(payload)
            except ValueError:
                log.warning("parked message is not an event envelope; left out of the trail")
                continue
            envelopes.setdefault(env.id, env)
        known = set((await uow.session.execute(
            select(TrailRecord.event_id).where(TrailRecord.event_id.in_(list(envelopes)))
        )).scalars().all())
        recorded = 0
        # Only lock the chain (and so pause event handling) when there is something new.
        for env in envelopes.values():
            if env.id not in known:
                _seq, new = await trail.append(uow.session, env)
                recorded += int(new)
        await uow.commit()
    return {"recorded": recorded}


JOBS = [
    PeriodicJob("rebuild_metrics", 7 * 24 * 3600, rebuild_metrics,
                "Recompute metric facts and aggregates from the audit trail"),
    PeriodicJob("record_parked_events", 30, record_parked_events,
                "Append parked (unknown-type) events to the audit trail"),
]
