from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_flag_read import RiskFlagRead


T = TypeVar("T", bound="CustomerRead")


@_attrs_define
class CustomerRead:
    """
    Attributes:
        id (str):
        name (str):
        registration_number (None | str):
        industry (None | str):
        region (None | str):
        size (None | str):
        status (str):
        owner (str):
        channel (None | str): Channel of the lead the customer came from
        lead_id (None | str):
        risk (None | RiskFlagRead): Credit risk as last reported by the risk service
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    name: str
    registration_number: None | str
    industry: None | str
    region: None | str
    size: None | str
    status: str
    owner: str
    channel: None | str
    lead_id: None | str
    risk: None | RiskFlagRead
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_flag_read import RiskFlagRead  # noqa: PLC0415

        id = self.id

        name = self.name

        registration_number: None | str
        registration_number = self.registration_number

        industry: None | str
        industry = self.industry

        region: None | str
        region = self.region

        size: None | str
        size = self.size

        status = self.status

        owner = self.owner

        channel: None | str
        channel = self.channel

        lead_id: None | str
        lead_id = self.lead_id

        risk: dict[str, Any] | None
        if isinstance(self.risk, RiskFlagRead):
            risk = self.risk.to_dict()
        else:
            risk = self.risk

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "registration_number": registration_number,
                "industry": industry,
                "region": region,
                "size": size,
                "status": status,
                "owner": owner,
                "channel": channel,
                "lead_id": lead_id,
                "risk": risk,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_flag_read import RiskFlagRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_registration_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registration_number = _parse_registration_number(d.pop("registration_number"))

        def _parse_industry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        industry = _parse_industry(d.pop("industry"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_size(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        size = _parse_size(d.pop("size"))

        status = d.pop("status")

        owner = d.pop("owner")

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        def _parse_risk(data: object) -> None | RiskFlagRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_type_0 = RiskFlagRead.from_dict(data)

                return risk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskFlagRead, data)

        risk = _parse_risk(d.pop("risk"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        customer_read = cls(
            id=id,
            name=name,
            registration_number=registration_number,
            industry=industry,
            region=region,
            size=size,
            status=status,
            owner=owner,
            channel=channel,
            lead_id=lead_id,
            risk=risk,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
        )

        customer_read.additional_properties = d
        return customer_read

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
