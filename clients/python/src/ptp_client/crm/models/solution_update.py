from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_in import MoneyIn
    from ..models.step_in import StepIn


T = TypeVar("T", bound="SolutionUpdate")


@_attrs_define
class SolutionUpdate:
    """Edit a draft; only the fields sent change. The editor joins the authors.

    Attributes:
        title (None | str | Unset):
        scope (None | str | Unset):
        advantages (None | str | Unset):
        implementation_steps (list[StepIn] | None | Unset):
        expected_effect (None | str | Unset):
        price_estimate (MoneyIn | None | Unset):
    """

    title: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    advantages: None | str | Unset = UNSET
    implementation_steps: list[StepIn] | None | Unset = UNSET
    expected_effect: None | str | Unset = UNSET
    price_estimate: MoneyIn | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        advantages: None | str | Unset
        if isinstance(self.advantages, Unset):
            advantages = UNSET
        else:
            advantages = self.advantages

        implementation_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.implementation_steps, Unset):
            implementation_steps = UNSET
        elif isinstance(self.implementation_steps, list):
            implementation_steps = []
            for implementation_steps_type_0_item_data in self.implementation_steps:
                implementation_steps_type_0_item = implementation_steps_type_0_item_data.to_dict()
                implementation_steps.append(implementation_steps_type_0_item)

        else:
            implementation_steps = self.implementation_steps

        expected_effect: None | str | Unset
        if isinstance(self.expected_effect, Unset):
            expected_effect = UNSET
        else:
            expected_effect = self.expected_effect

        price_estimate: dict[str, Any] | None | Unset
        if isinstance(self.price_estimate, Unset):
            price_estimate = UNSET
        elif isinstance(self.price_estimate, MoneyIn):
            price_estimate = self.price_estimate.to_dict()
        else:
            price_estimate = self.price_estimate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if scope is not UNSET:
            field_dict["scope"] = scope
        if advantages is not UNSET:
            field_dict["advantages"] = advantages
        if implementation_steps is not UNSET:
            field_dict["implementation_steps"] = implementation_steps
        if expected_effect is not UNSET:
            field_dict["expected_effect"] = expected_effect
        if price_estimate is not UNSET:
            field_dict["price_estimate"] = price_estimate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_in import MoneyIn  # noqa: PLC0415
        from ..models.step_in import StepIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_advantages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advantages = _parse_advantages(d.pop("advantages", UNSET))

        def _parse_implementation_steps(data: object) -> list[StepIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                implementation_steps_type_0 = []
                _implementation_steps_type_0 = data
                for implementation_steps_type_0_item_data in _implementation_steps_type_0:
                    implementation_steps_type_0_item = StepIn.from_dict(implementation_steps_type_0_item_data)

                    implementation_steps_type_0.append(implementation_steps_type_0_item)

                return implementation_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepIn] | None | Unset, data)

        implementation_steps = _parse_implementation_steps(d.pop("implementation_steps", UNSET))

        def _parse_expected_effect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_effect = _parse_expected_effect(d.pop("expected_effect", UNSET))

        def _parse_price_estimate(data: object) -> MoneyIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_estimate_type_0 = MoneyIn.from_dict(data)

                return price_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyIn | None | Unset, data)

        price_estimate = _parse_price_estimate(d.pop("price_estimate", UNSET))

        solution_update = cls(
            title=title,
            scope=scope,
            advantages=advantages,
            implementation_steps=implementation_steps,
            expected_effect=expected_effect,
            price_estimate=price_estimate,
        )

        solution_update.additional_properties = d
        return solution_update

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
