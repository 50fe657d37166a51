from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationRead")


@_attrs_define
class EvaluationRead:
    """
    Attributes:
        id (str):
        evaluator (str):
        evaluator_kind (str):
        score (str):
        teamwork_score (None | str):
        comment (str):
        created_at (datetime.datetime):
    """

    id: str
    evaluator: str
    evaluator_kind: str
    score: str
    teamwork_score: None | str
    comment: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        evaluator = self.evaluator

        evaluator_kind = self.evaluator_kind

        score = self.score

        teamwork_score: None | str
        teamwork_score = self.teamwork_score

        comment = self.comment

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "evaluator": evaluator,
                "evaluator_kind": evaluator_kind,
                "score": score,
                "teamwork_score": teamwork_score,
                "comment": comment,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        evaluator = d.pop("evaluator")

        evaluator_kind = d.pop("evaluator_kind")

        score = d.pop("score")

        def _parse_teamwork_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        teamwork_score = _parse_teamwork_score(d.pop("teamwork_score"))

        comment = d.pop("comment")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        evaluation_read = cls(
            id=id,
            evaluator=evaluator,
            evaluator_kind=evaluator_kind,
            score=score,
            teamwork_score=teamwork_score,
            comment=comment,
            created_at=created_at,
        )

        evaluation_read.additional_properties = d
        return evaluation_read

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
