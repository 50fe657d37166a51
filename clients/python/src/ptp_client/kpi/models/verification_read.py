from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_break_read import ChainBreakRead


T = TypeVar("T", bound="VerificationRead")


@_attrs_define
class VerificationRead:
    """
    Attributes:
        intact (bool):
        records_checked (int):
        first_broken (ChainBreakRead | None | Unset):
    """

    intact: bool
    records_checked: int
    first_broken: ChainBreakRead | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chain_break_read import ChainBreakRead  # noqa: PLC0415

        intact = self.intact

        records_checked = self.records_checked

        first_broken: dict[str, Any] | None | Unset
        if isinstance(self.first_broken, Unset):
            first_broken = UNSET
        elif isinstance(self.first_broken, ChainBreakRead):
            first_broken = self.first_broken.to_dict()
        else:
            first_broken = self.first_broken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intact": intact,
                "records_checked": records_checked,
            }
        )
        if first_broken is not UNSET:
            field_dict["first_broken"] = first_broken

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_break_read import ChainBreakRead  # noqa: PLC0415

        d = dict(src_dict)
        intact = d.pop("intact")

        records_checked = d.pop("records_checked")

        def _parse_first_broken(data: object) -> ChainBreakRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_broken_type_0 = ChainBreakRead.from_dict(data)

                return first_broken_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChainBreakRead | None | Unset, data)

        first_broken = _parse_first_broken(d.pop("first_broken", UNSET))

        verification_read = cls(
            intact=intact,
            records_checked=records_checked,
            first_broken=first_broken,
        )

        verification_read.additional_properties = d
        return verification_read

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
