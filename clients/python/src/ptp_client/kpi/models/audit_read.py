from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRead")


@_attrs_define
class AuditRead:
    """
    Attributes:
        id (str):
        title (str):
        kind (str):
        scope (str):
        auditor (str):
        planned_start (datetime.date):
        planned_end (datetime.date):
        status (str):
        report (None | str):
        created_at (datetime.datetime):
        completed_at (datetime.datetime | None):
        version (int):
        department (None | str | Unset):
    """

    id: str
    title: str
    kind: str
    scope: str
    auditor: str
    planned_start: datetime.date
    planned_end: datetime.date
    status: str
    report: None | str
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    version: int
    department: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        kind = self.kind

        scope = self.scope

        auditor = self.auditor

        planned_start = self.planned_start.isoformat()

        planned_end = self.planned_end.isoformat()

        status = self.status

        report: None | str
        report = self.report

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        version = self.version

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "scope": scope,
                "auditor": auditor,
                "planned_start": planned_start,
                "planned_end": planned_end,
                "status": status,
                "report": report,
                "created_at": created_at,
                "completed_at": completed_at,
                "version": version,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        kind = d.pop("kind")

        scope = d.pop("scope")

        auditor = d.pop("auditor")

        planned_start = datetime.date.fromisoformat(d.pop("planned_start"))

        planned_end = datetime.date.fromisoformat(d.pop("planned_end"))

        status = d.pop("status")

        def _parse_report(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        report = _parse_report(d.pop("report"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        version = d.pop("version")

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        audit_read = cls(
            id=id,
            title=title,
            kind=kind,
            scope=scope,
            auditor=auditor,
            planned_start=planned_start,
            planned_end=planned_end,
            status=status,
            report=report,
            created_at=created_at,
            completed_at=completed_at,
            version=version,
            department=department,
        )

        audit_read.additional_properties = d
        return audit_read

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
