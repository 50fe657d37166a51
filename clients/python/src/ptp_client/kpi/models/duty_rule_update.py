from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.duty_rule_update_period import DutyRuleUpdatePeriod
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="DutyRuleUpdate")


@_attrs_define
class DutyRuleUpdate:
    """
    Attributes:
        period (DutyRuleUpdatePeriod):
        grace_days (int):
        owner_role (None | Role | Unset): The role the duty falls to
        owner_person (None | str | Unset): A person it falls to (when the subject names nobody: departments, projects
            without a manager)
        due_soon_days (int | Unset):  Default: 7.
        active (bool | Unset):  Default: True.
    """

    period: DutyRuleUpdatePeriod
    grace_days: int
    owner_role: None | Role | Unset = UNSET
    owner_person: None | str | Unset = UNSET
    due_soon_days: int | Unset = 7
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        period = self.period.value

        grace_days = self.grace_days

        owner_role: None | str | Unset
        if isinstance(self.owner_role, Unset):
            owner_role = UNSET
        elif isinstance(self.owner_role, Role):
            owner_role = self.owner_role.value
        else:
            owner_role = self.owner_role

        owner_person: None | str | Unset
        if isinstance(self.owner_person, Unset):
            owner_person = UNSET
        else:
            owner_person = self.owner_person

        due_soon_days = self.due_soon_days

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "grace_days": grace_days,
            }
        )
        if owner_role is not UNSET:
            field_dict["owner_role"] = owner_role
        if owner_person is not UNSET:
            field_dict["owner_person"] = owner_person
        if due_soon_days is not UNSET:
            field_dict["due_soon_days"] = due_soon_days
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = DutyRuleUpdatePeriod(d.pop("period"))

        grace_days = d.pop("grace_days")

        def _parse_owner_role(data: object) -> None | Role | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_role_type_0 = Role(data)

                return owner_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Role | Unset, data)

        owner_role = _parse_owner_role(d.pop("owner_role", UNSET))

        def _parse_owner_person(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_person = _parse_owner_person(d.pop("owner_person", UNSET))

        due_soon_days = d.pop("due_soon_days", UNSET)

        active = d.pop("active", UNSET)

        duty_rule_update = cls(
            period=period,
            grace_days=grace_days,
            owner_role=owner_role,
            owner_person=owner_person,
            due_soon_days=due_soon_days,
            active=active,
        )

        return duty_rule_update
