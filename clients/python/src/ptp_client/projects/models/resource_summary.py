from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_line_totals import MoneyLineTotals


T = TypeVar("T", bound="ResourceSummary")


@_attrs_define
class ResourceSummary:
    """Planned against actual for one project; money is summed per kind and currency.

    Attributes:
        project_id (str):
        planned_hours (str):
        actual_hours (str):
        hours_variance (str): Actual minus planned hours
        money (list[MoneyLineTotals]):
    """

    project_id: str
    planned_hours: str
    actual_hours: str
    hours_variance: str
    money: list[MoneyLineTotals]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        planned_hours = self.planned_hours

        actual_hours = self.actual_hours

        hours_variance = self.hours_variance

        money = []
        for money_item_data in self.money:
            money_item = money_item_data.to_dict()
            money.append(money_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "planned_hours": planned_hours,
                "actual_hours": actual_hours,
                "hours_variance": hours_variance,
                "money": money,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_line_totals import MoneyLineTotals  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id")

        planned_hours = d.pop("planned_hours")

        actual_hours = d.pop("actual_hours")

        hours_variance = d.pop("hours_variance")

        money = []
        _money = d.pop("money")
        for money_item_data in _money:
            money_item = MoneyLineTotals.from_dict(money_item_data)

            money.append(money_item)

        resource_summary = cls(
            project_id=project_id,
            planned_hours=planned_hours,
            actual_hours=actual_hours,
            hours_variance=hours_variance,
            money=money,
        )

        resource_summary.additional_properties = d
        return resource_summary

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
