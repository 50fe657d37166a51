from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_target_in_currency_type_0 import IndicatorTargetInCurrencyType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorTargetIn")


@_attrs_define
class IndicatorTargetIn:
    """
    Attributes:
        indicator (str): A name from GET /metrics/indicators
        target (float | str):
        weight (float | str): Share of the quantitative score; the indicators' weights add up to 1
        currency (IndicatorTargetInCurrencyType0 | None | Unset): Required for money indicators
    """

    indicator: str
    target: float | str
    weight: float | str
    currency: IndicatorTargetInCurrencyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        target: float | str
        target = self.target

        weight: float | str
        weight = self.weight

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, IndicatorTargetInCurrencyType0):
            currency = self.currency.value
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "target": target,
                "weight": weight,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        def _parse_target(data: object) -> float | str:
            return cast(float | str, data)

        target = _parse_target(d.pop("target"))

        def _parse_weight(data: object) -> float | str:
            return cast(float | str, data)

        weight = _parse_weight(d.pop("weight"))

        def _parse_currency(data: object) -> IndicatorTargetInCurrencyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = IndicatorTargetInCurrencyType0(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorTargetInCurrencyType0 | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        indicator_target_in = cls(
            indicator=indicator,
            target=target,
            weight=weight,
            currency=currency,
        )

        indicator_target_in.additional_properties = d
        return indicator_target_in

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
