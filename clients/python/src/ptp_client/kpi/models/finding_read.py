from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FindingRead")


@_attrs_define
class FindingRead:
    """
    Attributes:
        id (str):
        audit_id (str):
        title (str):
        description (str):
        severity (str):
        linked_record (None | str):
        owner (str):
        due_date (datetime.date):
        status (str):
        rectification (None | str):
        created_by (str):
        created_at (datetime.datetime):
        closed_by (None | str):
        closed_at (datetime.datetime | None):
        version (int):
        allowed_actions (list[str] | Unset):
    """

    id: str
    audit_id: str
    title: str
    description: str
    severity: str
    linked_record: None | str
    owner: str
    due_date: datetime.date
    status: str
    rectification: None | str
    created_by: str
    created_at: datetime.datetime
    closed_by: None | str
    closed_at: datetime.datetime | None
    version: int
    allowed_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        audit_id = self.audit_id

        title = self.title

        description = self.description

        severity = self.severity

        linked_record: None | str
        linked_record = self.linked_record

        owner = self.owner

        due_date = self.due_date.isoformat()

        status = self.status

        rectification: None | str
        rectification = self.rectification

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        closed_by: None | str
        closed_by = self.closed_by

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        version = self.version

        allowed_actions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = self.allowed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "audit_id": audit_id,
                "title": title,
                "description": description,
                "severity": severity,
                "linked_record": linked_record,
                "owner": owner,
                "due_date": due_date,
                "status": status,
                "rectification": rectification,
                "created_by": created_by,
                "created_at": created_at,
                "closed_by": closed_by,
                "closed_at": closed_at,
                "version": version,
            }
        )
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        audit_id = d.pop("audit_id")

        title = d.pop("title")

        description = d.pop("description")

        severity = d.pop("severity")

        def _parse_linked_record(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        linked_record = _parse_linked_record(d.pop("linked_record"))

        owner = d.pop("owner")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        status = d.pop("status")

        def _parse_rectification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rectification = _parse_rectification(d.pop("rectification"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_closed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by = _parse_closed_by(d.pop("closed_by"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions", UNSET))

        finding_read = cls(
            id=id,
            audit_id=audit_id,
            title=title,
            description=description,
            severity=severity,
            linked_record=linked_record,
            owner=owner,
            due_date=due_date,
            status=status,
            rectification=rectification,
            created_by=created_by,
            created_at=created_at,
            closed_by=closed_by,
            closed_at=closed_at,
            version=version,
            allowed_actions=allowed_actions,
        )

        finding_read.additional_properties = d
        return finding_read

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
