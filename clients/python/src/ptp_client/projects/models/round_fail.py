from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rectification_assignment import RectificationAssignment


T = TypeVar("T", bound="RoundFail")


@_attrs_define
class RoundFail:
    """How the failed criteria are to be rectified; unassigned ones go to the project manager.

    Attributes:
        rectification (list[RectificationAssignment] | Unset):
    """

    rectification: list[RectificationAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rectification: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rectification, Unset):
            rectification = []
            for rectification_item_data in self.rectification:
                rectification_item = rectification_item_data.to_dict()
                rectification.append(rectification_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rectification is not UNSET:
            field_dict["rectification"] = rectification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rectification_assignment import RectificationAssignment  # noqa: PLC0415

        d = dict(src_dict)
        _rectification = d.pop("rectification", UNSET)
        rectification: list[RectificationAssignment] | Unset = UNSET
        if _rectification is not UNSET:
            rectification = []
            for rectification_item_data in _rectification:
                rectification_item = RectificationAssignment.from_dict(rectification_item_data)

                rectification.append(rectification_item)

        round_fail = cls(
            rectification=rectification,
        )

        round_fail.additional_properties = d
        return round_fail

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
