from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.self_check_item import SelfCheckItem


T = TypeVar("T", bound="SelfCheckRead")


@_attrs_define
class SelfCheckRead:
    """
    Attributes:
        id (str):
        department (str):
        period (str):
        status (str):
        items (list[SelfCheckItem]):
        summary (str):
        created_by (str):
        created_at (datetime.datetime):
        submitted_at (datetime.datetime | None):
        acknowledged_by (None | str):
        acknowledged_at (datetime.datetime | None):
        version (int):
        allowed_actions (list[str] | Unset):
        open_actions (int | Unset): Corrective actions not done yet Default: 0.
        closed_by (None | str | Unset):
        closed_at (datetime.datetime | None | Unset):
    """

    id: str
    department: str
    period: str
    status: str
    items: list[SelfCheckItem]
    summary: str
    created_by: str
    created_at: datetime.datetime
    submitted_at: datetime.datetime | None
    acknowledged_by: None | str
    acknowledged_at: datetime.datetime | None
    version: int
    allowed_actions: list[str] | Unset = UNSET
    open_actions: int | Unset = 0
    closed_by: None | str | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        department = self.department

        period = self.period

        status = self.status

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        summary = self.summary

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        acknowledged_by: None | str
        acknowledged_by = self.acknowledged_by

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        version = self.version

        allowed_actions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = self.allowed_actions

        open_actions = self.open_actions

        closed_by: None | str | Unset
        if isinstance(self.closed_by, Unset):
            closed_by = UNSET
        else:
            closed_by = self.closed_by

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "department": department,
                "period": period,
                "status": status,
                "items": items,
                "summary": summary,
                "created_by": created_by,
                "created_at": created_at,
                "submitted_at": submitted_at,
                "acknowledged_by": acknowledged_by,
                "acknowledged_at": acknowledged_at,
                "version": version,
            }
        )
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions
        if open_actions is not UNSET:
            field_dict["open_actions"] = open_actions
        if closed_by is not UNSET:
            field_dict["closed_by"] = closed_by
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.self_check_item import SelfCheckItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        department = d.pop("department")

        period = d.pop("period")

        status = d.pop("status")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SelfCheckItem.from_dict(items_item_data)

            items.append(items_item)

        summary = d.pop("summary")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        def _parse_acknowledged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by"))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions", UNSET))

        open_actions = d.pop("open_actions", UNSET)

        def _parse_closed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_by = _parse_closed_by(d.pop("closed_by", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        self_check_read = cls(
            id=id,
            department=department,
            period=period,
            status=status,
            items=items,
            summary=summary,
            created_by=created_by,
            created_at=created_at,
            submitted_at=submitted_at,
            acknowledged_by=acknowledged_by,
            acknowledged_at=acknowledged_at,
            version=version,
            allowed_actions=allowed_actions,
            open_actions=open_actions,
            closed_by=closed_by,
            closed_at=closed_at,
        )

        self_check_read.additional_properties = d
        return self_check_read

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
