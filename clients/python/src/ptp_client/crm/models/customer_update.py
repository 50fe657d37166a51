from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_update_size_type_0 import CustomerUpdateSizeType0
from ..models.customer_update_status import CustomerUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate:
    """Only the fields sent are changed.

    Attributes:
        name (str | Unset):
        registration_number (None | str | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        size (CustomerUpdateSizeType0 | None | Unset):
        status (CustomerUpdateStatus | Unset):
        owner (str | Unset):
    """

    name: str | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    size: CustomerUpdateSizeType0 | None | Unset = UNSET
    status: CustomerUpdateStatus | Unset = UNSET
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        registration_number: None | str | Unset
        if isinstance(self.registration_number, Unset):
            registration_number = UNSET
        else:
            registration_number = self.registration_number

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, CustomerUpdateSizeType0):
            size = self.size.value
        else:
            size = self.size

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if industry is not UNSET:
            field_dict["industry"] = industry
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_number = _parse_registration_number(d.pop("registration_number", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_size(data: object) -> CustomerUpdateSizeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = CustomerUpdateSizeType0(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerUpdateSizeType0 | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        _status = d.pop("status", UNSET)
        status: CustomerUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerUpdateStatus(_status)

        owner = d.pop("owner", UNSET)

        customer_update = cls(
            name=name,
            registration_number=registration_number,
            industry=industry,
            region=region,
            size=size,
            status=status,
            owner=owner,
        )

        customer_update.additional_properties = d
        return customer_update

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
