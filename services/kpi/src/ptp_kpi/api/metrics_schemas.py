"""Response schemas of the metrics endpoints."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class IndicatorInfo(BaseModel):
    name: str
    category: str
    description: str
    aggregation: str
    measures: list[str]
    money: bool = Field(description="Read per currency")
    higher_is_better: bool


class IndicatorPage(BaseModel):
    items: list[IndicatorInfo]
    next_cursor: str | None = None


class IndicatorValue(BaseModel):
    indicator: str
    period: str
    scope: str
    scope_id: str | None
    currency: str | None
    value: Decimal | None = Field(description="None when there is nothing to average or divide")
    facts: int = Field(description="How many facts the value is made of")


class RebuildResult(BaseModel):
    events: int
    facts: int
