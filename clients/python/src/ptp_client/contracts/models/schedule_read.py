from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.installment_balance import InstallmentBalance


T = TypeVar("T", bound="ScheduleRead")


@_attrs_define
class ScheduleRead:
    """
    Attributes:
        contract_id (str):
        currency (str):
        total (str):
        paid (str):
        outstanding (str):
        installments (list[InstallmentBalance]):
    """

    contract_id: str
    currency: str
    total: str
    paid: str
    outstanding: str
    installments: list[InstallmentBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_id = self.contract_id

        currency = self.currency

        total = self.total

        paid = self.paid

        outstanding = self.outstanding

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "currency": currency,
                "total": total,
                "paid": paid,
                "outstanding": outstanding,
                "installments": installments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installment_balance import InstallmentBalance  # noqa: PLC0415

        d = dict(src_dict)
        contract_id = d.pop("contract_id")

        currency = d.pop("currency")

        total = d.pop("total")

        paid = d.pop("paid")

        outstanding = d.pop("outstanding")

        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentBalance.from_dict(installments_item_data)

            installments.append(installments_item)

        schedule_read = cls(
            contract_id=contract_id,
            currency=currency,
            total=total,
            paid=paid,
            outstanding=outstanding,
            installments=installments,
        )

        schedule_read.additional_properties = d
        return schedule_read

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
