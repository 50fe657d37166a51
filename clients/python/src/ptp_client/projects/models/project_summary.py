from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_summary_status import ProjectSummaryStatus

T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """
    Attributes:
        id (str):
        contract_id (str):
        customer_id (str):
        customer_name (None | str):
        name (str):
        owner (str):
        manager (None | str):
        status (ProjectSummaryStatus):
        delayed (bool):
        contract_total (str):
        currency (str):
        effective_date (datetime.date):
        baselined_at (datetime.datetime | None):
        accepted_at (datetime.datetime | None):
        created_at (datetime.datetime):
        version (int):
    """

    id: str
    contract_id: str
    customer_id: str
    customer_name: None | str
    name: str
    owner: str
    manager: None | str
    status: ProjectSummaryStatus
    delayed: bool
    contract_total: str
    currency: str
    effective_date: datetime.date
    baselined_at: datetime.datetime | None
    accepted_at: datetime.datetime | None
    created_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        name = self.name

        owner = self.owner

        manager: None | str
        manager = self.manager

        status = self.status.value

        delayed = self.delayed

        contract_total = self.contract_total

        currency = self.currency

        effective_date = self.effective_date.isoformat()

        baselined_at: None | str
        if isinstance(self.baselined_at, datetime.datetime):
            baselined_at = self.baselined_at.isoformat()
        else:
            baselined_at = self.baselined_at

        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        created_at = self.created_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contract_id": contract_id,
                "customer_id": customer_id,
                "customer_name": customer_name,
                "name": name,
                "owner": owner,
                "manager": manager,
                "status": status,
                "delayed": delayed,
                "contract_total": contract_total,
                "currency": currency,
                "effective_date": effective_date,
                "baselined_at": baselined_at,
                "accepted_at": accepted_at,
                "created_at": created_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contract_id")

        customer_id = d.pop("customer_id")

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customer_name"))

        name = d.pop("name")

        owner = d.pop("owner")

        def _parse_manager(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        manager = _parse_manager(d.pop("manager"))

        status = ProjectSummaryStatus(d.pop("status"))

        delayed = d.pop("delayed")

        contract_total = d.pop("contract_total")

        currency = d.pop("currency")

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        def _parse_baselined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baselined_at_type_0 = datetime.datetime.fromisoformat(data)

                return baselined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        baselined_at = _parse_baselined_at(d.pop("baselined_at"))

        def _parse_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        version = d.pop("version")

        project_summary = cls(
            id=id,
            contract_id=contract_id,
            customer_id=customer_id,
            customer_name=customer_name,
            name=name,
            owner=owner,
            manager=manager,
            status=status,
            delayed=delayed,
            contract_total=contract_total,
            currency=currency,
            effective_date=effective_date,
            baselined_at=baselined_at,
            accepted_at=accepted_at,
            created_at=created_at,
            version=version,
        )

        project_summary.additional_properties = d
        return project_summary

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
