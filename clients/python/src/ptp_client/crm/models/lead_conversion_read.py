from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_read import CustomerRead
    from ..models.lead_read import LeadRead
    from ..models.opportunity_read import OpportunityRead


T = TypeVar("T", bound="LeadConversionRead")


@_attrs_define
class LeadConversionRead:
    """
    Attributes:
        lead (LeadRead):
        customer (CustomerRead):
        opportunity (OpportunityRead):
    """

    lead: LeadRead
    customer: CustomerRead
    opportunity: OpportunityRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead.to_dict()

        customer = self.customer.to_dict()

        opportunity = self.opportunity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead": lead,
                "customer": customer,
                "opportunity": opportunity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_read import CustomerRead  # noqa: PLC0415
        from ..models.lead_read import LeadRead  # noqa: PLC0415
        from ..models.opportunity_read import OpportunityRead  # noqa: PLC0415

        d = dict(src_dict)
        lead = LeadRead.from_dict(d.pop("lead"))

        customer = CustomerRead.from_dict(d.pop("customer"))

        opportunity = OpportunityRead.from_dict(d.pop("opportunity"))

        lead_conversion_read = cls(
            lead=lead,
            customer=customer,
            opportunity=opportunity,
        )

        lead_conversion_read.additional_properties = d
        return lead_conversion_read

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
