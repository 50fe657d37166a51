from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observation_read_level import ObservationReadLevel

T = TypeVar("T", bound="ObservationRead")


@_attrs_define
class ObservationRead:
    """
    Attributes:
        id (str):
        indicator_id (str):
        observed_at (datetime.datetime):
        value (str):
        recorded_by (str):
        level (ObservationReadLevel):
    """

    id: str
    indicator_id: str
    observed_at: datetime.datetime
    value: str
    recorded_by: str
    level: ObservationReadLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        indicator_id = self.indicator_id

        observed_at = self.observed_at.isoformat()

        value = self.value

        recorded_by = self.recorded_by

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "indicator_id": indicator_id,
                "observed_at": observed_at,
                "value": value,
                "recorded_by": recorded_by,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        indicator_id = d.pop("indicator_id")

        observed_at = datetime.datetime.fromisoformat(d.pop("observed_at"))

        value = d.pop("value")

        recorded_by = d.pop("recorded_by")

        level = ObservationReadLevel(d.pop("level"))

        observation_read = cls(
            id=id,
            indicator_id=indicator_id,
            observed_at=observed_at,
            value=value,
            recorded_by=recorded_by,
            level=level,
        )

        observation_read.additional_properties = d
        return observation_read

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
