from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_read import MoneyRead


T = TypeVar("T", bound="OpportunityRead")


@_attrs_define
class OpportunityRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        lead_id (None | str):
        title (str):
        stage (str):
        allowed_actions (list[str]):
        expected_revenue (MoneyRead | None):
        probability (int):
        lost_reason (None | str):
        owner (str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    customer_id: str
    lead_id: None | str
    title: str
    stage: str
    allowed_actions: list[str]
    expected_revenue: MoneyRead | None
    probability: int
    lost_reason: None | str
    owner: str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_read import MoneyRead  # noqa: PLC0415

        id = self.id

        customer_id = self.customer_id

        lead_id: None | str
        lead_id = self.lead_id

        title = self.title

        stage = self.stage

        allowed_actions = self.allowed_actions

        expected_revenue: dict[str, Any] | None
        if isinstance(self.expected_revenue, MoneyRead):
            expected_revenue = self.expected_revenue.to_dict()
        else:
            expected_revenue = self.expected_revenue

        probability = self.probability

        lost_reason: None | str
        lost_reason = self.lost_reason

        owner = self.owner

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "lead_id": lead_id,
                "title": title,
                "stage": stage,
                "allowed_actions": allowed_actions,
                "expected_revenue": expected_revenue,
                "probability": probability,
                "lost_reason": lost_reason,
                "owner": owner,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_read import MoneyRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        def _parse_lead_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lead_id = _parse_lead_id(d.pop("lead_id"))

        title = d.pop("title")

        stage = d.pop("stage")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        def _parse_expected_revenue(data: object) -> MoneyRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_revenue_type_0 = MoneyRead.from_dict(data)

                return expected_revenue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyRead | None, data)

        expected_revenue = _parse_expected_revenue(d.pop("expected_revenue"))

        probability = d.pop("probability")

        def _parse_lost_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lost_reason = _parse_lost_reason(d.pop("lost_reason"))

        owner = d.pop("owner")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        opportunity_read = cls(
            id=id,
            customer_id=customer_id,
            lead_id=lead_id,
            title=title,
            stage=stage,
            allowed_actions=allowed_actions,
            expected_revenue=expected_revenue,
            probability=probability,
            lost_reason=lost_reason,
            owner=owner,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
        )

        opportunity_read.additional_properties = d
        return opportunity_read

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
