"""Request and response schemas of internal audits and their findings."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

Severity = Literal["low", "medium", "high", "critical"]
AuditKind = Literal["compliance", "financial", "control"]


class AuditCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Q4 contract signing compliance", "kind": "compliance",
        "scope": "Every contract signed in 2026-Q4: legal review, signatures, archiving",
        "planned_start": "2026-12-01", "planned_end": "2026-12-15"}]})
    title: str = Field(min_length=1, max_length=300)
    kind: AuditKind = Field(description="Process compliance, financial truthfulness or control "
                                        "effectiveness")
    scope: str = Field(min_length=1, max_length=10000)
    department: str | None = Field(default=None, min_length=1, max_length=200,
                                   description="The department audited: completing the audit "
                                               "fulfils its internal-audit duty")
    planned_start: dt.date
    planned_end: dt.date

    # A field validator, not a model one: the 422 then names body.planned_end, not the whole body.
    @field_validator("planned_end")
    @classmethod
    def _ends_after_start(cls, planned_end: dt.date, info: ValidationInfo) -> dt.date:
        planned_start = info.data.get("planned_start")  # absent when it was invalid itself
        if planned_start is not None and planned_end < planned_start:
            raise ValueError("planned_end is before planned_start")
        return planned_end


class AuditComplete(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"report": "Two findings; signing controls are effective otherwise."}]})
    report: str = Field(min_length=1, max_length=50000)


class AuditRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    title: str
    kind: str
    scope: str
    department: str | None = None
    auditor: str
    planned_start: dt.date
    planned_end: dt.date
    status: str
    report: str | None
    created_at: dt.datetime
    completed_at: dt.datetime | None
    version: int


class AuditPage(BaseModel):
    items: list[AuditRead]
    next_cursor: str | None = None


class FindingCreate(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Contract signed before legal approval", "severity": "high",
        "description": "Revision 3 was signed while its legal review was still open.",
        "linked_record": "contracts:contract:7d1c...", "owner": "alice",
        "due_date": "2027-01-15"}]})
    title: str = Field(min_length=1, max_length=300)
    description: str = Field(min_length=1, max_length=10000)
    severity: Severity
    linked_record: str | None = Field(
        default=None, max_length=300,
        description="The record in any service, as <service>:<entity>:<id>")
    owner: str = Field(min_length=1, max_length=200, description="Who must rectify")
    due_date: dt.date


class RectificationSubmit(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"rectification": "Signing now requires an approved review; staff briefed."}]})
    rectification: str = Field(min_length=1, max_length=10000)


class RectificationReject(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"reason": "No evidence attached: add the updated signing procedure."}]})
    reason: str = Field(min_length=1, max_length=10000)


class FindingRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    audit_id: str
    title: str
    description: str
    severity: str
    linked_record: str | None
    owner: str
    due_date: dt.date
    status: str
    allowed_actions: list[str] = []
    rectification: str | None
    created_by: str
    created_at: dt.datetime
    closed_by: str | None
    closed_at: dt.datetime | None
    version: int


class FindingPage(BaseModel):
    items: list[FindingRead]
    next_cursor: str | None = None


class AuditReport(BaseModel):
    audit: AuditRead
    findings: list[FindingRead]
    by_severity: dict[str, int]
    by_status: dict[str, int]
    open_findings: int
