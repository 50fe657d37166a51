from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_create_kind import ResponseCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCreate")


@_attrs_define
class ResponseCreate:
    """
    Attributes:
        kind (ResponseCreateKind):
        action (str):
        owner (None | str | Unset): Defaults to the caller
        due_date (datetime.date | None | Unset):
        review_date (datetime.date | None | Unset):
        approval_reason (None | str | Unset): Accepting a risk that is not low: the approving manager's reason (the
            caller must hold the manager role)
    """

    kind: ResponseCreateKind
    action: str
    owner: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    review_date: datetime.date | None | Unset = UNSET
    approval_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        action = self.action

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        elif isinstance(self.review_date, datetime.date):
            review_date = self.review_date.isoformat()
        else:
            review_date = self.review_date

        approval_reason: None | str | Unset
        if isinstance(self.approval_reason, Unset):
            approval_reason = UNSET
        else:
            approval_reason = self.approval_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "action": action,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if review_date is not UNSET:
            field_dict["review_date"] = review_date
        if approval_reason is not UNSET:
            field_dict["approval_reason"] = approval_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ResponseCreateKind(d.pop("kind"))

        action = d.pop("action")

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_review_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_date_type_0 = datetime.date.fromisoformat(data)

                return review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        review_date = _parse_review_date(d.pop("review_date", UNSET))

        def _parse_approval_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_reason = _parse_approval_reason(d.pop("approval_reason", UNSET))

        response_create = cls(
            kind=kind,
            action=action,
            owner=owner,
            due_date=due_date,
            review_date=review_date,
            approval_reason=approval_reason,
        )

        return response_create
