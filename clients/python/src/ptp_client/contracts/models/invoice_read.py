from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus

T = TypeVar("T", bound="InvoiceRead")


@_attrs_define
class InvoiceRead:
    """
    Attributes:
        id (str):
        number (str): INV-<year>-<6-digit sequence>, unique
        contract_id (str):
        customer_id (str):
        installment_id (str):
        amount (str):
        currency (str):
        issued_at (datetime.datetime):
        due_date (datetime.date):
        status (InvoiceStatus):
        paid (str):
        outstanding (str): The installment's amount - credited - paid
        overdue_days (int): Days past due as of today when overdue, else 0
    """

    id: str
    number: str
    contract_id: str
    customer_id: str
    installment_id: str
    amount: str
    currency: str
    issued_at: datetime.datetime
    due_date: datetime.date
    status: InvoiceStatus
    paid: str
    outstanding: str
    overdue_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        contract_id = self.contract_id

        customer_id = self.customer_id

        installment_id = self.installment_id

        amount = self.amount

        currency = self.currency

        issued_at = self.issued_at.isoformat()

        due_date = self.due_date.isoformat()

        status = self.status.value

        paid = self.paid

        outstanding = self.outstanding

        overdue_days = self.overdue_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "contract_id": contract_id,
                "customer_id": customer_id,
                "installment_id": installment_id,
                "amount": amount,
                "currency": currency,
                "issued_at": issued_at,
                "due_date": due_date,
                "status": status,
                "paid": paid,
                "outstanding": outstanding,
                "overdue_days": overdue_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        contract_id = d.pop("contract_id")

        customer_id = d.pop("customer_id")

        installment_id = d.pop("installment_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        status = InvoiceStatus(d.pop("status"))

        paid = d.pop("paid")

        outstanding = d.pop("outstanding")

        overdue_days = d.pop("overdue_days")

        invoice_read = cls(
            id=id,
            number=number,
            contract_id=contract_id,
            customer_id=customer_id,
            installment_id=installment_id,
            amount=amount,
            currency=currency,
            issued_at=issued_at,
            due_date=due_date,
            status=status,
            paid=paid,
            outstanding=outstanding,
            overdue_days=overdue_days,
        )

        invoice_read.additional_properties = d
        return invoice_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
