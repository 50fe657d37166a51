from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutboxStatus")


@_attrs_define
class OutboxStatus:
    """
    Attributes:
        service (str):
        unsent (int):
        oldest_unsent_age_seconds (float | None):
        parked (int):
    """

    service: str
    unsent: int
    oldest_unsent_age_seconds: float | None
    parked: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        unsent = self.unsent

        oldest_unsent_age_seconds: float | None
        oldest_unsent_age_seconds = self.oldest_unsent_age_seconds

        parked = self.parked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "unsent": unsent,
                "oldest_unsent_age_seconds": oldest_unsent_age_seconds,
                "parked": parked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = d.pop("service")

        unsent = d.pop("unsent")

        def _parse_oldest_unsent_age_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        oldest_unsent_age_seconds = _parse_oldest_unsent_age_seconds(d.pop("oldest_unsent_age_seconds"))

        parked = d.pop("parked")

        outbox_status = cls(
            service=service,
            unsent=unsent,
            oldest_unsent_age_seconds=oldest_unsent_age_seconds,
            parked=parked,
        )

        outbox_status.additional_properties = d
        return outbox_status

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
