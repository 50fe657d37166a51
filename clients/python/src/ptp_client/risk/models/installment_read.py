from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_amount import MoneyAmount


T = TypeVar("T", bound="InstallmentRead")


@_attrs_define
class InstallmentRead:
    """
    Attributes:
        installment_id (str):
        contract_id (str):
        due_date (datetime.date | None):
        overdue_amount (MoneyAmount): An amount of money: exact decimal plus ISO 4217 currency.
        days_overdue (int):
        last_overdue_notice_at (datetime.datetime | None):
        last_payment_at (datetime.datetime | None):
    """

    installment_id: str
    contract_id: str
    due_date: datetime.date | None
    overdue_amount: MoneyAmount
    days_overdue: int
    last_overdue_notice_at: datetime.datetime | None
    last_payment_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installment_id = self.installment_id

        contract_id = self.contract_id

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue_amount = self.overdue_amount.to_dict()

        days_overdue = self.days_overdue

        last_overdue_notice_at: None | str
        if isinstance(self.last_overdue_notice_at, datetime.datetime):
            last_overdue_notice_at = self.last_overdue_notice_at.isoformat()
        else:
            last_overdue_notice_at = self.last_overdue_notice_at

        last_payment_at: None | str
        if isinstance(self.last_payment_at, datetime.datetime):
            last_payment_at = self.last_payment_at.isoformat()
        else:
            last_payment_at = self.last_payment_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installment_id": installment_id,
                "contract_id": contract_id,
                "due_date": due_date,
                "overdue_amount": overdue_amount,
                "days_overdue": days_overdue,
                "last_overdue_notice_at": last_overdue_notice_at,
                "last_payment_at": last_payment_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_amount import MoneyAmount  # noqa: PLC0415

        d = dict(src_dict)
        installment_id = d.pop("installment_id")

        contract_id = d.pop("contract_id")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        overdue_amount = MoneyAmount.from_dict(d.pop("overdue_amount"))

        days_overdue = d.pop("days_overdue")

        def _parse_last_overdue_notice_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_overdue_notice_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_overdue_notice_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_overdue_notice_at = _parse_last_overdue_notice_at(d.pop("last_overdue_notice_at"))

        def _parse_last_payment_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_payment_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_payment_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_payment_at = _parse_last_payment_at(d.pop("last_payment_at"))

        installment_read = cls(
            installment_id=installment_id,
            contract_id=contract_id,
            due_date=due_date,
            overdue_amount=overdue_amount,
            days_overdue=days_overdue,
            last_overdue_notice_at=last_overdue_notice_at,
            last_payment_at=last_payment_at,
        )

        installment_read.additional_properties = d
        return installment_read

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
