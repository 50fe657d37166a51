from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_read_status import TaskReadStatus

T = TypeVar("T", bound="TaskRead")


@_attrs_define
class TaskRead:
    """
    Attributes:
        id (str):
        project_id (str):
        phase_id (None | str):
        milestone_id (None | str):
        deliverable_id (None | str):
        name (str):
        owner (None | str):
        start_date (datetime.date):
        due_date (datetime.date):
        baseline_start_date (datetime.date | None):
        baseline_due_date (datetime.date | None):
        depends_on (list[str]):
        status (TaskReadStatus):
        percent_complete (int):
        completed_at (datetime.datetime | None):
        waived_at (datetime.datetime | None):
        waived_by (None | str):
        waiver_reason (None | str):
        created_by (str):
        version (int):
        variance_days (int | None): Days after the baseline due date
    """

    id: str
    project_id: str
    phase_id: None | str
    milestone_id: None | str
    deliverable_id: None | str
    name: str
    owner: None | str
    start_date: datetime.date
    due_date: datetime.date
    baseline_start_date: datetime.date | None
    baseline_due_date: datetime.date | None
    depends_on: list[str]
    status: TaskReadStatus
    percent_complete: int
    completed_at: datetime.datetime | None
    waived_at: datetime.datetime | None
    waived_by: None | str
    waiver_reason: None | str
    created_by: str
    version: int
    variance_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        phase_id: None | str
        phase_id = self.phase_id

        milestone_id: None | str
        milestone_id = self.milestone_id

        deliverable_id: None | str
        deliverable_id = self.deliverable_id

        name = self.name

        owner: None | str
        owner = self.owner

        start_date = self.start_date.isoformat()

        due_date = self.due_date.isoformat()

        baseline_start_date: None | str
        if isinstance(self.baseline_start_date, datetime.date):
            baseline_start_date = self.baseline_start_date.isoformat()
        else:
            baseline_start_date = self.baseline_start_date

        baseline_due_date: None | str
        if isinstance(self.baseline_due_date, datetime.date):
            baseline_due_date = self.baseline_due_date.isoformat()
        else:
            baseline_due_date = self.baseline_due_date

        depends_on = self.depends_on

        status = self.status.value

        percent_complete = self.percent_complete

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        waived_at: None | str
        if isinstance(self.waived_at, datetime.datetime):
            waived_at = self.waived_at.isoformat()
        else:
            waived_at = self.waived_at

        waived_by: None | str
        waived_by = self.waived_by

        waiver_reason: None | str
        waiver_reason = self.waiver_reason

        created_by = self.created_by

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
                "milestone_id": milestone_id,
                "deliverable_id": deliverable_id,
                "name": name,
                "owner": owner,
                "start_date": start_date,
                "due_date": due_date,
                "baseline_start_date": baseline_start_date,
                "baseline_due_date": baseline_due_date,
                "depends_on": depends_on,
                "status": status,
                "percent_complete": percent_complete,
                "completed_at": completed_at,
                "waived_at": waived_at,
                "waived_by": waived_by,
                "waiver_reason": waiver_reason,
                "created_by": created_by,
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

        def _parse_milestone_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        milestone_id = _parse_milestone_id(d.pop("milestone_id"))

        def _parse_deliverable_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deliverable_id = _parse_deliverable_id(d.pop("deliverable_id"))

        name = d.pop("name")

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_baseline_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_start_date_type_0 = datetime.date.fromisoformat(data)

                return baseline_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_start_date = _parse_baseline_start_date(d.pop("baseline_start_date"))

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

        depends_on = cast(list[str], d.pop("depends_on"))

        status = TaskReadStatus(d.pop("status"))

        percent_complete = d.pop("percent_complete")

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

        def _parse_waived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waived_at_type_0 = datetime.datetime.fromisoformat(data)

                return waived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        waived_at = _parse_waived_at(d.pop("waived_at"))

        def _parse_waived_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waived_by = _parse_waived_by(d.pop("waived_by"))

        def _parse_waiver_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        waiver_reason = _parse_waiver_reason(d.pop("waiver_reason"))

        created_by = d.pop("created_by")

        version = d.pop("version")

        def _parse_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        variance_days = _parse_variance_days(d.pop("variance_days"))

        task_read = cls(
            id=id,
            project_id=project_id,
            phase_id=phase_id,
            milestone_id=milestone_id,
            deliverable_id=deliverable_id,
            name=name,
            owner=owner,
            start_date=start_date,
            due_date=due_date,
            baseline_start_date=baseline_start_date,
            baseline_due_date=baseline_due_date,
            depends_on=depends_on,
            status=status,
            percent_complete=percent_complete,
            completed_at=completed_at,
            waived_at=waived_at,
            waived_by=waived_by,
            waiver_reason=waiver_reason,
            created_by=created_by,
            version=version,
            variance_days=variance_days,
        )

        task_read.additional_properties = d
        return task_read

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
