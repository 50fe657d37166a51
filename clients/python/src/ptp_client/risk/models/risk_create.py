from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.risk_create_kind import RiskCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskCreate")


@_attrs_define
class RiskCreate:
    """
    Attributes:
        kind (RiskCreateKind):
        title (str):
        description (str | Unset):  Default: ''.
        owner (None | str | Unset): Defaults to the caller
        customer_id (None | str | Unset):
        contract_id (None | str | Unset):
        project_id (None | str | Unset):
    """

    kind: RiskCreateKind
    title: str
    description: str | Unset = ""
    owner: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    contract_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        description = self.description

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RiskCreateKind(d.pop("kind"))

        title = d.pop("title")

        description = d.pop("description", UNSET)

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        risk_create = cls(
            kind=kind,
            title=title,
            description=description,
            owner=owner,
            customer_id=customer_id,
            contract_id=contract_id,
            project_id=project_id,
        )

        return risk_create
