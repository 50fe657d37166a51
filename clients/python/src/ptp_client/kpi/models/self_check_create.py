from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_check_item_create import SelfCheckItemCreate


T = TypeVar("T", bound="SelfCheckCreate")


@_attrs_define
class SelfCheckCreate:
    """
    Attributes:
        department (str):
        period (str):
        items (list[SelfCheckItemCreate]):
        summary (str | Unset):  Default: ''.
    """

    department: str
    period: str
    items: list[SelfCheckItemCreate]
    summary: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        period = self.period

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department": department,
                "period": period,
                "items": items,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.self_check_item_create import SelfCheckItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        department = d.pop("department")

        period = d.pop("period")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SelfCheckItemCreate.from_dict(items_item_data)

            items.append(items_item)

        summary = d.pop("summary", UNSET)

        self_check_create = cls(
            department=department,
            period=period,
            items=items,
            summary=summary,
        )

        self_check_create.additional_properties = d
        return self_check_create

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
