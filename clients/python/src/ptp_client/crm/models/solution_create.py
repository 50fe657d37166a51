from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_in import MoneyIn
    from ..models.step_in import StepIn


T = TypeVar("T", bound="SolutionCreate")


@_attrs_define
class SolutionCreate:
    """
    Attributes:
        opportunity_id (str):
        title (str):
        scope (str):
        price_estimate (MoneyIn):
        advantages (str | Unset):  Default: ''.
        implementation_steps (list[StepIn] | Unset):
        expected_effect (str | Unset):  Default: ''.
        co_authors (list[str] | Unset): Tech support co-authors
    """

    opportunity_id: str
    title: str
    scope: str
    price_estimate: MoneyIn
    advantages: str | Unset = ""
    implementation_steps: list[StepIn] | Unset = UNSET
    expected_effect: str | Unset = ""
    co_authors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opportunity_id = self.opportunity_id

        title = self.title

        scope = self.scope

        price_estimate = self.price_estimate.to_dict()

        advantages = self.advantages

        implementation_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.implementation_steps, Unset):
            implementation_steps = []
            for implementation_steps_item_data in self.implementation_steps:
                implementation_steps_item = implementation_steps_item_data.to_dict()
                implementation_steps.append(implementation_steps_item)

        expected_effect = self.expected_effect

        co_authors: list[str] | Unset = UNSET
        if not isinstance(self.co_authors, Unset):
            co_authors = self.co_authors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opportunity_id": opportunity_id,
                "title": title,
                "scope": scope,
                "price_estimate": price_estimate,
            }
        )
        if advantages is not UNSET:
            field_dict["advantages"] = advantages
        if implementation_steps is not UNSET:
            field_dict["implementation_steps"] = implementation_steps
        if expected_effect is not UNSET:
            field_dict["expected_effect"] = expected_effect
        if co_authors is not UNSET:
            field_dict["co_authors"] = co_authors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_in import MoneyIn  # noqa: PLC0415
        from ..models.step_in import StepIn  # noqa: PLC0415

        d = dict(src_dict)
        opportunity_id = d.pop("opportunity_id")

        title = d.pop("title")

        scope = d.pop("scope")

        price_estimate = MoneyIn.from_dict(d.pop("price_estimate"))

        advantages = d.pop("advantages", UNSET)

        _implementation_steps = d.pop("implementation_steps", UNSET)
        implementation_steps: list[StepIn] | Unset = UNSET
        if _implementation_steps is not UNSET:
            implementation_steps = []
            for implementation_steps_item_data in _implementation_steps:
                implementation_steps_item = StepIn.from_dict(implementation_steps_item_data)

                implementation_steps.append(implementation_steps_item)

        expected_effect = d.pop("expected_effect", UNSET)

        co_authors = cast(list[str], d.pop("co_authors", UNSET))

        solution_create = cls(
            opportunity_id=opportunity_id,
            title=title,
            scope=scope,
            price_estimate=price_estimate,
            advantages=advantages,
            implementation_steps=implementation_steps,
            expected_effect=expected_effect,
            co_authors=co_authors,
        )

        solution_create.additional_properties = d
        return solution_create

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
