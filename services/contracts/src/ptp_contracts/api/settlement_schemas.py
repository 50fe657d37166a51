"""Schemas of settlements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class SettlementRead(BaseModel):
    id: str
    contract_id: str
    project_id: str | None
    status: str
    allowed_actions: list[str]
    currency: str
    amount: Decimal = Field(description="Contract amount")
    adjustments: Decimal = Field(
        description="Agreed adjustments from the acceptance result (may be negative)"
    )
    adjustment_note: str
    paid_to_date: Decimal
    due: Decimal = Field(description="amount + adjustments - paid_to_date")
    acceptance_results: list[dict[str, Any]]
    accepted_at: dt.datetime | None
    opened_at: dt.datetime
    opened_by: str
    submitted_by: str | None
    decided_by: str | None
    rejection_reason: str | None
    paid_at: dt.datetime | None
    paid_by: str | None
    version: int


class SettlementAdjust(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"adjustments": "-500.00", "note": "penalty: site 2 delivered 10 days late"}]
        }
    )

    adjustments: Decimal = Field(
        max_digits=18, decimal_places=2, description="Signed amount added to the contract amount"
    )
    note: str = Field(min_length=1, max_length=5000)


class SettlementReject(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "acceptance report not attached"}]})

    reason: str = Field(min_length=1, max_length=5000)
