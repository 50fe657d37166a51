from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignRequest")


@_attrs_define
class SignRequest:
    """A signature by one side's authorised representative.

    The company side is signed by its authorised signer's own account (a business_specialist or a
    manager; from domain.signing.MANAGER_SIGNS_FROM on, a manager). The client side is signed by the
    customer's own `client_representative` account (its token's `customer_id` is the contract's
    customer), or recorded by a business_specialist or manager from the signed document: then
    `document_reference` and `seal_reference` are required besides the signer's name and capacity
    (`signer_title`).

        Attributes:
            side (Side):
            signer_name (str):
            signer_title (str): The capacity they sign in
            signer_identity (str): Who signed, e.g. ID document or account
            document_reference (None | str | Unset): The signed document (required when staff record the client's signature)
            seal_reference (None | str | Unset): The client's seal on it (required when staff record the client's signature)
    """

    side: Side
    signer_name: str
    signer_title: str
    signer_identity: str
    document_reference: None | str | Unset = UNSET
    seal_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side.value

        signer_name = self.signer_name

        signer_title = self.signer_title

        signer_identity = self.signer_identity

        document_reference: None | str | Unset
        if isinstance(self.document_reference, Unset):
            document_reference = UNSET
        else:
            document_reference = self.document_reference

        seal_reference: None | str | Unset
        if isinstance(self.seal_reference, Unset):
            seal_reference = UNSET
        else:
            seal_reference = self.seal_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "signer_name": signer_name,
                "signer_title": signer_title,
                "signer_identity": signer_identity,
            }
        )
        if document_reference is not UNSET:
            field_dict["document_reference"] = document_reference
        if seal_reference is not UNSET:
            field_dict["seal_reference"] = seal_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = Side(d.pop("side"))

        signer_name = d.pop("signer_name")

        signer_title = d.pop("signer_title")

        signer_identity = d.pop("signer_identity")

        def _parse_document_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_reference = _parse_document_reference(d.pop("document_reference", UNSET))

        def _parse_seal_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seal_reference = _parse_seal_reference(d.pop("seal_reference", UNSET))

        sign_request = cls(
            side=side,
            signer_name=signer_name,
            signer_title=signer_title,
            signer_identity=signer_identity,
            document_reference=document_reference,
            seal_reference=seal_reference,
        )

        sign_request.additional_properties = d
        return sign_request

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
