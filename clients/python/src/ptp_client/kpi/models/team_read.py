from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TeamRead")


@_attrs_define
class TeamRead:
    """
    Attributes:
        id (str):
        name (str):
        department (str):
        lead (None | str):
        version (int):
    """

    id: str
    name: str
    department: str
    lead: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        department = self.department

        lead: None | str
        lead = self.lead

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "department": department,
                "lead": lead,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        department = d.pop("department")

        def _parse_lead(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead = _parse_lead(d.pop("lead"))

        version = d.pop("version")

        team_read = cls(
            id=id,
            name=name,
            department=department,
            lead=lead,
            version=version,
        )

        team_read.additional_properties = d
        return team_read

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
