from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_read import PersonRead


T = TypeVar("T", bound="TeamDetail")


@_attrs_define
class TeamDetail:
    """
    Attributes:
        id (str):
        name (str):
        department (str):
        lead (None | str):
        version (int):
        members (list[PersonRead]):
    """

    id: str
    name: str
    department: str
    lead: None | str
    version: int
    members: list[PersonRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        department = self.department

        lead: None | str
        lead = self.lead

        version = self.version

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "department": department,
                "lead": lead,
                "version": version,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_read import PersonRead  # noqa: PLC0415

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

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = PersonRead.from_dict(members_item_data)

            members.append(members_item)

        team_detail = cls(
            id=id,
            name=name,
            department=department,
            lead=lead,
            version=version,
            members=members,
        )

        team_detail.additional_properties = d
        return team_detail

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
