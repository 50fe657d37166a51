from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_override_read_level import LevelOverrideReadLevel

T = TypeVar("T", bound="LevelOverrideRead")


@_attrs_define
class LevelOverrideRead:
    """
    Attributes:
        level (LevelOverrideReadLevel):
        reason (str):
        by (str):
        at (datetime.datetime):
    """

    level: LevelOverrideReadLevel
    reason: str
    by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        reason = self.reason

        by = self.by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "reason": reason,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = LevelOverrideReadLevel(d.pop("level"))

        reason = d.pop("reason")

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        level_override_read = cls(
            level=level,
            reason=reason,
            by=by,
            at=at,
        )

        level_override_read.additional_properties = d
        return level_override_read

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
