from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rectification_item_read_status import RectificationItemReadStatus

T = TypeVar("T", bound="RectificationItemRead")


@_attrs_define
class RectificationItemRead:
    """
    Attributes:
        id (str):
        project_id (str):
        round_id (str):
        criterion_id (str):
        description (str):
        owner (str):
        due_date (datetime.date):
        status (RectificationItemReadStatus):
        resolution (None | str):
        resolved_at (datetime.datetime | None):
        resolved_by (None | str):
        version (int):
    """

    id: str
    project_id: str
    round_id: str
    criterion_id: str
    description: str
    owner: str
    due_date: datetime.date
    status: RectificationItemReadStatus
    resolution: None | str
    resolved_at: datetime.datetime | None
    resolved_by: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        round_id = self.round_id

        criterion_id = self.criterion_id

        description = self.description

        owner = self.owner

        due_date = self.due_date.isoformat()

        status = self.status.value

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by: None | str
        resolved_by = self.resolved_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "round_id": round_id,
                "criterion_id": criterion_id,
                "description": description,
                "owner": owner,
                "due_date": due_date,
                "status": status,
                "resolution": resolution,
                "resolved_at": resolved_at,
                "resolved_by": resolved_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        round_id = d.pop("round_id")

        criterion_id = d.pop("criterion_id")

        description = d.pop("description")

        owner = d.pop("owner")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        status = RectificationItemReadStatus(d.pop("status"))

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        def _parse_resolved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolved_by = _parse_resolved_by(d.pop("resolved_by"))

        version = d.pop("version")

        rectification_item_read = cls(
            id=id,
            project_id=project_id,
            round_id=round_id,
            criterion_id=criterion_id,
            description=description,
            owner=owner,
            due_date=due_date,
            status=status,
            resolution=resolution,
            resolved_at=resolved_at,
            resolved_by=resolved_by,
            version=version,
        )

        rectification_item_read.additional_properties = d
        return rectification_item_read

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
