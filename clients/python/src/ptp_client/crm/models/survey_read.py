from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_read_kind import SurveyReadKind

T = TypeVar("T", bound="SurveyRead")


@_attrs_define
class SurveyRead:
    """
    Attributes:
        id (str):
        kind (SurveyReadKind): After a project's acceptance, or after a complaint's resolution
        customer_id (str):
        project_id (None | str):
        complaint_id (None | str):
        contract_id (None | str):
        status (str):
        allowed_actions (list[str]):
        opened_at (datetime.datetime):
        feedback_id (None | str):
        answered_at (datetime.datetime | None):
        version (int):
    """

    id: str
    kind: SurveyReadKind
    customer_id: str
    project_id: None | str
    complaint_id: None | str
    contract_id: None | str
    status: str
    allowed_actions: list[str]
    opened_at: datetime.datetime
    feedback_id: None | str
    answered_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        customer_id = self.customer_id

        project_id: None | str
        project_id = self.project_id

        complaint_id: None | str
        complaint_id = self.complaint_id

        contract_id: None | str
        contract_id = self.contract_id

        status = self.status

        allowed_actions = self.allowed_actions

        opened_at = self.opened_at.isoformat()

        feedback_id: None | str
        feedback_id = self.feedback_id

        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "customer_id": customer_id,
                "project_id": project_id,
                "complaint_id": complaint_id,
                "contract_id": contract_id,
                "status": status,
                "allowed_actions": allowed_actions,
                "opened_at": opened_at,
                "feedback_id": feedback_id,
                "answered_at": answered_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = SurveyReadKind(d.pop("kind"))

        customer_id = d.pop("customer_id")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_complaint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id"))

        def _parse_contract_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_id = _parse_contract_id(d.pop("contract_id"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        def _parse_feedback_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feedback_id = _parse_feedback_id(d.pop("feedback_id"))

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        version = d.pop("version")

        survey_read = cls(
            id=id,
            kind=kind,
            customer_id=customer_id,
            project_id=project_id,
            complaint_id=complaint_id,
            contract_id=contract_id,
            status=status,
            allowed_actions=allowed_actions,
            opened_at=opened_at,
            feedback_id=feedback_id,
            answered_at=answered_at,
            version=version,
        )

        survey_read.additional_properties = d
        return survey_read

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
