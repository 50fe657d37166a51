from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentRead")


@_attrs_define
class PaymentRead:
    """
    Attributes:
        id (str):
        contract_id (str):
        installment_id (str):
        amount (str):
        currency (str):
        received_at (datetime.datetime):
        reference (str):
        recorded_by (str):
        installment_outstanding (str):
        contract_outstanding (str):
    """

    id: str
    contract_id: str
    installment_id: str
    amount: str
    currency: str
    received_at: datetime.datetime
    reference: str
    recorded_by: str
    installment_outstanding: str
    contract_outstanding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        installment_id = self.installment_id

        amount = self.amount

        currency = self.currency

        received_at = self.received_at.isoformat()

        reference = self.reference

        recorded_by = self.recorded_by

        installment_outstanding = self.installment_outstanding

        contract_outstanding = self.contract_outstanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contract_id": contract_id,
                "installment_id": installment_id,
                "amount": amount,
                "currency": currency,
                "received_at": received_at,
                "reference": reference,
                "recorded_by": recorded_by,
                "installment_outstanding": installment_outstanding,
                "contract_outstanding": contract_outstanding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contract_id")

        installment_id = d.pop("installment_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        reference = d.pop("reference")

        recorded_by = d.pop("recorded_by")

        installment_outstanding = d.pop("installment_outstanding")

        contract_outstanding = d.pop("contract_outstanding")

        payment_read = cls(
            id=id,
            contract_id=contract_id,
            installment_id=installment_id,
            amount=amount,
            currency=currency,
            received_at=received_at,
            reference=reference,
            recorded_by=recorded_by,
            installment_outstanding=installment_outstanding,
            contract_outstanding=contract_outstanding,
        )

        payment_read.additional_properties = d
        return payment_read

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
