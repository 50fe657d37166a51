from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_read import MoneyRead
    from ..models.solution_step import SolutionStep


T = TypeVar("T", bound="SolutionRead")


@_attrs_define
class SolutionRead:
    """
    Attributes:
        id (str):
        opportunity_id (str):
        customer_id (str):
        number (int): Version of the proposal: 1, 2, ...
        previous_id (None | str):
        title (str):
        scope (str):
        advantages (str):
        implementation_steps (list[SolutionStep]):
        expected_effect (str):
        price_estimate (MoneyRead):
        status (str):
        allowed_actions (list[str]):
        authors (list[str]):
        tech_contributors (list[str]): tech_support users who wrote or edited this solution; presenting needs at least
            one
        presented_at (datetime.datetime | None):
        presented_by (None | str):
        client_questions (None | str):
        decided_at (datetime.datetime | None):
        decision_note (None | str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    opportunity_id: str
    customer_id: str
    number: int
    previous_id: None | str
    title: str
    scope: str
    advantages: str
    implementation_steps: list[SolutionStep]
    expected_effect: str
    price_estimate: MoneyRead
    status: str
    allowed_actions: list[str]
    authors: list[str]
    tech_contributors: list[str]
    presented_at: datetime.datetime | None
    presented_by: None | str
    client_questions: None | str
    decided_at: datetime.datetime | None
    decision_note: None | str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        opportunity_id = self.opportunity_id

        customer_id = self.customer_id

        number = self.number

        previous_id: None | str
        previous_id = self.previous_id

        title = self.title

        scope = self.scope

        advantages = self.advantages

        implementation_steps = []
        for implementation_steps_item_data in self.implementation_steps:
            implementation_steps_item = implementation_steps_item_data.to_dict()
            implementation_steps.append(implementation_steps_item)

        expected_effect = self.expected_effect

        price_estimate = self.price_estimate.to_dict()

        status = self.status

        allowed_actions = self.allowed_actions

        authors = self.authors

        tech_contributors = self.tech_contributors

        presented_at: None | str
        if isinstance(self.presented_at, datetime.datetime):
            presented_at = self.presented_at.isoformat()
        else:
            presented_at = self.presented_at

        presented_by: None | str
        presented_by = self.presented_by

        client_questions: None | str
        client_questions = self.client_questions

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_note: None | str
        decision_note = self.decision_note

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "opportunity_id": opportunity_id,
                "customer_id": customer_id,
                "number": number,
                "previous_id": previous_id,
                "title": title,
                "scope": scope,
                "advantages": advantages,
                "implementation_steps": implementation_steps,
                "expected_effect": expected_effect,
                "price_estimate": price_estimate,
                "status": status,
                "allowed_actions": allowed_actions,
                "authors": authors,
                "tech_contributors": tech_contributors,
                "presented_at": presented_at,
                "presented_by": presented_by,
                "client_questions": client_questions,
                "decided_at": decided_at,
                "decision_note": decision_note,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_read import MoneyRead  # noqa: PLC0415
        from ..models.solution_step import SolutionStep  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        opportunity_id = d.pop("opportunity_id")

        customer_id = d.pop("customer_id")

        number = d.pop("number")

        def _parse_previous_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_id = _parse_previous_id(d.pop("previous_id"))

        title = d.pop("title")

        scope = d.pop("scope")

        advantages = d.pop("advantages")

        implementation_steps = []
        _implementation_steps = d.pop("implementation_steps")
        for implementation_steps_item_data in _implementation_steps:
            implementation_steps_item = SolutionStep.from_dict(implementation_steps_item_data)

            implementation_steps.append(implementation_steps_item)

        expected_effect = d.pop("expected_effect")

        price_estimate = MoneyRead.from_dict(d.pop("price_estimate"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        authors = cast(list[str], d.pop("authors"))

        tech_contributors = cast(list[str], d.pop("tech_contributors"))

        def _parse_presented_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                presented_at_type_0 = datetime.datetime.fromisoformat(data)

                return presented_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        presented_at = _parse_presented_at(d.pop("presented_at"))

        def _parse_presented_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        presented_by = _parse_presented_by(d.pop("presented_by"))

        def _parse_client_questions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_questions = _parse_client_questions(d.pop("client_questions"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_note = _parse_decision_note(d.pop("decision_note"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        solution_read = cls(
            id=id,
            opportunity_id=opportunity_id,
            customer_id=customer_id,
            number=number,
            previous_id=previous_id,
            title=title,
            scope=scope,
            advantages=advantages,
            implementation_steps=implementation_steps,
            expected_effect=expected_effect,
            price_estimate=price_estimate,
            status=status,
            allowed_actions=allowed_actions,
            authors=authors,
            tech_contributors=tech_contributors,
            presented_at=presented_at,
            presented_by=presented_by,
            client_questions=client_questions,
            decided_at=decided_at,
            decision_note=decision_note,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
        )

        solution_read.additional_properties = d
        return solution_read

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
