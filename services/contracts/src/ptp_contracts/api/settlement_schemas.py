"""Schemas of settlements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.money import NonPositiveAmount
from pydantic import BaseModel, ConfigDict, Field, field_validator


class SettlementLine(BaseModel):
    """One installment of the contract as the settlement sees it."""

    installment_id: str
    label: str
    amount: Decimal
    paid: Decimal
    credited: Decimal
    outstanding: Decimal = Field(description="amount - credited - paid (0 for a cancelled installment)")


class SettlementRead(BaseModel):
    id: str
    contract_id: str
    project_id: str | None
    kind: str = Field(
        description="acceptance (opened by projects.project.accepted) | termination (opened by a manager "
        "for a terminated contract)"
    )
    reason: str | None = Field(description="Why a manager opened a termination settlement")
    status: str
    allowed_actions: list[str] = Field(
        description="What may happen next: the path segments to POST to on this settlement "
        "(`POST /settlements/{settlement_id}/<segment>`)"
    )
    currency: str
    amount: Decimal = Field(description="Contract amount")
    adjustments: Decimal = Field(
        description="Deduction agreed from the acceptance result (zero or negative), credited on paying"
    )
    adjustment_note: str
    paid_to_date: Decimal
    outstanding: Decimal = Field(description="The contract's outstanding: the sum of the lines")
    due: Decimal = Field(
        description="outstanding + adjustments: what paying the settlement pays (0 once paid)"
    )
    lines: list[SettlementLine] = Field(description="Per installment: amount, paid, credited, outstanding")
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


class SettlementOpen(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "terminated for client insolvency; settle site 1 work"}]}
    )

    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=5000,
        description="Required for a termination settlement: why the manager opens it",
    )


class SettlementAdjust(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"adjustments": "-500.00", "note": "penalty: site 2 delivered 10 days late"}]
        }
    )

    adjustments: NonPositiveAmount = Field(
        description="Zero or negative: a deduction from what is outstanding (an increase needs a "
        "contract revision)",
    )
    note: str = Field(min_length=1, max_length=5000)

    @field_validator("adjustments", mode="before")
    @classmethod
    def _no_increase(cls, value: Any) -> Any:
        # Said before the amount's format check, so the caller learns the rule, not only the pattern.
        try:
            increase = Decimal(str(value)) > 0
        except (ArithmeticError, ValueError):
            return value
        if increase:
            raise ValueError("an increase needs a contract revision: an adjustment is zero or a deduction")
        return value


class SettlementReject(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"reason": "acceptance report not attached"}]})

    reason: str = Field(min_length=1, max_length=5000)
