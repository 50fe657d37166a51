from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_read_kind import ResponseReadKind
from ..models.response_read_status import ResponseReadStatus

T = TypeVar("T", bound="ResponseRead")


@_attrs_define
class ResponseRead:
    """
    Attributes:
        id (str):
        risk_id (str):
        kind (ResponseReadKind):
        action (str):
        owner (str):
        due_date (datetime.date | None):
        review_date (datetime.date | None):
        status (ResponseReadStatus):
        approval_reason (None | str): Set on an accept of a risk that was not low
        approved_by (None | str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
        allowed_actions (list[str]):
    """

    id: str
    risk_id: str
    kind: ResponseReadKind
    action: str
    owner: str
    due_date: datetime.date | None
    review_date: datetime.date | None
    status: ResponseReadStatus
    approval_reason: None | str
    approved_by: None | str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    allowed_actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        risk_id = self.risk_id

        kind = self.kind.value

        action = self.action

        owner = self.owner

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        review_date: None | str
        if isinstance(self.review_date, datetime.date):
            review_date = self.review_date.isoformat()
        else:
            review_date = self.review_date

        status = self.status.value

        approval_reason: None | str
        approval_reason = self.approval_reason

        approved_by: None | str
        approved_by = self.approved_by

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        allowed_actions = self.allowed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "risk_id": risk_id,
                "kind": kind,
                "action": action,
                "owner": owner,
                "due_date": due_date,
                "review_date": review_date,
                "status": status,
                "approval_reason": approval_reason,
                "approved_by": approved_by,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
                "allowed_actions": allowed_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        risk_id = d.pop("risk_id")

        kind = ResponseReadKind(d.pop("kind"))

        action = d.pop("action")

        owner = d.pop("owner")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_review_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_date_type_0 = datetime.date.fromisoformat(data)

                return review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        review_date = _parse_review_date(d.pop("review_date"))

        status = ResponseReadStatus(d.pop("status"))

        def _parse_approval_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_reason = _parse_approval_reason(d.pop("approval_reason"))

        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        response_read = cls(
            id=id,
            risk_id=risk_id,
            kind=kind,
            action=action,
            owner=owner,
            due_date=due_date,
            review_date=review_date,
            status=status,
            approval_reason=approval_reason,
            approved_by=approved_by,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
            allowed_actions=allowed_actions,
        )

        response_read.additional_properties = d
        return response_read

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
