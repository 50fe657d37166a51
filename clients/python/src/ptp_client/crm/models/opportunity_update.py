from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_in import MoneyIn


T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """
    Attributes:
        title (None | str | Unset):
        expected_revenue (MoneyIn | None | Unset):
        probability (int | None | Unset):
    """

    title: None | str | Unset = UNSET
    expected_revenue: MoneyIn | None | Unset = UNSET
    probability: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        expected_revenue: dict[str, Any] | None | Unset
        if isinstance(self.expected_revenue, Unset):
            expected_revenue = UNSET
        elif isinstance(self.expected_revenue, MoneyIn):
            expected_revenue = self.expected_revenue.to_dict()
        else:
            expected_revenue = self.expected_revenue

        probability: int | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if expected_revenue is not UNSET:
            field_dict["expected_revenue"] = expected_revenue
        if probability is not UNSET:
            field_dict["probability"] = probability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_expected_revenue(data: object) -> MoneyIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_revenue_type_0 = MoneyIn.from_dict(data)

                return expected_revenue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyIn | None | Unset, data)

        expected_revenue = _parse_expected_revenue(d.pop("expected_revenue", UNSET))

        def _parse_probability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probability = _parse_probability(d.pop("probability", UNSET))

        opportunity_update = cls(
            title=title,
            expected_revenue=expected_revenue,
            probability=probability,
        )

        opportunity_update.additional_properties = d
        return opportunity_update

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
