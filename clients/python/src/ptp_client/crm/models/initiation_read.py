from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_read import EvaluationRead
    from ..models.money_read import MoneyRead


T = TypeVar("T", bound="InitiationRead")


@_attrs_define
class InitiationRead:
    """
    Attributes:
        id (str):
        opportunity_id (str):
        customer_id (str):
        background (str):
        target_customer (str):
        content (str):
        expected_revenue (MoneyRead):
        research_report_ids (list[str]):
        status (str):
        allowed_actions (list[str]):
        evaluations (list[EvaluationRead]):
        submitted_by (str):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        decision_comment (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    opportunity_id: str
    customer_id: str
    background: str
    target_customer: str
    content: str
    expected_revenue: MoneyRead
    research_report_ids: list[str]
    status: str
    allowed_actions: list[str]
    evaluations: list[EvaluationRead]
    submitted_by: str
    decided_by: None | str
    decided_at: datetime.datetime | None
    decision_comment: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        opportunity_id = self.opportunity_id

        customer_id = self.customer_id

        background = self.background

        target_customer = self.target_customer

        content = self.content

        expected_revenue = self.expected_revenue.to_dict()

        research_report_ids = self.research_report_ids

        status = self.status

        allowed_actions = self.allowed_actions

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        submitted_by = self.submitted_by

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_comment: None | str
        decision_comment = self.decision_comment

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "opportunity_id": opportunity_id,
                "customer_id": customer_id,
                "background": background,
                "target_customer": target_customer,
                "content": content,
                "expected_revenue": expected_revenue,
                "research_report_ids": research_report_ids,
                "status": status,
                "allowed_actions": allowed_actions,
                "evaluations": evaluations,
                "submitted_by": submitted_by,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "decision_comment": decision_comment,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_read import EvaluationRead  # noqa: PLC0415
        from ..models.money_read import MoneyRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        opportunity_id = d.pop("opportunity_id")

        customer_id = d.pop("customer_id")

        background = d.pop("background")

        target_customer = d.pop("target_customer")

        content = d.pop("content")

        expected_revenue = MoneyRead.from_dict(d.pop("expected_revenue"))

        research_report_ids = cast(list[str], d.pop("research_report_ids"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = EvaluationRead.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        submitted_by = d.pop("submitted_by")

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_comment = _parse_decision_comment(d.pop("decision_comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        initiation_read = cls(
            id=id,
            opportunity_id=opportunity_id,
            customer_id=customer_id,
            background=background,
            target_customer=target_customer,
            content=content,
            expected_revenue=expected_revenue,
            research_report_ids=research_report_ids,
            status=status,
            allowed_actions=allowed_actions,
            evaluations=evaluations,
            submitted_by=submitted_by,
            decided_by=decided_by,
            decided_at=decided_at,
            decision_comment=decision_comment,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        initiation_read.additional_properties = d
        return initiation_read

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
