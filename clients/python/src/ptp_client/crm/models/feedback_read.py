from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FeedbackRead")


@_attrs_define
class FeedbackRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        score (int):
        category (str):
        comment (str):
        project_id (None | str):
        survey_id (None | str):
        received_at (datetime.datetime):
        created_at (datetime.datetime):
        created_by (str):
        status (str): Where its handling loop is: received .. closed (GET /feedback/{id})
    """

    id: str
    customer_id: str
    score: int
    category: str
    comment: str
    project_id: None | str
    survey_id: None | str
    received_at: datetime.datetime
    created_at: datetime.datetime
    created_by: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        score = self.score

        category = self.category

        comment = self.comment

        project_id: None | str
        project_id = self.project_id

        survey_id: None | str
        survey_id = self.survey_id

        received_at = self.received_at.isoformat()

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "score": score,
                "category": category,
                "comment": comment,
                "project_id": project_id,
                "survey_id": survey_id,
                "received_at": received_at,
                "created_at": created_at,
                "created_by": created_by,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        score = d.pop("score")

        category = d.pop("category")

        comment = d.pop("comment")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_survey_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        survey_id = _parse_survey_id(d.pop("survey_id"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        status = d.pop("status")

        feedback_read = cls(
            id=id,
            customer_id=customer_id,
            score=score,
            category=category,
            comment=comment,
            project_id=project_id,
            survey_id=survey_id,
            received_at=received_at,
            created_at=created_at,
            created_by=created_by,
            status=status,
        )

        feedback_read.additional_properties = d
        return feedback_read

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
