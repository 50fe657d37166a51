from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeadRead")


@_attrs_define
class LeadRead:
    """
    Attributes:
        id (str):
        company_name (str):
        contact_name (None | str):
        contact_email (None | str):
        contact_phone (None | str):
        channel (str):
        status (str):
        allowed_actions (list[str]):
        first_contact_notes (str):
        owner (str):
        customer_id (None | str):
        opportunity_id (None | str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    company_name: str
    contact_name: None | str
    contact_email: None | str
    contact_phone: None | str
    channel: str
    status: str
    allowed_actions: list[str]
    first_contact_notes: str
    owner: str
    customer_id: None | str
    opportunity_id: None | str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_name = self.company_name

        contact_name: None | str
        contact_name = self.contact_name

        contact_email: None | str
        contact_email = self.contact_email

        contact_phone: None | str
        contact_phone = self.contact_phone

        channel = self.channel

        status = self.status

        allowed_actions = self.allowed_actions

        first_contact_notes = self.first_contact_notes

        owner = self.owner

        customer_id: None | str
        customer_id = self.customer_id

        opportunity_id: None | str
        opportunity_id = self.opportunity_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "company_name": company_name,
                "contact_name": contact_name,
                "contact_email": contact_email,
                "contact_phone": contact_phone,
                "channel": channel,
                "status": status,
                "allowed_actions": allowed_actions,
                "first_contact_notes": first_contact_notes,
                "owner": owner,
                "customer_id": customer_id,
                "opportunity_id": opportunity_id,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        company_name = d.pop("company_name")

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))

        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))

        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))

        channel = d.pop("channel")

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        first_contact_notes = d.pop("first_contact_notes")

        owner = d.pop("owner")

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_opportunity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        lead_read = cls(
            id=id,
            company_name=company_name,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
            channel=channel,
            status=status,
            allowed_actions=allowed_actions,
            first_contact_notes=first_contact_notes,
            owner=owner,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
        )

        lead_read.additional_properties = d
        return lead_read

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
