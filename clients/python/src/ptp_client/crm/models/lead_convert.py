from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_convert_size_type_0 import LeadConvertSizeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_in import MoneyIn


T = TypeVar("T", bound="LeadConvert")


@_attrs_define
class LeadConvert:
    """Either name an existing customer, or give the facts of the new one (name defaults to the lead's).

    Attributes:
        opportunity_title (str):
        existing_customer_id (None | str | Unset):
        customer_name (None | str | Unset):
        registration_number (None | str | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        size (LeadConvertSizeType0 | None | Unset):
        expected_revenue (MoneyIn | None | Unset):
        probability (int | Unset): Chance of winning, percent Default: 10.
    """

    opportunity_title: str
    existing_customer_id: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    registration_number: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    size: LeadConvertSizeType0 | None | Unset = UNSET
    expected_revenue: MoneyIn | None | Unset = UNSET
    probability: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        opportunity_title = self.opportunity_title

        existing_customer_id: None | str | Unset
        if isinstance(self.existing_customer_id, Unset):
            existing_customer_id = UNSET
        else:
            existing_customer_id = self.existing_customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

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
        elif isinstance(self.size, LeadConvertSizeType0):
            size = self.size.value
        else:
            size = self.size

        expected_revenue: dict[str, Any] | None | Unset
        if isinstance(self.expected_revenue, Unset):
            expected_revenue = UNSET
        elif isinstance(self.expected_revenue, MoneyIn):
            expected_revenue = self.expected_revenue.to_dict()
        else:
            expected_revenue = self.expected_revenue

        probability = self.probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opportunity_title": opportunity_title,
            }
        )
        if existing_customer_id is not UNSET:
            field_dict["existing_customer_id"] = existing_customer_id
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if industry is not UNSET:
            field_dict["industry"] = industry
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if expected_revenue is not UNSET:
            field_dict["expected_revenue"] = expected_revenue
        if probability is not UNSET:
            field_dict["probability"] = probability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        d = dict(src_dict)
        opportunity_title = d.pop("opportunity_title")

        def _parse_existing_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existing_customer_id = _parse_existing_customer_id(d.pop("existing_customer_id", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

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

        def _parse_size(data: object) -> LeadConvertSizeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = LeadConvertSizeType0(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadConvertSizeType0 | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_expected_revenue(data: object) -> MoneyIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_revenue_type_0 = MoneyIn.from_dict(data)

                return expected_revenue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyIn | None | Unset, data)

        expected_revenue = _parse_expected_revenue(d.pop("expected_revenue", UNSET))

        probability = d.pop("probability", UNSET)

        lead_convert = cls(
            opportunity_title=opportunity_title,
            existing_customer_id=existing_customer_id,
            customer_name=customer_name,
            registration_number=registration_number,
            industry=industry,
            region=region,
            size=size,
            expected_revenue=expected_revenue,
            probability=probability,
        )

        lead_convert.additional_properties = d
        return lead_convert

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
