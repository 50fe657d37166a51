"""Schemas of the payment schedule: balances, invoices, payments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ptp_common.money import Currency, PositiveAmount
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from ptp_contracts.api.contract_schemas import InstallmentRead
from ptp_contracts.domain.invoices import InvoiceStatus


class InvoiceRead(BaseModel):
    id: str
    number: str = Field(description="INV-<year>-<6-digit sequence>, unique")
    contract_id: str
    customer_id: str
    installment_id: str
    amount: Decimal
    currency: str
    issued_at: dt.datetime
    due_date: dt.date
    status: InvoiceStatus = Field(
        description="paid: nothing outstanding; cancelled: its installment was cancelled; overdue: past "
        "due with something outstanding; open otherwise"
    )
    paid: Decimal
    outstanding: Decimal = Field(description="The installment's amount - credited - paid")
    overdue_days: int = Field(description="Days past due as of today when overdue, else 0")


class InstallmentBalance(InstallmentRead):
    outstanding: Decimal
    overdue_days: int = Field(description="Days past due as of now (0 when not due or paid)")
    invoice: InvoiceRead | None


class ScheduleRead(BaseModel):
    contract_id: str
    currency: str
    total: Decimal
    paid: Decimal
    outstanding: Decimal
    installments: list[InstallmentBalance]


class PaymentCreate(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "amount": "1500.00",
                    "currency": "EUR",
                    "received_at": "2027-02-01T10:00:00Z",
                    "reference": "bank tx 99812",
                }
            ]
        }
    )

    amount: PositiveAmount
    currency: Currency | None = Field(default=None, description="If given, must be the contract's currency")
    received_at: AwareDatetime | None = Field(
        default=None, description="When the money arrived (UTC); defaults to now"
    )
    reference: str = Field(default="", max_length=200)


class PaymentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    contract_id: str
    installment_id: str
    amount: Decimal
    currency: str
    received_at: dt.datetime
    reference: str
    recorded_by: str
    installment_outstanding: Decimal
    contract_outstanding: Decimal
