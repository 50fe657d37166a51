"""Request and response schemas of department self-checks."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ptp_kpi.domain.periods import PERIOD_PATTERN


class SelfCheckItem(BaseModel):
    item: str = Field(min_length=1, max_length=500, examples=["Every contract had legal review"])
    result: Literal["pass", "fail", "not_applicable"]
    notes: str = Field(default="", max_length=4000)


class SelfCheckCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "department": "Sales", "period": "2026-11",
        "items": [{"item": "Every lead records its channel", "result": "pass"},
                  {"item": "Complaints answered within deadline", "result": "fail",
                   "notes": "3 of 40 late"}],
        "summary": "One gap: complaint response on weekends."}]})
    department: str = Field(min_length=1, max_length=200)
    period: str = Field(pattern=PERIOD_PATTERN)
    items: list[SelfCheckItem] = Field(min_length=1)
    summary: str = Field(default="", max_length=10000)


class SelfCheckUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "items": [{"item": "Every lead records its channel", "result": "pass"}],
        "summary": "No gaps."}]})
    items: list[SelfCheckItem] = Field(min_length=1)
    summary: str = Field(default="", max_length=10000)


class SelfCheckRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    department: str
    period: str
    status: str
    allowed_actions: list[str] = []
    items: list[SelfCheckItem]
    summary: str
    created_by: str
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    acknowledged_by: str | None
    acknowledged_at: dt.datetime | None
    version: int


class SelfCheckPage(BaseModel):
    items: list[SelfCheckRead]
    next_cursor: str | None = None
