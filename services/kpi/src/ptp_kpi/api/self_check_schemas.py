"""Request and response schemas of department self-checks."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from ptp_kpi.domain.periods import PERIOD_PATTERN


class CorrectiveActionCreate(BaseModel):
    """What will be done about a failed item, by whom, by when."""

    action: str = Field(min_length=1, max_length=4000,
                        examples=["Weekend rota for the complaint desk"])
    owner: str = Field(min_length=1, max_length=200, examples=["carol"])
    due_date: dt.date


class CorrectiveAction(CorrectiveActionCreate):
    status: Literal["open", "done"] = "open"
    outcome: str | None = None
    done_by: str | None = None
    done_at: dt.datetime | None = None


class SelfCheckItemCreate(BaseModel):
    item: str = Field(min_length=1, max_length=500, examples=["Every contract had legal review"])
    result: Literal["pass", "fail", "not_applicable"]
    notes: str = Field(default="", max_length=4000)
    corrective_action: CorrectiveActionCreate | None = Field(
        default=None, validate_default=True,
        description="Required when result is fail (422 otherwise)")

    # On the field (its default validated too), so the 422 names items.<n>.corrective_action.
    @field_validator("corrective_action")
    @classmethod
    def _failed_item_has_action(cls, action: CorrectiveActionCreate | None,
                                info: ValidationInfo) -> CorrectiveActionCreate | None:
        if info.data.get("result") == "fail" and action is None:
            raise ValueError("a failed item needs a corrective_action (action, owner, due_date)")
        return action


class SelfCheckItem(BaseModel):
    item: str
    result: Literal["pass", "fail", "not_applicable"]
    notes: str = ""
    corrective_action: CorrectiveAction | None = None


class ActionComplete(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "outcome": "Rota in place since 3 December; no late answer since."}]})
    outcome: str = Field(min_length=1, max_length=4000)


class SelfCheckCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "department": "Sales", "period": "2026-11",
        "items": [{"item": "Every lead records its channel", "result": "pass"},
                  {"item": "Complaints answered within deadline", "result": "fail",
                   "notes": "3 of 40 late",
                   "corrective_action": {"action": "Weekend rota for the complaint desk",
                                         "owner": "carol", "due_date": "2026-12-15"}}],
        "summary": "One gap: complaint response on weekends."}]})
    department: str = Field(min_length=1, max_length=200)
    period: str = Field(pattern=PERIOD_PATTERN)
    items: list[SelfCheckItemCreate] = Field(min_length=1)
    summary: str = Field(default="", max_length=10000)


class SelfCheckUpdate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "items": [{"item": "Every lead records its channel", "result": "pass"}],
        "summary": "No gaps."}]})
    items: list[SelfCheckItemCreate] = Field(min_length=1)
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
    open_actions: int = Field(default=0, description="Corrective actions not done yet")
    closed_by: str | None = None
    closed_at: dt.datetime | None = None
    version: int


class SelfCheckPage(BaseModel):
    items: list[SelfCheckRead]
    next_cursor: str | None = None
