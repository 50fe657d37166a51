from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndicatorResult")


@_attrs_define
class IndicatorResult:
    """
    Attributes:
        indicator (str):
        category (str):
        description (str):
        higher_is_better (bool):
        currency (None | str):
        target (str):
        weight (str):
        actual (None | str): None when there was nothing to measure
        score (str): 0-100 (attainment capped at 120%)
        facts_url (str): The facts (and their events) behind the actual
    """

    indicator: str
    category: str
    description: str
    higher_is_better: bool
    currency: None | str
    target: str
    weight: str
    actual: None | str
    score: str
    facts_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        category = self.category

        description = self.description

        higher_is_better = self.higher_is_better

        currency: None | str
        currency = self.currency

        target = self.target

        weight = self.weight

        actual: None | str
        actual = self.actual

        score = self.score

        facts_url = self.facts_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "category": category,
                "description": description,
                "higher_is_better": higher_is_better,
                "currency": currency,
                "target": target,
                "weight": weight,
                "actual": actual,
                "score": score,
                "facts_url": facts_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        category = d.pop("category")

        description = d.pop("description")

        higher_is_better = d.pop("higher_is_better")

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        target = d.pop("target")

        weight = d.pop("weight")

        def _parse_actual(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual = _parse_actual(d.pop("actual"))

        score = d.pop("score")

        facts_url = d.pop("facts_url")

        indicator_result = cls(
            indicator=indicator,
            category=category,
            description=description,
            higher_is_better=higher_is_better,
            currency=currency,
            target=target,
            weight=weight,
            actual=actual,
            score=score,
            facts_url=facts_url,
        )

        indicator_result.additional_properties = d
        return indicator_result

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
