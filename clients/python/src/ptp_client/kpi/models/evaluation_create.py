from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_create_evaluator_kind import EvaluationCreateEvaluatorKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationCreate")


@_attrs_define
class EvaluationCreate:
    """
    Attributes:
        evaluator_kind (EvaluationCreateEvaluatorKind): supervisor: a manager, or the project manager who supervises the
            person or leads their team; peer: a member of the evaluated person's team (persons only, never oneself). There
            is no customer kind: The customer part is never typed by staff: it is derived from crm events about the
            subject's customers in the period (the facts counted for the person, or for each member of the team).
            satisfaction part = (mean satisfaction 1-5 of crm.feedback.received scores (feedback and survey answers) and
            crm.complaint.resolved satisfaction - 1) / 4 * 100; complaint part = share of complaints first answered within
            their deadline (crm.complaint.responded within_deadline) * 100; customer score = mean of the parts that have
            facts. No facts: no customer score, and the customer weight is shared by the other kinds.
        score (float | str):
        teamwork_score (float | None | str | Unset): Cooperation and information sharing
        comment (str | Unset):  Default: ''.
    """

    evaluator_kind: EvaluationCreateEvaluatorKind
    score: float | str
    teamwork_score: float | None | str | Unset = UNSET
    comment: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluator_kind = self.evaluator_kind.value

        score: float | str
        score = self.score

        teamwork_score: float | None | str | Unset
        if isinstance(self.teamwork_score, Unset):
            teamwork_score = UNSET
        else:
            teamwork_score = self.teamwork_score

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluator_kind": evaluator_kind,
                "score": score,
            }
        )
        if teamwork_score is not UNSET:
            field_dict["teamwork_score"] = teamwork_score
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evaluator_kind = EvaluationCreateEvaluatorKind(d.pop("evaluator_kind"))

        def _parse_score(data: object) -> float | str:
            return cast(float | str, data)

        score = _parse_score(d.pop("score"))

        def _parse_teamwork_score(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        teamwork_score = _parse_teamwork_score(d.pop("teamwork_score", UNSET))

        comment = d.pop("comment", UNSET)

        evaluation_create = cls(
            evaluator_kind=evaluator_kind,
            score=score,
            teamwork_score=teamwork_score,
            comment=comment,
        )

        evaluation_create.additional_properties = d
        return evaluation_create

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
