"""Every event: append it to the audit trail, then measure it."""

from __future__ import annotations

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData

from ptp_kpi.db import duties, metrics, trail


async def record_event(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
    # The trail goes first: its head lock orders the projection exactly as the trail,
    # so a rebuild from the trail replays the same order and gives the same numbers.
    # An event already in the trail (swept in while its type was unknown, then replayed)
    # is measured now; facts are keyed by occurrence, so measuring twice counts once.
    seq, _new = await trail.append(uow.session, env)
    await metrics.project(uow.session, env, data, seq, uow.business_zone)
    # The duty calendar learns its projects and high risks, and the records fulfilling duties.
    await duties.learn(env, data, uow)
