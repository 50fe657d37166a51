from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndicatorValue")


@_attrs_define
class IndicatorValue:
    """
    Attributes:
        indicator (str):
        period (str):
        scope (str):
        scope_id (None | str):
        currency (None | str):
        value (None | str): None when there is nothing to average or divide
        facts (int): How many facts the value is made of
    """

    indicator: str
    period: str
    scope: str
    scope_id: None | str
    currency: None | str
    value: None | str
    facts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        period = self.period

        scope = self.scope

        scope_id: None | str
        scope_id = self.scope_id

        currency: None | str
        currency = self.currency

        value: None | str
        value = self.value

        facts = self.facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "period": period,
                "scope": scope,
                "scope_id": scope_id,
                "currency": currency,
                "value": value,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        period = d.pop("period")

        scope = d.pop("scope")

        def _parse_scope_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scope_id = _parse_scope_id(d.pop("scope_id"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        facts = d.pop("facts")

        indicator_value = cls(
            indicator=indicator,
            period=period,
            scope=scope,
            scope_id=scope_id,
            currency=currency,
            value=value,
            facts=facts,
        )

        indicator_value.additional_properties = d
        return indicator_value

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
