from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side

T = TypeVar("T", bound="SignatureRead")


@_attrs_define
class SignatureRead:
    """
    Attributes:
        side (Side):
        signer_name (str):
        signer_title (str):
        signer_identity (str):
        signed_at (datetime.datetime):
        recorded_by (str): The account that signed, or that recorded the client's signature
        authority (None | str): business_specialist | manager (company side); client_representative (the customer's own
            account) | recorded_evidence (recorded by staff from the signed document) (client side)
        document_reference (None | str): The signed document (recorded signatures)
        seal_reference (None | str): The seal on it (recorded signatures)
    """

    side: Side
    signer_name: str
    signer_title: str
    signer_identity: str
    signed_at: datetime.datetime
    recorded_by: str
    authority: None | str
    document_reference: None | str
    seal_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side.value

        signer_name = self.signer_name

        signer_title = self.signer_title

        signer_identity = self.signer_identity

        signed_at = self.signed_at.isoformat()

        recorded_by = self.recorded_by

        authority: None | str
        authority = self.authority

        document_reference: None | str
        document_reference = self.document_reference

        seal_reference: None | str
        seal_reference = self.seal_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "signer_identity": signer_identity,
                "signed_at": signed_at,
                "recorded_by": recorded_by,
                "authority": authority,
                "document_reference": document_reference,
                "seal_reference": seal_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = Side(d.pop("side"))

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        signer_identity = d.pop("signer_identity")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))

        recorded_by = d.pop("recorded_by")

        def _parse_authority(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        authority = _parse_authority(d.pop("authority"))

        def _parse_document_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_reference = _parse_document_reference(d.pop("document_reference"))

        def _parse_seal_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        seal_reference = _parse_seal_reference(d.pop("seal_reference"))

        signature_read = cls(
            side=side,
            signer_name=signer_name,
            signer_title=signer_title,
            signer_identity=signer_identity,
            signed_at=signed_at,
            recorded_by=recorded_by,
            authority=authority,
            document_reference=document_reference,
            seal_reference=seal_reference,
        )

        signature_read.additional_properties = d
        return signature_read

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
