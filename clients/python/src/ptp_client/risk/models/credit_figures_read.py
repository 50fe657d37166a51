from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_amount import MoneyAmount


T = TypeVar("T", bound="CreditFiguresRead")


@_attrs_define
class CreditFiguresRead:
    """
    Attributes:
        exposure (list[MoneyAmount]): Outstanding of the customer's open contracts, per currency; an ended contract
            counts 0
        overdue_amount (list[MoneyAmount]):
        overdue_count (int):
        worst_days_overdue (int):
        overdue_rate (str): Overdue now / exposure now (worst currency), 0..1; 0 when nothing is overdue
        payments (int):
        on_time_payments (int):
        on_time_ratio (None | str):
        serious_open_complaints (int):
    """

    exposure: list[MoneyAmount]
    overdue_amount: list[MoneyAmount]
    overdue_count: int
    worst_days_overdue: int
    overdue_rate: str
    payments: int
    on_time_payments: int
    on_time_ratio: None | str
    serious_open_complaints: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exposure = []
        for exposure_item_data in self.exposure:
            exposure_item = exposure_item_data.to_dict()
            exposure.append(exposure_item)

        overdue_amount = []
        for overdue_amount_item_data in self.overdue_amount:
            overdue_amount_item = overdue_amount_item_data.to_dict()
            overdue_amount.append(overdue_amount_item)

        overdue_count = self.overdue_count

        worst_days_overdue = self.worst_days_overdue

        overdue_rate = self.overdue_rate

        payments = self.payments

        on_time_payments = self.on_time_payments

        on_time_ratio: None | str
        on_time_ratio = self.on_time_ratio

        serious_open_complaints = self.serious_open_complaints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exposure": exposure,
                "overdue_amount": overdue_amount,
                "overdue_count": overdue_count,
                "worst_days_overdue": worst_days_overdue,
                "overdue_rate": overdue_rate,
                "payments": payments,
                "on_time_payments": on_time_payments,
                "on_time_ratio": on_time_ratio,
                "serious_open_complaints": serious_open_complaints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_amount import MoneyAmount  # noqa: PLC0415

        d = dict(src_dict)
        exposure = []
        _exposure = d.pop("exposure")
        for exposure_item_data in _exposure:
            exposure_item = MoneyAmount.from_dict(exposure_item_data)

            exposure.append(exposure_item)

        overdue_amount = []
        _overdue_amount = d.pop("overdue_amount")
        for overdue_amount_item_data in _overdue_amount:
            overdue_amount_item = MoneyAmount.from_dict(overdue_amount_item_data)

            overdue_amount.append(overdue_amount_item)

        overdue_count = d.pop("overdue_count")

        worst_days_overdue = d.pop("worst_days_overdue")

        overdue_rate = d.pop("overdue_rate")

        payments = d.pop("payments")

        on_time_payments = d.pop("on_time_payments")

        def _parse_on_time_ratio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        on_time_ratio = _parse_on_time_ratio(d.pop("on_time_ratio"))

        serious_open_complaints = d.pop("serious_open_complaints")

        credit_figures_read = cls(
            exposure=exposure,
            overdue_amount=overdue_amount,
            overdue_count=overdue_count,
            worst_days_overdue=worst_days_overdue,
            overdue_rate=overdue_rate,
            payments=payments,
            on_time_payments=on_time_payments,
            on_time_ratio=on_time_ratio,
            serious_open_complaints=serious_open_complaints,
        )

        credit_figures_read.additional_properties = d
        return credit_figures_read

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
