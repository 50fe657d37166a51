"""Response schemas of the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class TrailRecordRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    seq: int = Field(description="Position in the chain, from 1")
    event_id: str
    type: str
    source: str
    subject: str | None
    correlation_id: str
    causation_id: str | None
    actor: str | None
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    prev_hash: str
    hash: str
    event: dict[str, Any] = Field(description="The event envelope as received")


class TrailPage(BaseModel):
    items: list[TrailRecordRead]
    next_cursor: str | None = None


class ChainBreakRead(BaseModel):
    seq: int = Field(description="The first record that fails verification")
    event_id: str | None
    reason: str


class VerificationRead(BaseModel):
    intact: bool
    records_checked: int
    first_broken: ChainBreakRead | None = None


class TrailHeadRead(BaseModel):
    """The end of the chain: note it outside the database (e.g. in an audit report) and
    pass it back to verification later as an anchor."""

    seq: int
    hash: str
