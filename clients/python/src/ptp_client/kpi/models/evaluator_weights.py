from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorWeights")


@_attrs_define
class EvaluatorWeights:
    """Shares of the qualitative score per kind of evaluator; they add up to 1.

    Attributes:
        supervisor (str | Unset):  Default: '0.5'.
        peer (str | Unset):  Default: '0.3'.
        customer (str | Unset): Weight of the customer part, derived from crm events (never typed by staff) Default:
            '0.2'.
    """

    supervisor: str | Unset = "0.5"
    peer: str | Unset = "0.3"
    customer: str | Unset = "0.2"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supervisor = self.supervisor

        peer = self.peer

        customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supervisor is not UNSET:
            field_dict["supervisor"] = supervisor
        if peer is not UNSET:
            field_dict["peer"] = peer
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supervisor = d.pop("supervisor", UNSET)

        peer = d.pop("peer", UNSET)

        customer = d.pop("customer", UNSET)

        evaluator_weights = cls(
            supervisor=supervisor,
            peer=peer,
            customer=customer,
        )

        evaluator_weights.additional_properties = d
        return evaluator_weights

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
