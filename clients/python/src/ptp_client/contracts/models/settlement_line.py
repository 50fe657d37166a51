from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettlementLine")


@_attrs_define
class SettlementLine:
    """One installment of the contract as the settlement sees it.

    Attributes:
        installment_id (str):
        label (str):
        amount (str):
        paid (str):
        credited (str):
        outstanding (str): amount - credited - paid (0 for a cancelled installment)
    """

    installment_id: str
    label: str
    amount: str
    paid: str
    credited: str
    outstanding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installment_id = self.installment_id

        label = self.label

        amount = self.amount

        paid = self.paid

        credited = self.credited

        outstanding = self.outstanding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installment_id": installment_id,
                "label": label,
                "amount": amount,
                "paid": paid,
                "credited": credited,
                "outstanding": outstanding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        installment_id = d.pop("installment_id")

        label = d.pop("label")

        amount = d.pop("amount")

        paid = d.pop("paid")

        credited = d.pop("credited")

        outstanding = d.pop("outstanding")

        settlement_line = cls(
            installment_id=installment_id,
            label=label,
            amount=amount,
            paid=paid,
            credited=credited,
            outstanding=outstanding,
        )

        settlement_line.additional_properties = d
        return settlement_line

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
