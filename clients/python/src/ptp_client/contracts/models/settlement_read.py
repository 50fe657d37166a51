from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.settlement_line import SettlementLine
    from ..models.settlement_read_acceptance_results_item import SettlementReadAcceptanceResultsItem


T = TypeVar("T", bound="SettlementRead")


@_attrs_define
class SettlementRead:
    """
    Attributes:
        id (str):
        contract_id (str):
        project_id (None | str):
        kind (str): acceptance (opened by projects.project.accepted) | termination (opened by a manager for a terminated
            contract)
        reason (None | str): Why a manager opened a termination settlement
        status (str):
        allowed_actions (list[str]): What may happen next: the path segments to POST to on this settlement (`POST
            /settlements/{settlement_id}/<segment>`)
        currency (str):
        amount (str): Contract amount
        adjustments (str): Deduction agreed from the acceptance result (zero or negative), credited on paying
        adjustment_note (str):
        paid_to_date (str):
        outstanding (str): The contract's outstanding: the sum of the lines
        due (str): outstanding + adjustments: what paying the settlement pays (0 once paid)
        lines (list[SettlementLine]): Per installment: amount, paid, credited, outstanding
        acceptance_results (list[SettlementReadAcceptanceResultsItem]):
        accepted_at (datetime.datetime | None):
        opened_at (datetime.datetime):
        opened_by (str):
        submitted_by (None | str):
        decided_by (None | str):
        rejection_reason (None | str):
        paid_at (datetime.datetime | None):
        paid_by (None | str):
        version (int):
    """

    id: str
    contract_id: str
    project_id: None | str
    kind: str
    reason: None | str
    status: str
    allowed_actions: list[str]
    currency: str
    amount: str
    adjustments: str
    adjustment_note: str
    paid_to_date: str
    outstanding: str
    due: str
    lines: list[SettlementLine]
    acceptance_results: list[SettlementReadAcceptanceResultsItem]
    accepted_at: datetime.datetime | None
    opened_at: datetime.datetime
    opened_by: str
    submitted_by: None | str
    decided_by: None | str
    rejection_reason: None | str
    paid_at: datetime.datetime | None
    paid_by: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        project_id: None | str
        project_id = self.project_id

        kind = self.kind

        reason: None | str
        reason = self.reason

        status = self.status

        allowed_actions = self.allowed_actions

        currency = self.currency

        amount = self.amount

        adjustments = self.adjustments

        adjustment_note = self.adjustment_note

        paid_to_date = self.paid_to_date

        outstanding = self.outstanding

        due = self.due

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        acceptance_results = []
        for acceptance_results_item_data in self.acceptance_results:
            acceptance_results_item = acceptance_results_item_data.to_dict()
            acceptance_results.append(acceptance_results_item)

        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        opened_at = self.opened_at.isoformat()

        opened_by = self.opened_by

        submitted_by: None | str
        submitted_by = self.submitted_by

        decided_by: None | str
        decided_by = self.decided_by

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        paid_at: None | str
        if isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        paid_by: None | str
        paid_by = self.paid_by

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contract_id": contract_id,
                "project_id": project_id,
                "kind": kind,
                "reason": reason,
                "status": status,
                "allowed_actions": allowed_actions,
                "currency": currency,
                "amount": amount,
                "adjustments": adjustments,
                "adjustment_note": adjustment_note,
                "paid_to_date": paid_to_date,
                "outstanding": outstanding,
                "due": due,
                "lines": lines,
                "acceptance_results": acceptance_results,
                "accepted_at": accepted_at,
                "opened_at": opened_at,
                "opened_by": opened_by,
                "submitted_by": submitted_by,
                "decided_by": decided_by,
                "rejection_reason": rejection_reason,
                "paid_at": paid_at,
                "paid_by": paid_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_line import SettlementLine  # noqa: PLC0415
        from ..models.settlement_read_acceptance_results_item import SettlementReadAcceptanceResultsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contract_id")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        kind = d.pop("kind")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        currency = d.pop("currency")

        amount = d.pop("amount")

        adjustments = d.pop("adjustments")

        adjustment_note = d.pop("adjustment_note")

        paid_to_date = d.pop("paid_to_date")

        outstanding = d.pop("outstanding")

        due = d.pop("due")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SettlementLine.from_dict(lines_item_data)

            lines.append(lines_item)

        acceptance_results = []
        _acceptance_results = d.pop("acceptance_results")
        for acceptance_results_item_data in _acceptance_results:
            acceptance_results_item = SettlementReadAcceptanceResultsItem.from_dict(
                acceptance_results_item_data
            )

            acceptance_results.append(acceptance_results_item)

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

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        opened_by = d.pop("opened_by")

        def _parse_submitted_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_by = _parse_submitted_by(d.pop("submitted_by"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_paid_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data)

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paid_at = _parse_paid_at(d.pop("paid_at"))

        def _parse_paid_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paid_by = _parse_paid_by(d.pop("paid_by"))

        version = d.pop("version")

        settlement_read = cls(
            id=id,
            contract_id=contract_id,
            project_id=project_id,
            kind=kind,
            reason=reason,
            status=status,
            allowed_actions=allowed_actions,
            currency=currency,
            amount=amount,
            adjustments=adjustments,
            adjustment_note=adjustment_note,
            paid_to_date=paid_to_date,
            outstanding=outstanding,
            due=due,
            lines=lines,
            acceptance_results=acceptance_results,
            accepted_at=accepted_at,
            opened_at=opened_at,
            opened_by=opened_by,
            submitted_by=submitted_by,
            decided_by=decided_by,
            rejection_reason=rejection_reason,
            paid_at=paid_at,
            paid_by=paid_by,
            version=version,
        )

        settlement_read.additional_properties = d
        return settlement_read

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
