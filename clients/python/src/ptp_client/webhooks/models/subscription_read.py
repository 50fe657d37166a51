from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_read_disabled_reason_type_0 import SubscriptionReadDisabledReasonType0
from ..models.subscription_read_status import SubscriptionReadStatus

T = TypeVar("T", bound="SubscriptionRead")


@_attrs_define
class SubscriptionRead:
    """
    Attributes:
        id (str):
        url (str):
        event_types (list[str]):
        customer_id (None | str):
        description (str):
        status (SubscriptionReadStatus):
        disabled_reason (None | SubscriptionReadDisabledReasonType0):
        failing_since (datetime.datetime | None): First failure since the last success
        previous_secret_valid_until (datetime.datetime | None): While set, the previous secret signs too (rotation
            overlap)
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
    """

    id: str
    url: str
    event_types: list[str]
    customer_id: None | str
    description: str
    status: SubscriptionReadStatus
    disabled_reason: None | SubscriptionReadDisabledReasonType0
    failing_since: datetime.datetime | None
    previous_secret_valid_until: datetime.datetime | None
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        event_types = self.event_types

        customer_id: None | str
        customer_id = self.customer_id

        description = self.description

        status = self.status.value

        disabled_reason: None | str
        if isinstance(self.disabled_reason, SubscriptionReadDisabledReasonType0):
            disabled_reason = self.disabled_reason.value
        else:
            disabled_reason = self.disabled_reason

        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        previous_secret_valid_until: None | str
        if isinstance(self.previous_secret_valid_until, datetime.datetime):
            previous_secret_valid_until = self.previous_secret_valid_until.isoformat()
        else:
            previous_secret_valid_until = self.previous_secret_valid_until

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "event_types": event_types,
                "customer_id": customer_id,
                "description": description,
                "status": status,
                "disabled_reason": disabled_reason,
                "failing_since": failing_since,
                "previous_secret_valid_until": previous_secret_valid_until,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types"))

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        description = d.pop("description")

        status = SubscriptionReadStatus(d.pop("status"))

        def _parse_disabled_reason(data: object) -> None | SubscriptionReadDisabledReasonType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_reason_type_0 = SubscriptionReadDisabledReasonType0(data)

                return disabled_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionReadDisabledReasonType0, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)

                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))

        def _parse_previous_secret_valid_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secret_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secret_valid_until = _parse_previous_secret_valid_until(d.pop("previous_secret_valid_until"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        subscription_read = cls(
            id=id,
            url=url,
            event_types=event_types,
            customer_id=customer_id,
            description=description,
            status=status,
            disabled_reason=disabled_reason,
            failing_since=failing_since,
            previous_secret_valid_until=previous_secret_valid_until,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
        )

        subscription_read.additional_properties = d
        return subscription_read

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
