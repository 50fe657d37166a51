from __future__ import annotations

from collections.abc import Sequence

from ptp_common.db.uow import UnitOfWork
from ptp_common.events.envelope import Envelope
from ptp_common.events.registry import EventData
from ptp_common.messaging.consumer import Delivered

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


async def record_events(events: Sequence[Delivered], uow: UnitOfWork) -> None:
    """``record_event`` for the events of a delivered batch, in their order: one trail append
    under one head lock, one statement per projection table. Gives the rows one by one would."""
    appended = await trail.append_many(uow.session, [e.env for e in events])
    await metrics.project_many(
        uow.session, [(e.env, e.data, seq) for e, (seq, _new) in zip(events, appended, strict=True)],
        uow.business_zone,
    )
    async with duties.subjects_loaded(uow.session, [e.data for e in events]):
        for e in events:
            with e.handling():  # a duty it fulfils is announced as caused by this event
                await duties.learn(e.env, e.data, uow)
