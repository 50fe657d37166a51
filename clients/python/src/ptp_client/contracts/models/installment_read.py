from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trigger import Trigger

T = TypeVar("T", bound="InstallmentRead")


@_attrs_define
class InstallmentRead:
    """
    Attributes:
        id (str):
        position (int):
        label (str):
        amount (str):
        trigger (Trigger):
        milestone_id (None | str):
        due_date (datetime.date | None):
        status (str): scheduled | invoiced | paid | cancelled (never invoiced, the contract was terminated)
        paid (str):
        credited (str): Deducted by a settlement adjustment
    """

    id: str
    position: int
    label: str
    amount: str
    trigger: Trigger
    milestone_id: None | str
    due_date: datetime.date | None
    status: str
    paid: str
    credited: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        label = self.label

        amount = self.amount

        trigger = self.trigger.value

        milestone_id: None | str
        milestone_id = self.milestone_id

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        status = self.status

        paid = self.paid

        credited = self.credited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "label": label,
                "amount": amount,
                "trigger": trigger,
                "milestone_id": milestone_id,
                "due_date": due_date,
                "status": status,
                "paid": paid,
                "credited": credited,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        label = d.pop("label")

        amount = d.pop("amount")

        trigger = Trigger(d.pop("trigger"))

        def _parse_milestone_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id"))

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

        status = d.pop("status")

        paid = d.pop("paid")

        credited = d.pop("credited")

        installment_read = cls(
            id=id,
            position=position,
            label=label,
            amount=amount,
            trigger=trigger,
            milestone_id=milestone_id,
            due_date=due_date,
            status=status,
            paid=paid,
            credited=credited,
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
