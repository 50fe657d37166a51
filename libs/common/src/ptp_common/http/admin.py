"""Operations endpoints (role ``admin``): parked messages, outbox backlog, re-publish, jobs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from pydantic import AwareDatetime, BaseModel
from sqlalchemy import select, update

from ptp_common.auth.dependencies import require_roles
from ptp_common.auth.roles import Role
from ptp_common.errors import Conflict, NotFound
from ptp_common.http.bounds import INT_MAX
from ptp_common.http.pagination import Page, PageDep, cut_page, decode_id_cursor
from ptp_common.messaging import dead_letters
from ptp_common.messaging.relay import outbox_backlog
from ptp_common.service import RuntimeDep

# Ids of parked messages: bounded, so a number past the column's range is a 422, not a 500.
ParkedId = Annotated[int, Path(ge=1, le=INT_MAX, description="Id of the parked message")]

admin_router = APIRouter(
    prefix="/admin", tags=["operations"], dependencies=[Depends(require_roles(Role.admin))]
)


class ParkedMessageRead(BaseModel):
    id: int
    message_id: str
    consumer: str
    event_type: str
    error: str
    attempts: int
    parked_at: dt.datetime
    status: str
    payload: str | None = None


class OutboxStatus(BaseModel):
    service: str
    unsent: int
    oldest_unsent_age_seconds: float | None
    parked: int


@admin_router.get("/dead-letters", response_model=Page[ParkedMessageRead])
async def list_dead_letters(
    runtime: RuntimeDep,
    params: PageDep,
    status: Annotated[str, Query(pattern="^(parked|held|replayed|discarded)$")] = "parked",
) -> Page[ParkedMessageRead]:
    """Parked messages in the order they were parked (by id)."""
    items = await dead_letters.list_parked(
        runtime.db, status=status, limit=params.limit + 1, after_id=decode_id_cursor(params.cursor)
    )
    page, cursor = cut_page(items, params, lambda last: [last.id])
    return Page[ParkedMessageRead](
        items=[ParkedMessageRead(**{**p.as_dict(), "payload": None}) for p in page], next_cursor=cursor
    )


@admin_router.get("/dead-letters/{parked_id}", response_model=ParkedMessageRead)
async def get_dead_letter(parked_id: ParkedId, runtime: RuntimeDep) -> ParkedMessageRead:
    parked = await dead_letters.get_parked(runtime.db, parked_id)
    if parked is None:
        raise NotFound(f"no parked message {parked_id}")
    return ParkedMessageRead(**parked.as_dict())


@admin_router.post("/dead-letters/{parked_id}/replay")
async def replay_dead_letter(parked_id: ParkedId, runtime: RuntimeDep) -> dict[str, str]:
    if runtime.consumer is None:
        raise NotFound("this service consumes no events")
    outcome = await dead_letters.replay(runtime.db, runtime.consumer, parked_id)
    if outcome is None:
        raise Conflict(f"message {parked_id} is not parked")
    return {"outcome": outcome.value}


@admin_router.post("/dead-letters/{parked_id}/discard")
async def discard_dead_letter(parked_id: ParkedId, runtime: RuntimeDep) -> dict[str, str]:
    if not await dead_letters.discard(runtime.db, parked_id):
        raise Conflict(f"message {parked_id} is not parked")
    return {"outcome": "discarded"}


@admin_router.get("/outbox", response_model=OutboxStatus)
async def get_outbox_status(runtime: RuntimeDep) -> OutboxStatus:
    unsent, age = await outbox_backlog(runtime.db)
    return OutboxStatus(
        service=runtime.name,
        unsent=unsent,
        oldest_unsent_age_seconds=age,
        parked=await dead_letters.count_parked(runtime.db),
    )


@admin_router.post("/outbox/{event_id}/republish")
async def republish_event(event_id: str, runtime: RuntimeDep) -> dict[str, str]:
    """Send an already published event again (consumers' inboxes make it harmless)."""
    outbox = runtime.db.outbox
    async with runtime.db.sessions() as session, session.begin():
        found = (
            await session.execute(select(outbox.c.seq).where(outbox.c.event_id == event_id))
        ).scalar_one_or_none()
        if found is None:
            raise NotFound(f"no event {event_id} in this service's outbox")
        await session.execute(update(outbox).where(outbox.c.seq == found).values(published_at=None))
    runtime.relay.wake()
    return {"outcome": "queued"}


@admin_router.post("/jobs/{name}/run")
async def run_job(
    name: Annotated[
        str, Path(max_length=100, pattern="^[a-z0-9-]+$", description="A job's name (kebab-case)")
    ],
    runtime: RuntimeDep,
    as_of: Annotated[AwareDatetime | None, Query(description="Run as if it were this UTC time")] = None,
) -> dict[str, Any]:
    try:
        result = await runtime.run_job(name, as_of)
    except KeyError:
        known = sorted(job.name for job in runtime.definition.jobs)
        raise NotFound(f"no job {name}; known: {', '.join(known) or 'none'}", known_jobs=known) from None
    return {"job": name, "result": dict(result)}
