from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndicatorInfo")


@_attrs_define
class IndicatorInfo:
    """
    Attributes:
        name (str):
        category (str):
        description (str):
        aggregation (str):
        measures (list[str]):
        money (bool): Read per currency
        higher_is_better (bool):
    """

    name: str
    category: str
    description: str
    aggregation: str
    measures: list[str]
    money: bool
    higher_is_better: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category = self.category

        description = self.description

        aggregation = self.aggregation

        measures = self.measures

        money = self.money

        higher_is_better = self.higher_is_better

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "category": category,
                "description": description,
                "aggregation": aggregation,
                "measures": measures,
                "money": money,
                "higher_is_better": higher_is_better,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        category = d.pop("category")

        description = d.pop("description")

        aggregation = d.pop("aggregation")

        measures = cast(list[str], d.pop("measures"))

        money = d.pop("money")

        higher_is_better = d.pop("higher_is_better")

        indicator_info = cls(
            name=name,
            category=category,
            description=description,
            aggregation=aggregation,
            measures=measures,
            money=money,
            higher_is_better=higher_is_better,
        )

        indicator_info.additional_properties = d
        return indicator_info

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
