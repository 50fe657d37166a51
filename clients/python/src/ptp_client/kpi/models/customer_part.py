from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPart")


@_attrs_define
class CustomerPart:
    """The customer part of the qualitative score and the crm facts it rests on.

    Attributes:
        score (None | str): 0-100; None when no customer fact exists
        satisfaction_mean (None | str): Mean satisfaction (1-5) of feedback, survey answers and resolved complaints
        satisfaction_answers (int):
        complaints (int): Complaints answered (each once)
        complaints_within_deadline (int):
        rule (str | Unset): How the score is derived Default: "The customer part is never typed by staff: it is derived
            from crm events about the subject's customers in the period (the facts counted for the person, or for each
            member of the team). satisfaction part = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and
            survey answers) and crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints
            first answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score = mean of
            the parts that have facts. No facts: no customer score, and the customer weight is shared by the other kinds.".
    """

    score: None | str
    satisfaction_mean: None | str
    satisfaction_answers: int
    complaints: int
    complaints_within_deadline: int
    rule: str | Unset = (
        "The customer part is never typed by staff: it is derived from crm events about the subject's customers in the period (the facts counted for the person, or for each member of the team). satisfaction part = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first answered within their deadline (crm.complaint.responded within_deadline) * 100; customer score = mean of the parts that have facts. No facts: no customer score, and the customer weight is shared by the other kinds."
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score: None | str
        score = self.score

        satisfaction_mean: None | str
        satisfaction_mean = self.satisfaction_mean

        satisfaction_answers = self.satisfaction_answers

        complaints = self.complaints

        complaints_within_deadline = self.complaints_within_deadline

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "satisfaction_mean": satisfaction_mean,
                "satisfaction_answers": satisfaction_answers,
                "complaints": complaints,
                "complaints_within_deadline": complaints_within_deadline,
            }
        )
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score = _parse_score(d.pop("score"))

        def _parse_satisfaction_mean(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        satisfaction_mean = _parse_satisfaction_mean(d.pop("satisfaction_mean"))

        satisfaction_answers = d.pop("satisfaction_answers")

        complaints = d.pop("complaints")

        complaints_within_deadline = d.pop("complaints_within_deadline")

        rule = d.pop("rule", UNSET)

        customer_part = cls(
            score=score,
            satisfaction_mean=satisfaction_mean,
            satisfaction_answers=satisfaction_answers,
            complaints=complaints,
            complaints_within_deadline=complaints_within_deadline,
            rule=rule,
        )

        customer_part.additional_properties = d
        return customer_part

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
