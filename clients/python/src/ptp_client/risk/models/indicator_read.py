from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_read_level_type_0 import IndicatorReadLevelType0

T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """
    Attributes:
        id (str):
        risk_id (str):
        name (str):
        unit (str):
        higher_is_worse (bool):
        medium_threshold (str):
        high_threshold (str):
        raises_level (bool): A latest reading past a threshold raises the risk's level (false only for the credit risk's
            own overdue-rate series, which its rating already weighs)
        latest_value (None | str):
        latest_at (datetime.datetime | None):
        level (IndicatorReadLevelType0 | None): Level of the latest reading against the thresholds
        created_at (datetime.datetime):
        created_by (str):
        version (int):
    """

    id: str
    risk_id: str
    name: str
    unit: str
    higher_is_worse: bool
    medium_threshold: str
    high_threshold: str
    raises_level: bool
    latest_value: None | str
    latest_at: datetime.datetime | None
    level: IndicatorReadLevelType0 | None
    created_at: datetime.datetime
    created_by: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        risk_id = self.risk_id

        name = self.name

        unit = self.unit

        higher_is_worse = self.higher_is_worse

        medium_threshold = self.medium_threshold

        high_threshold = self.high_threshold

        raises_level = self.raises_level

        latest_value: None | str
        latest_value = self.latest_value

        latest_at: None | str
        if isinstance(self.latest_at, datetime.datetime):
            latest_at = self.latest_at.isoformat()
        else:
            latest_at = self.latest_at

        level: None | str
        if isinstance(self.level, IndicatorReadLevelType0):
            level = self.level.value
        else:
            level = self.level

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "risk_id": risk_id,
                "name": name,
                "unit": unit,
                "higher_is_worse": higher_is_worse,
                "medium_threshold": medium_threshold,
                "high_threshold": high_threshold,
                "raises_level": raises_level,
                "latest_value": latest_value,
                "latest_at": latest_at,
                "level": level,
                "created_at": created_at,
                "created_by": created_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        risk_id = d.pop("risk_id")

        name = d.pop("name")

        unit = d.pop("unit")

        higher_is_worse = d.pop("higher_is_worse")

        medium_threshold = d.pop("medium_threshold")

        high_threshold = d.pop("high_threshold")

        raises_level = d.pop("raises_level")

        def _parse_latest_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_value = _parse_latest_value(d.pop("latest_value"))

        def _parse_latest_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_at_type_0 = datetime.datetime.fromisoformat(data)

                return latest_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        latest_at = _parse_latest_at(d.pop("latest_at"))

        def _parse_level(data: object) -> IndicatorReadLevelType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = IndicatorReadLevelType0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorReadLevelType0 | None, data)

        level = _parse_level(d.pop("level"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        version = d.pop("version")

        indicator_read = cls(
            id=id,
            risk_id=risk_id,
            name=name,
            unit=unit,
            higher_is_worse=higher_is_worse,
            medium_threshold=medium_threshold,
            high_threshold=high_threshold,
            raises_level=raises_level,
            latest_value=latest_value,
            latest_at=latest_at,
            level=level,
            created_at=created_at,
            created_by=created_by,
            version=version,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
