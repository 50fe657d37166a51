from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverAllocationRead")


@_attrs_define
class OverAllocationRead:
    """
    Attributes:
        member (str):
        start (datetime.date):
        end (datetime.date):
        peak_hours_per_day (str):
        project_ids (list[str]):
    """

    member: str
    start: datetime.date
    end: datetime.date
    peak_hours_per_day: str
    project_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member

        start = self.start.isoformat()

        end = self.end.isoformat()

        peak_hours_per_day = self.peak_hours_per_day

        project_ids = self.project_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "start": start,
                "end": end,
                "peak_hours_per_day": peak_hours_per_day,
                "project_ids": project_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member = d.pop("member")

        start = datetime.date.fromisoformat(d.pop("start"))

        end = datetime.date.fromisoformat(d.pop("end"))

        peak_hours_per_day = d.pop("peak_hours_per_day")

        project_ids = cast(list[str], d.pop("project_ids"))

        over_allocation_read = cls(
            member=member,
            start=start,
            end=end,
            peak_hours_per_day=peak_hours_per_day,
            project_ids=project_ids,
        )

        over_allocation_read.additional_properties = d
        return over_allocation_read

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
