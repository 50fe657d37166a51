from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_create_currency_type_0 import AllocationCreateCurrencyType0
from ..models.allocation_create_kind import AllocationCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationCreate")


@_attrs_define
class AllocationCreate:
    """
    Attributes:
        kind (AllocationCreateKind):
        period_start (datetime.date):
        period_end (datetime.date):
        member (None | str | Unset):
        role (None | str | Unset):
        description (str | Unset):  Default: ''.
        planned_hours (float | None | str | Unset):
        planned_amount (None | str | Unset):
        currency (AllocationCreateCurrencyType0 | None | Unset):
    """

    kind: AllocationCreateKind
    period_start: datetime.date
    period_end: datetime.date
    member: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    description: str | Unset = ""
    planned_hours: float | None | str | Unset = UNSET
    planned_amount: None | str | Unset = UNSET
    currency: AllocationCreateCurrencyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        member: None | str | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        else:
            member = self.member

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        description = self.description

        planned_hours: float | None | str | Unset
        if isinstance(self.planned_hours, Unset):
            planned_hours = UNSET
        else:
            planned_hours = self.planned_hours

        planned_amount: None | str | Unset
        if isinstance(self.planned_amount, Unset):
            planned_amount = UNSET
        else:
            planned_amount = self.planned_amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, AllocationCreateCurrencyType0):
            currency = self.currency.value
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "period_start": period_start,
                "period_end": period_end,
            }
        )
        if member is not UNSET:
            field_dict["member"] = member
        if role is not UNSET:
            field_dict["role"] = role
        if description is not UNSET:
            field_dict["description"] = description
        if planned_hours is not UNSET:
            field_dict["planned_hours"] = planned_hours
        if planned_amount is not UNSET:
            field_dict["planned_amount"] = planned_amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = AllocationCreateKind(d.pop("kind"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_member(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member = _parse_member(d.pop("member", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        description = d.pop("description", UNSET)

        def _parse_planned_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        planned_hours = _parse_planned_hours(d.pop("planned_hours", UNSET))

        def _parse_planned_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_amount = _parse_planned_amount(d.pop("planned_amount", UNSET))

        def _parse_currency(data: object) -> AllocationCreateCurrencyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = AllocationCreateCurrencyType0(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationCreateCurrencyType0 | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        allocation_create = cls(
            kind=kind,
            period_start=period_start,
            period_end=period_end,
            member=member,
            role=role,
            description=description,
            planned_hours=planned_hours,
            planned_amount=planned_amount,
            currency=currency,
        )

        allocation_create.additional_properties = d
        return allocation_create

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
