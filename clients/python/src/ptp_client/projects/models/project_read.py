from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_read_status import ProjectReadStatus

if TYPE_CHECKING:
    from ..models.criterion_read import CriterionRead
    from ..models.milestone_read import MilestoneRead
    from ..models.phase_read import PhaseRead


T = TypeVar("T", bound="ProjectRead")


@_attrs_define
class ProjectRead:
    """
    Attributes:
        id (str):
        contract_id (str):
        customer_id (str):
        customer_name (None | str):
        name (str):
        owner (str):
        manager (None | str):
        status (ProjectReadStatus):
        delayed (bool):
        contract_total (str):
        currency (str):
        effective_date (datetime.date):
        baselined_at (datetime.datetime | None):
        accepted_at (datetime.datetime | None):
        created_at (datetime.datetime):
        version (int):
        scope (str):
        expiry_date (datetime.date | None):
        baselined_by (None | str):
        signed_off_by (None | str):
        cancelled_at (datetime.datetime | None): When the contract's termination cancelled it
        cancellation_reason (None | str):
        schedule_variance_days (int | None): Largest slip of a milestone against the baseline, in days (None before
            baselining)
        phases (list[PhaseRead]):
        milestones (list[MilestoneRead]):
        acceptance_criteria (list[CriterionRead]):
    """

    id: str
    contract_id: str
    customer_id: str
    customer_name: None | str
    name: str
    owner: str
    manager: None | str
    status: ProjectReadStatus
    delayed: bool
    contract_total: str
    currency: str
    effective_date: datetime.date
    baselined_at: datetime.datetime | None
    accepted_at: datetime.datetime | None
    created_at: datetime.datetime
    version: int
    scope: str
    expiry_date: datetime.date | None
    baselined_by: None | str
    signed_off_by: None | str
    cancelled_at: datetime.datetime | None
    cancellation_reason: None | str
    schedule_variance_days: int | None
    phases: list[PhaseRead]
    milestones: list[MilestoneRead]
    acceptance_criteria: list[CriterionRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contract_id = self.contract_id

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        name = self.name

        owner = self.owner

        manager: None | str
        manager = self.manager

        status = self.status.value

        delayed = self.delayed

        contract_total = self.contract_total

        currency = self.currency

        effective_date = self.effective_date.isoformat()

        baselined_at: None | str
        if isinstance(self.baselined_at, datetime.datetime):
            baselined_at = self.baselined_at.isoformat()
        else:
            baselined_at = self.baselined_at

        accepted_at: None | str
        if isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        created_at = self.created_at.isoformat()

        version = self.version

        scope = self.scope

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        baselined_by: None | str
        baselined_by = self.baselined_by

        signed_off_by: None | str
        signed_off_by = self.signed_off_by

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancellation_reason: None | str
        cancellation_reason = self.cancellation_reason

        schedule_variance_days: int | None
        schedule_variance_days = self.schedule_variance_days

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        acceptance_criteria = []
        for acceptance_criteria_item_data in self.acceptance_criteria:
            acceptance_criteria_item = acceptance_criteria_item_data.to_dict()
            acceptance_criteria.append(acceptance_criteria_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contract_id": contract_id,
                "customer_id": customer_id,
                "customer_name": customer_name,
                "name": name,
                "owner": owner,
                "manager": manager,
                "status": status,
                "delayed": delayed,
                "contract_total": contract_total,
                "currency": currency,
                "effective_date": effective_date,
                "baselined_at": baselined_at,
                "accepted_at": accepted_at,
                "created_at": created_at,
                "version": version,
                "scope": scope,
                "expiry_date": expiry_date,
                "baselined_by": baselined_by,
                "signed_off_by": signed_off_by,
                "cancelled_at": cancelled_at,
                "cancellation_reason": cancellation_reason,
                "schedule_variance_days": schedule_variance_days,
                "phases": phases,
                "milestones": milestones,
                "acceptance_criteria": acceptance_criteria,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_read import CriterionRead  # noqa: PLC0415
        from ..models.milestone_read import MilestoneRead  # noqa: PLC0415
        from ..models.phase_read import PhaseRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        contract_id = d.pop("contract_id")

        customer_id = d.pop("customer_id")

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customer_name"))

        name = d.pop("name")

        owner = d.pop("owner")

        def _parse_manager(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        manager = _parse_manager(d.pop("manager"))

        status = ProjectReadStatus(d.pop("status"))

        delayed = d.pop("delayed")

        contract_total = d.pop("contract_total")

        currency = d.pop("currency")

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        def _parse_baselined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baselined_at_type_0 = datetime.datetime.fromisoformat(data)

                return baselined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        baselined_at = _parse_baselined_at(d.pop("baselined_at"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        version = d.pop("version")

        scope = d.pop("scope")

        def _parse_expiry_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.date.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date"))

        def _parse_baselined_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        baselined_by = _parse_baselined_by(d.pop("baselined_by"))

        def _parse_signed_off_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_off_by = _parse_signed_off_by(d.pop("signed_off_by"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_cancellation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancellation_reason = _parse_cancellation_reason(d.pop("cancellation_reason"))

        def _parse_schedule_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_variance_days = _parse_schedule_variance_days(d.pop("schedule_variance_days"))

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in _phases:
            phases_item = PhaseRead.from_dict(phases_item_data)

            phases.append(phases_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = MilestoneRead.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        acceptance_criteria = []
        _acceptance_criteria = d.pop("acceptance_criteria")
        for acceptance_criteria_item_data in _acceptance_criteria:
            acceptance_criteria_item = CriterionRead.from_dict(acceptance_criteria_item_data)

            acceptance_criteria.append(acceptance_criteria_item)

        project_read = cls(
            id=id,
            contract_id=contract_id,
            customer_id=customer_id,
            customer_name=customer_name,
            name=name,
            owner=owner,
            manager=manager,
            status=status,
            delayed=delayed,
            contract_total=contract_total,
            currency=currency,
            effective_date=effective_date,
            baselined_at=baselined_at,
            accepted_at=accepted_at,
            created_at=created_at,
            version=version,
            scope=scope,
            expiry_date=expiry_date,
            baselined_by=baselined_by,
            signed_off_by=signed_off_by,
            cancelled_at=cancelled_at,
            cancellation_reason=cancellation_reason,
            schedule_variance_days=schedule_variance_days,
            phases=phases,
            milestones=milestones,
            acceptance_criteria=acceptance_criteria,
        )

        project_read.additional_properties = d
        return project_read

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
