from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.self_check_item_result import SelfCheckItemResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.corrective_action import CorrectiveAction


T = TypeVar("T", bound="SelfCheckItem")


@_attrs_define
class SelfCheckItem:
    """
    Attributes:
        item (str):
        result (SelfCheckItemResult):
        notes (str | Unset):  Default: ''.
        corrective_action (CorrectiveAction | None | Unset):
    """

    item: str
    result: SelfCheckItemResult
    notes: str | Unset = ""
    corrective_action: CorrectiveAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.corrective_action import CorrectiveAction  # noqa: PLC0415

        item = self.item

        result = self.result.value

        notes = self.notes

        corrective_action: dict[str, Any] | None | Unset
        if isinstance(self.corrective_action, Unset):
            corrective_action = UNSET
        elif isinstance(self.corrective_action, CorrectiveAction):
            corrective_action = self.corrective_action.to_dict()
        else:
            corrective_action = self.corrective_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "result": result,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if corrective_action is not UNSET:
            field_dict["corrective_action"] = corrective_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corrective_action import CorrectiveAction  # noqa: PLC0415

        d = dict(src_dict)
        item = d.pop("item")

        result = SelfCheckItemResult(d.pop("result"))

        notes = d.pop("notes", UNSET)

        def _parse_corrective_action(data: object) -> CorrectiveAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                corrective_action_type_0 = CorrectiveAction.from_dict(data)

                return corrective_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorrectiveAction | None | Unset, data)

        corrective_action = _parse_corrective_action(d.pop("corrective_action", UNSET))

        self_check_item = cls(
            item=item,
            result=result,
            notes=notes,
            corrective_action=corrective_action,
        )

        self_check_item.additional_properties = d
        return self_check_item

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
