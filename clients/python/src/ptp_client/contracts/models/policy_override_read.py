from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyOverrideRead")


@_attrs_define
class PolicyOverrideRead:
    """
    Attributes:
        by (str):
        reason (str):
        at (datetime.datetime):
        policy (str): The policy overridden, e.g. require_prepayment:0.3
    """

    by: str
    reason: str
    at: datetime.datetime
    policy: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        reason = self.reason

        at = self.at.isoformat()

        policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by": by,
                "reason": reason,
                "at": at,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by = d.pop("by")

        reason = d.pop("reason")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        policy = d.pop("policy")

        policy_override_read = cls(
            by=by,
            reason=reason,
            at=at,
            policy=policy,
        )

        policy_override_read.additional_properties = d
        return policy_override_read

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
