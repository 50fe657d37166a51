from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_criterion import AcceptanceCriterion
    from ..models.clause import Clause
    from ..models.deliverable import Deliverable
    from ..models.installment_plan import InstallmentPlan
    from ..models.milestone import Milestone


T = TypeVar("T", bound="ContractUpdate")


@_attrs_define
class ContractUpdate:
    """Fields to change (omitted ones stay); every real change is a new numbered revision, and a change
    after legal approval withdraws it (the contract goes back to legal before signing).

        Attributes:
            summary (str | Unset): What changed and why (kept in the history) Default: ''.
            title (None | str | Unset):
            scope (None | str | Unset):
            total (None | str | Unset):
            effective_date (datetime.date | None | Unset):
            expiry_date (datetime.date | None | Unset):
            payment_terms_days (int | None | Unset):
            guarantee (None | str | Unset):
            clauses (list[Clause] | None | Unset):
            deliverables (list[Deliverable] | None | Unset):
            milestones (list[Milestone] | None | Unset):
            acceptance_criteria (list[AcceptanceCriterion] | None | Unset):
            installments (list[InstallmentPlan] | None | Unset):
    """

    summary: str | Unset = ""
    title: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    total: None | str | Unset = UNSET
    effective_date: datetime.date | None | Unset = UNSET
    expiry_date: datetime.date | None | Unset = UNSET
    payment_terms_days: int | None | Unset = UNSET
    guarantee: None | str | Unset = UNSET
    clauses: list[Clause] | None | Unset = UNSET
    deliverables: list[Deliverable] | None | Unset = UNSET
    milestones: list[Milestone] | None | Unset = UNSET
    acceptance_criteria: list[AcceptanceCriterion] | None | Unset = UNSET
    installments: list[InstallmentPlan] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        elif isinstance(self.effective_date, datetime.date):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        payment_terms_days: int | None | Unset
        if isinstance(self.payment_terms_days, Unset):
            payment_terms_days = UNSET
        else:
            payment_terms_days = self.payment_terms_days

        guarantee: None | str | Unset
        if isinstance(self.guarantee, Unset):
            guarantee = UNSET
        else:
            guarantee = self.guarantee

        clauses: list[dict[str, Any]] | None | Unset
        if isinstance(self.clauses, Unset):
            clauses = UNSET
        elif isinstance(self.clauses, list):
            clauses = []
            for clauses_type_0_item_data in self.clauses:
                clauses_type_0_item = clauses_type_0_item_data.to_dict()
                clauses.append(clauses_type_0_item)

        else:
            clauses = self.clauses

        deliverables: list[dict[str, Any]] | None | Unset
        if isinstance(self.deliverables, Unset):
            deliverables = UNSET
        elif isinstance(self.deliverables, list):
            deliverables = []
            for deliverables_type_0_item_data in self.deliverables:
                deliverables_type_0_item = deliverables_type_0_item_data.to_dict()
                deliverables.append(deliverables_type_0_item)

        else:
            deliverables = self.deliverables

        milestones: list[dict[str, Any]] | None | Unset
        if isinstance(self.milestones, Unset):
            milestones = UNSET
        elif isinstance(self.milestones, list):
            milestones = []
            for milestones_type_0_item_data in self.milestones:
                milestones_type_0_item = milestones_type_0_item_data.to_dict()
                milestones.append(milestones_type_0_item)

        else:
            milestones = self.milestones

        acceptance_criteria: list[dict[str, Any]] | None | Unset
        if isinstance(self.acceptance_criteria, Unset):
            acceptance_criteria = UNSET
        elif isinstance(self.acceptance_criteria, list):
            acceptance_criteria = []
            for acceptance_criteria_type_0_item_data in self.acceptance_criteria:
                acceptance_criteria_type_0_item = acceptance_criteria_type_0_item_data.to_dict()
                acceptance_criteria.append(acceptance_criteria_type_0_item)

        else:
            acceptance_criteria = self.acceptance_criteria

        installments: list[dict[str, Any]] | None | Unset
        if isinstance(self.installments, Unset):
            installments = UNSET
        elif isinstance(self.installments, list):
            installments = []
            for installments_type_0_item_data in self.installments:
                installments_type_0_item = installments_type_0_item_data.to_dict()
                installments.append(installments_type_0_item)

        else:
            installments = self.installments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if title is not UNSET:
            field_dict["title"] = title
        if scope is not UNSET:
            field_dict["scope"] = scope
        if total is not UNSET:
            field_dict["total"] = total
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if payment_terms_days is not UNSET:
            field_dict["payment_terms_days"] = payment_terms_days
        if guarantee is not UNSET:
            field_dict["guarantee"] = guarantee
        if clauses is not UNSET:
            field_dict["clauses"] = clauses
        if deliverables is not UNSET:
            field_dict["deliverables"] = deliverables
        if milestones is not UNSET:
            field_dict["milestones"] = milestones
        if acceptance_criteria is not UNSET:
            field_dict["acceptance_criteria"] = acceptance_criteria
        if installments is not UNSET:
            field_dict["installments"] = installments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_criterion import AcceptanceCriterion  # noqa: PLC0415
        from ..models.clause import Clause  # noqa: PLC0415
        from ..models.deliverable import Deliverable  # noqa: PLC0415
        from ..models.installment_plan import InstallmentPlan  # noqa: PLC0415
        from ..models.milestone import Milestone  # noqa: PLC0415

        d = dict(src_dict)
        summary = d.pop("summary", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_effective_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.date.fromisoformat(data)

                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_date = _parse_effective_date(d.pop("effective_date", UNSET))

        def _parse_expiry_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.date.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_payment_terms_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_terms_days = _parse_payment_terms_days(d.pop("payment_terms_days", UNSET))

        def _parse_guarantee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guarantee = _parse_guarantee(d.pop("guarantee", UNSET))

        def _parse_clauses(data: object) -> list[Clause] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                clauses_type_0 = []
                _clauses_type_0 = data
                for clauses_type_0_item_data in _clauses_type_0:
                    clauses_type_0_item = Clause.from_dict(clauses_type_0_item_data)

                    clauses_type_0.append(clauses_type_0_item)

                return clauses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Clause] | None | Unset, data)

        clauses = _parse_clauses(d.pop("clauses", UNSET))

        def _parse_deliverables(data: object) -> list[Deliverable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deliverables_type_0 = []
                _deliverables_type_0 = data
                for deliverables_type_0_item_data in _deliverables_type_0:
                    deliverables_type_0_item = Deliverable.from_dict(deliverables_type_0_item_data)

                    deliverables_type_0.append(deliverables_type_0_item)

                return deliverables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Deliverable] | None | Unset, data)

        deliverables = _parse_deliverables(d.pop("deliverables", UNSET))

        def _parse_milestones(data: object) -> list[Milestone] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                milestones_type_0 = []
                _milestones_type_0 = data
                for milestones_type_0_item_data in _milestones_type_0:
                    milestones_type_0_item = Milestone.from_dict(milestones_type_0_item_data)

                    milestones_type_0.append(milestones_type_0_item)

                return milestones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Milestone] | None | Unset, data)

        milestones = _parse_milestones(d.pop("milestones", UNSET))

        def _parse_acceptance_criteria(data: object) -> list[AcceptanceCriterion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acceptance_criteria_type_0 = []
                _acceptance_criteria_type_0 = data
                for acceptance_criteria_type_0_item_data in _acceptance_criteria_type_0:
                    acceptance_criteria_type_0_item = AcceptanceCriterion.from_dict(
                        acceptance_criteria_type_0_item_data
                    )

                    acceptance_criteria_type_0.append(acceptance_criteria_type_0_item)

                return acceptance_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AcceptanceCriterion] | None | Unset, data)

        acceptance_criteria = _parse_acceptance_criteria(d.pop("acceptance_criteria", UNSET))

        def _parse_installments(data: object) -> list[InstallmentPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                installments_type_0 = []
                _installments_type_0 = data
                for installments_type_0_item_data in _installments_type_0:
                    installments_type_0_item = InstallmentPlan.from_dict(installments_type_0_item_data)

                    installments_type_0.append(installments_type_0_item)

                return installments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstallmentPlan] | None | Unset, data)

        installments = _parse_installments(d.pop("installments", UNSET))

        contract_update = cls(
            summary=summary,
            title=title,
            scope=scope,
            total=total,
            effective_date=effective_date,
            expiry_date=expiry_date,
            payment_terms_days=payment_terms_days,
            guarantee=guarantee,
            clauses=clauses,
            deliverables=deliverables,
            milestones=milestones,
            acceptance_criteria=acceptance_criteria,
            installments=installments,
        )

        contract_update.additional_properties = d
        return contract_update

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
