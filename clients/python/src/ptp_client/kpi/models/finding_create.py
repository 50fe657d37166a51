from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_create_severity import FindingCreateSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="FindingCreate")


@_attrs_define
class FindingCreate:
    """
    Attributes:
        title (str):
        description (str):
        severity (FindingCreateSeverity):
        owner (str): Who must rectify
        due_date (datetime.date):
        linked_record (None | str | Unset): The record in any service, as <service>:<entity>:<id>
    """

    title: str
    description: str
    severity: FindingCreateSeverity
    owner: str
    due_date: datetime.date
    linked_record: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        severity = self.severity.value

        owner = self.owner

        due_date = self.due_date.isoformat()

        linked_record: None | str | Unset
        if isinstance(self.linked_record, Unset):
            linked_record = UNSET
        else:
            linked_record = self.linked_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "severity": severity,
                "owner": owner,
                "due_date": due_date,
            }
        )
        if linked_record is not UNSET:
            field_dict["linked_record"] = linked_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        severity = FindingCreateSeverity(d.pop("severity"))

        owner = d.pop("owner")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_linked_record(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linked_record = _parse_linked_record(d.pop("linked_record", UNSET))

        finding_create = cls(
            title=title,
            description=description,
            severity=severity,
            owner=owner,
            due_date=due_date,
            linked_record=linked_record,
        )

        finding_create.additional_properties = d
        return finding_create

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
