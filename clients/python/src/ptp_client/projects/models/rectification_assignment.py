from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RectificationAssignment")


@_attrs_define
class RectificationAssignment:
    """
    Attributes:
        criterion_id (str):
        owner (str):
        due_date (datetime.date):
        description (None | str | Unset):
    """

    criterion_id: str
    owner: str
    due_date: datetime.date
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion_id = self.criterion_id

        owner = self.owner

        due_date = self.due_date.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterion_id": criterion_id,
                "owner": owner,
                "due_date": due_date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion_id = d.pop("criterion_id")

        owner = d.pop("owner")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        rectification_assignment = cls(
            criterion_id=criterion_id,
            owner=owner,
            due_date=due_date,
            description=description,
        )

        rectification_assignment.additional_properties = d
        return rectification_assignment

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
