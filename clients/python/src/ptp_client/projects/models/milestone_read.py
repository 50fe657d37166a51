from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone_read_status import MilestoneReadStatus

T = TypeVar("T", bound="MilestoneRead")


@_attrs_define
class MilestoneRead:
    """
    Attributes:
        id (str):
        project_id (str):
        phase_id (None | str):
        contract_milestone_id (None | str):
        name (str):
        due_date (datetime.date):
        baseline_due_date (datetime.date | None):
        deliverable_ids (list[str]):
        status (MilestoneReadStatus):
        completed_at (datetime.datetime | None):
        confirmed_by (None | str):
        version (int):
        variance_days (int | None): Days after the baseline due date
    """

    id: str
    project_id: str
    phase_id: None | str
    contract_milestone_id: None | str
    name: str
    due_date: datetime.date
    baseline_due_date: datetime.date | None
    deliverable_ids: list[str]
    status: MilestoneReadStatus
    completed_at: datetime.datetime | None
    confirmed_by: None | str
    version: int
    variance_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        phase_id: None | str
        phase_id = self.phase_id

        contract_milestone_id: None | str
        contract_milestone_id = self.contract_milestone_id

        name = self.name

        due_date = self.due_date.isoformat()

        baseline_due_date: None | str
        if isinstance(self.baseline_due_date, datetime.date):
            baseline_due_date = self.baseline_due_date.isoformat()
        else:
            baseline_due_date = self.baseline_due_date

        deliverable_ids = self.deliverable_ids

        status = self.status.value

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        confirmed_by: None | str
        confirmed_by = self.confirmed_by

        version = self.version

        variance_days: int | None
        variance_days = self.variance_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "phase_id": phase_id,
                "contract_milestone_id": contract_milestone_id,
                "name": name,
                "due_date": due_date,
                "baseline_due_date": baseline_due_date,
                "deliverable_ids": deliverable_ids,
                "status": status,
                "completed_at": completed_at,
                "confirmed_by": confirmed_by,
                "version": version,
                "variance_days": variance_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        def _parse_phase_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase_id = _parse_phase_id(d.pop("phase_id"))

        def _parse_contract_milestone_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_milestone_id = _parse_contract_milestone_id(d.pop("contract_milestone_id"))

        name = d.pop("name")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_baseline_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_due_date_type_0 = datetime.date.fromisoformat(data)

                return baseline_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_due_date = _parse_baseline_due_date(d.pop("baseline_due_date"))

        deliverable_ids = cast(list[str], d.pop("deliverable_ids"))

        status = MilestoneReadStatus(d.pop("status"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_confirmed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        confirmed_by = _parse_confirmed_by(d.pop("confirmed_by"))

        version = d.pop("version")

        def _parse_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        variance_days = _parse_variance_days(d.pop("variance_days"))

        milestone_read = cls(
            id=id,
            project_id=project_id,
            phase_id=phase_id,
            contract_milestone_id=contract_milestone_id,
            name=name,
            due_date=due_date,
            baseline_due_date=baseline_due_date,
            deliverable_ids=deliverable_ids,
            status=status,
            completed_at=completed_at,
            confirmed_by=confirmed_by,
            version=version,
            variance_days=variance_days,
        )

        milestone_read.additional_properties = d
        return milestone_read

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
