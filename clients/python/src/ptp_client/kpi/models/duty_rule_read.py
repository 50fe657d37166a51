from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duty_rule_read_kind import DutyRuleReadKind

T = TypeVar("T", bound="DutyRuleRead")


@_attrs_define
class DutyRuleRead:
    """
    Attributes:
        kind (DutyRuleReadKind):
        description (str):
        configured (bool):
        period (str):
        owner_role (None | str):
        owner_person (None | str):
        grace_days (int):
        due_soon_days (int):
        active (bool):
        effective_from (datetime.datetime | None):
        updated_by (None | str):
        version (int | None):
    """

    kind: DutyRuleReadKind
    description: str
    configured: bool
    period: str
    owner_role: None | str
    owner_person: None | str
    grace_days: int
    due_soon_days: int
    active: bool
    effective_from: datetime.datetime | None
    updated_by: None | str
    version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        description = self.description

        configured = self.configured

        period = self.period

        owner_role: None | str
        owner_role = self.owner_role

        owner_person: None | str
        owner_person = self.owner_person

        grace_days = self.grace_days

        due_soon_days = self.due_soon_days

        active = self.active

        effective_from: None | str
        if isinstance(self.effective_from, datetime.datetime):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        updated_by: None | str
        updated_by = self.updated_by

        version: int | None
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "description": description,
                "configured": configured,
                "period": period,
                "owner_role": owner_role,
                "owner_person": owner_person,
                "grace_days": grace_days,
                "due_soon_days": due_soon_days,
                "active": active,
                "effective_from": effective_from,
                "updated_by": updated_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DutyRuleReadKind(d.pop("kind"))

        description = d.pop("description")

        configured = d.pop("configured")

        period = d.pop("period")

        def _parse_owner_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_role = _parse_owner_role(d.pop("owner_role"))

        def _parse_owner_person(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_person = _parse_owner_person(d.pop("owner_person"))

        grace_days = d.pop("grace_days")

        due_soon_days = d.pop("due_soon_days")

        active = d.pop("active")

        def _parse_effective_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.datetime.fromisoformat(data)

                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        effective_from = _parse_effective_from(d.pop("effective_from"))

        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        duty_rule_read = cls(
            kind=kind,
            description=description,
            configured=configured,
            period=period,
            owner_role=owner_role,
            owner_person=owner_person,
            grace_days=grace_days,
            due_soon_days=due_soon_days,
            active=active,
            effective_from=effective_from,
            updated_by=updated_by,
            version=version,
        )

        duty_rule_read.additional_properties = d
        return duty_rule_read

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
