from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_create_kind import AuditCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditCreate")


@_attrs_define
class AuditCreate:
    """
    Attributes:
        title (str):
        kind (AuditCreateKind): Process compliance, financial truthfulness or control effectiveness
        scope (str):
        planned_start (datetime.date):
        planned_end (datetime.date):
        department (None | str | Unset): The department audited: completing the audit fulfils its internal-audit duty
    """

    title: str
    kind: AuditCreateKind
    scope: str
    planned_start: datetime.date
    planned_end: datetime.date
    department: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        scope = self.scope

        planned_start = self.planned_start.isoformat()

        planned_end = self.planned_end.isoformat()

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "kind": kind,
                "scope": scope,
                "planned_start": planned_start,
                "planned_end": planned_end,
            }
        )
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        kind = AuditCreateKind(d.pop("kind"))

        scope = d.pop("scope")

        planned_start = datetime.date.fromisoformat(d.pop("planned_start"))

        planned_end = datetime.date.fromisoformat(d.pop("planned_end"))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        audit_create = cls(
            title=title,
            kind=kind,
            scope=scope,
            planned_start=planned_start,
            planned_end=planned_end,
            department=department,
        )

        audit_create.additional_properties = d
        return audit_create

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
