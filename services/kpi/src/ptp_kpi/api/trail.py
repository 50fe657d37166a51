"""The audit trail: query by subject, correlation id, actor, type, time; verify the chain."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from ptp_common.errors import NotFound, Unprocessable
from ptp_common.http.pagination import PageDep, paginate
from ptp_common.service import UowDep
from pydantic import AwareDatetime
from sqlalchemy import select

from ptp_kpi.api.access import Auditor, TrailReader
from ptp_kpi.api.trail_schemas import (
    ChainBreakRead,
    TrailHeadRead,
    TrailPage,
    TrailRecordRead,
    VerificationRead,
)
from ptp_kpi.db import trail
from ptp_kpi.db.models import TrailRecord

TRAIL_READERS = ("Who may call: auditor, manager or admin (403 otherwise; a client_representative "
                 "token gets 403).")
AUDITORS = "Who may call: auditor (403 otherwise; a client_representative token gets 403)."

router = APIRouter(prefix="/audit-trail", tags=["audit trail"])


def to_read(record: TrailRecord) -> TrailRecordRead:
    return TrailRecordRead.model_validate(
        {**{c: getattr(record, c) for c in TrailRecordRead.model_fields if c != "event"},
         "event": json.loads(record.payload)}
    )


@router.get("", response_model=TrailPage, summary="Query the audit trail, in chain order",
            description=TRAIL_READERS)
async def list_trail_records(
    uow: UowDep,
    _: TrailReader,
    params: PageDep,
    correlation_id: Annotated[
        str | None, Query(description="One deal's whole story across services")
    ] = None,
    subject: Annotated[str | None, Query(description="Aggregate id the events are about")] = None,
    actor: str | None = None,
    type: Annotated[str | None, Query(description="Exact event type")] = None,
    source: Annotated[str | None, Query(description="Publishing service")] = None,
    occurred_from: Annotated[AwareDatetime | None, Query(description="Inclusive")] = None,
    occurred_to: Annotated[AwareDatetime | None, Query(description="Exclusive")] = None,
    order: Annotated[Literal["recorded", "occurred"], Query(
        description="Chain order (as kpi recorded them) or the time each event happened",
    )] = "recorded",
) -> TrailPage:
    stmt = select(TrailRecord)
    filters = {
        TrailRecord.correlation_id: correlation_id, TrailRecord.subject: subject,
        TrailRecord.actor: actor, TrailRecord.type: type, TrailRecord.source: source,
    }
    for column, value in filters.items():
        if value is not None:
            stmt = stmt.where(column == value)
    if occurred_from is not None:
        stmt = stmt.where(TrailRecord.occurred_at >= occurred_from)
    if occurred_to is not None:
        stmt = stmt.where(TrailRecord.occurred_at < occurred_to)
    keys = [TrailRecord.seq] if order == "recorded" else [TrailRecord.occurred_at,
                                                            TrailRecord.seq]
    items, cursor = await paginate(uow.session, stmt, keys, params)
    return TrailPage(items=[to_read(r) for r in items], next_cursor=cursor)


@router.get("/head", response_model=TrailHeadRead, summary="The chain's last record and hash",
            description=AUDITORS)
async def get_trail_head(uow: UowDep, _: Auditor) -> TrailHeadRead:
    seq, last_hash = await trail.head(uow.session)
    return TrailHeadRead(seq=seq, hash=last_hash)


@router.get("/verification", response_model=VerificationRead,
            summary="Recompute the hash chain and name the first broken record",
            description=AUDITORS)
async def verify_trail(
    uow: UowDep,
    _: Auditor,
    anchor_seq: Annotated[int | None, Query(ge=1, description="A head noted earlier")] = None,
    anchor_hash: Annotated[str | None, Query(pattern="^[0-9a-f]{64}$")] = None,
) -> VerificationRead:
    if (anchor_seq is None) != (anchor_hash is None):
        raise Unprocessable("anchor_seq and anchor_hash go together", field="query.anchor_hash")
    anchors = {anchor_seq: anchor_hash} if anchor_seq and anchor_hash else None
    checked, broken = await trail.verify(uow.session, anchors)
    return VerificationRead(
        intact=broken is None,
        records_checked=checked,
        first_broken=None if broken is None else ChainBreakRead(**broken.__dict__),
    )


@router.get("/events/{event_id}", response_model=TrailRecordRead,
            summary="The trail record of one event",
            description=TRAIL_READERS)
async def get_trail_record_by_event(event_id: str, uow: UowDep, _: TrailReader) -> TrailRecordRead:
    record = await uow.session.scalar(select(TrailRecord).where(TrailRecord.event_id == event_id))
    if record is None:
        raise NotFound(f"no event {event_id} in the audit trail")
    return to_read(record)
