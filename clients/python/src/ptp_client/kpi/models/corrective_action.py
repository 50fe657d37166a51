from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.corrective_action_status import CorrectiveActionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrectiveAction")


@_attrs_define
class CorrectiveAction:
    """
    Attributes:
        action (str):
        owner (str):
        due_date (datetime.date):
        status (CorrectiveActionStatus | Unset):  Default: CorrectiveActionStatus.OPEN.
        outcome (None | str | Unset):
        done_by (None | str | Unset):
        done_at (datetime.datetime | None | Unset):
    """

    action: str
    owner: str
    due_date: datetime.date
    status: CorrectiveActionStatus | Unset = CorrectiveActionStatus.OPEN
    outcome: None | str | Unset = UNSET
    done_by: None | str | Unset = UNSET
    done_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        owner = self.owner

        due_date = self.due_date.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        done_by: None | str | Unset
        if isinstance(self.done_by, Unset):
            done_by = UNSET
        else:
            done_by = self.done_by

        done_at: None | str | Unset
        if isinstance(self.done_at, Unset):
            done_at = UNSET
        elif isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "owner": owner,
                "due_date": due_date,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if done_by is not UNSET:
            field_dict["done_by"] = done_by
        if done_at is not UNSET:
            field_dict["done_at"] = done_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        owner = d.pop("owner")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        _status = d.pop("status", UNSET)
        status: CorrectiveActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CorrectiveActionStatus(_status)

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_done_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        done_by = _parse_done_by(d.pop("done_by", UNSET))

        def _parse_done_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        done_at = _parse_done_at(d.pop("done_at", UNSET))

        corrective_action = cls(
            action=action,
            owner=owner,
            due_date=due_date,
            status=status,
            outcome=outcome,
            done_by=done_by,
            done_at=done_at,
        )

        corrective_action.additional_properties = d
        return corrective_action

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
