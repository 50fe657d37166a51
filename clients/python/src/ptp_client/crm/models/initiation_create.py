from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_in import MoneyIn


T = TypeVar("T", bound="InitiationCreate")


@_attrs_define
class InitiationCreate:
    """
    Attributes:
        opportunity_id (str):
        background (str):
        content (str):
        expected_revenue (MoneyIn):
        research_report_ids (list[str]): The market research report(s) the request rests on: reports about this
            opportunity or general ones (POST /research-reports). At least one.
        target_customer (None | str | Unset): Defaults to the customer's name
    """

    opportunity_id: str
    background: str
    content: str
    expected_revenue: MoneyIn
    research_report_ids: list[str]
    target_customer: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opportunity_id = self.opportunity_id

        background = self.background

        content = self.content

        expected_revenue = self.expected_revenue.to_dict()

        research_report_ids = self.research_report_ids

        target_customer: None | str | Unset
        if isinstance(self.target_customer, Unset):
            target_customer = UNSET
        else:
            target_customer = self.target_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "opportunity_id": opportunity_id,
                "background": background,
                "content": content,
                "expected_revenue": expected_revenue,
                "research_report_ids": research_report_ids,
            }
        )
        if target_customer is not UNSET:
            field_dict["target_customer"] = target_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_in import MoneyIn  # noqa: PLC0415

        d = dict(src_dict)
        opportunity_id = d.pop("opportunity_id")

        background = d.pop("background")

        content = d.pop("content")

        expected_revenue = MoneyIn.from_dict(d.pop("expected_revenue"))

        research_report_ids = cast(list[str], d.pop("research_report_ids"))

        def _parse_target_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_customer = _parse_target_customer(d.pop("target_customer", UNSET))

        initiation_create = cls(
            opportunity_id=opportunity_id,
            background=background,
            content=content,
            expected_revenue=expected_revenue,
            research_report_ids=research_report_ids,
            target_customer=target_customer,
        )

        initiation_create.additional_properties = d
        return initiation_create

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
