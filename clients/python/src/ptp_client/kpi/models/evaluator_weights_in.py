from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorWeightsIn")


@_attrs_define
class EvaluatorWeightsIn:
    """Shares of the qualitative score per kind of evaluator (each 0 or more); they add up to 1.

    Named apart from the responses' ``EvaluatorWeights`` (decimal strings), so the OpenAPI has two
    distinct names instead of ``EvaluatorWeights-Input``/``-Output`` (which client generators turn
    into one duplicate class).

        Attributes:
            supervisor (float | str | Unset):  Default: 0.5.
            peer (float | str | Unset):  Default: 0.3.
            customer (float | str | Unset): Weight of the customer part, derived from crm events (never typed by staff)
                Default: 0.2.
    """

    supervisor: float | str | Unset = 0.5
    peer: float | str | Unset = 0.3
    customer: float | str | Unset = 0.2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supervisor: float | str | Unset
        if isinstance(self.supervisor, Unset):
            supervisor = UNSET
        else:
            supervisor = self.supervisor

        peer: float | str | Unset
        if isinstance(self.peer, Unset):
            peer = UNSET
        else:
            peer = self.peer

        customer: float | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        else:
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

        def _parse_supervisor(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        supervisor = _parse_supervisor(d.pop("supervisor", UNSET))

        def _parse_peer(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        peer = _parse_peer(d.pop("peer", UNSET))

        def _parse_customer(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        evaluator_weights_in = cls(
            supervisor=supervisor,
            peer=peer,
            customer=customer,
        )

        evaluator_weights_in.additional_properties = d
        return evaluator_weights_in

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
