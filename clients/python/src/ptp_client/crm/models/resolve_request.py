from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resolve_request_communicated_via import ResolveRequestCommunicatedVia
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolveRequest")


@_attrs_define
class ResolveRequest:
    """
    Attributes:
        cause (str): Cause found by the analysis (required: 422 without)
        resolution (str):
        communicated_via (ResolveRequestCommunicatedVia): How the result was told to the client
        satisfaction (int | None | Unset):
    """

    cause: str
    resolution: str
    communicated_via: ResolveRequestCommunicatedVia
    satisfaction: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        resolution = self.resolution

        communicated_via = self.communicated_via.value

        satisfaction: int | None | Unset
        if isinstance(self.satisfaction, Unset):
            satisfaction = UNSET
        else:
            satisfaction = self.satisfaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cause": cause,
                "resolution": resolution,
                "communicated_via": communicated_via,
            }
        )
        if satisfaction is not UNSET:
            field_dict["satisfaction"] = satisfaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        resolution = d.pop("resolution")

        communicated_via = ResolveRequestCommunicatedVia(d.pop("communicated_via"))

        def _parse_satisfaction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction", UNSET))

        resolve_request = cls(
            cause=cause,
            resolution=resolution,
            communicated_via=communicated_via,
            satisfaction=satisfaction,
        )

        resolve_request.additional_properties = d
        return resolve_request

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
