from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonRead")


@_attrs_define
class PersonRead:
    """
    Attributes:
        id (str):
        name (str):
        role (str):
        team_id (None | str):
        supervisor (None | str):
        version (int):
    """

    id: str
    name: str
    role: str
    team_id: None | str
    supervisor: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role = self.role

        team_id: None | str
        team_id = self.team_id

        supervisor: None | str
        supervisor = self.supervisor

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "team_id": team_id,
                "supervisor": supervisor,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        role = d.pop("role")

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_supervisor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supervisor = _parse_supervisor(d.pop("supervisor"))

        version = d.pop("version")

        person_read = cls(
            id=id,
            name=name,
            role=role,
            team_id=team_id,
            supervisor=supervisor,
            version=version,
        )

        person_read.additional_properties = d
        return person_read

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
