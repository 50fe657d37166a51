from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_create_channel import LeadCreateChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadCreate")


@_attrs_define
class LeadCreate:
    """
    Attributes:
        company_name (str):
        channel (LeadCreateChannel): Where the lead came from (a KPI dimension)
        contact_name (None | str | Unset):
        contact_email (None | str | Unset):
        contact_phone (None | str | Unset):
        first_contact_notes (str | Unset):  Default: ''.
    """

    company_name: str
    channel: LeadCreateChannel
    contact_name: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    first_contact_notes: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        channel = self.channel.value

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        first_contact_notes = self.first_contact_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_name": company_name,
                "channel": channel,
            }
        )
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if first_contact_notes is not UNSET:
            field_dict["first_contact_notes"] = first_contact_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_name = d.pop("company_name")

        channel = LeadCreateChannel(d.pop("channel"))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))

        first_contact_notes = d.pop("first_contact_notes", UNSET)

        lead_create = cls(
            company_name=company_name,
            channel=channel,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
            first_contact_notes=first_contact_notes,
        )

        lead_create.additional_properties = d
        return lead_create

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
