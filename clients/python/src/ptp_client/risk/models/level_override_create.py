from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.level_override_create_level import LevelOverrideCreateLevel

T = TypeVar("T", bound="LevelOverrideCreate")


@_attrs_define
class LevelOverrideCreate:
    """
    Attributes:
        method (Literal['override']):
        level (LevelOverrideCreateLevel):
        reason (str): Why the rule's level is overridden
    """

    method: Literal["override"]
    level: LevelOverrideCreateLevel
    reason: str

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        level = self.level.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "level": level,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["override"], d.pop("method"))
        if method != "override":
            raise ValueError(f"method must match const 'override', got '{method}'")

        level = LevelOverrideCreateLevel(d.pop("level"))

        reason = d.pop("reason")

        level_override_create = cls(
            method=method,
            level=level,
            reason=reason,
        )

        return level_override_create
