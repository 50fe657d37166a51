from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_create_currency import ContractCreateCurrency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_criterion import AcceptanceCriterion
    from ..models.clause import Clause
    from ..models.deliverable import Deliverable
    from ..models.installment_plan import InstallmentPlan
    from ..models.milestone import Milestone


T = TypeVar("T", bound="ContractCreate")


@_attrs_define
class ContractCreate:
    """
    Attributes:
        title (str):
        scope (str):
        total (str): A decimal amount as a string, at most 2 decimals
        currency (ContractCreateCurrency): ISO 4217 code
        customer_id (str): A customer crm registered, once its event reached contracts (422 otherwise)
        effective_date (datetime.date | None | Unset): Defaults to the day both sides signed
        expiry_date (datetime.date | None | Unset):
        payment_terms_days (int | Unset): Days from an installment's trigger to its due date Default: 30.
        guarantee (None | str | Unset): Guarantee held (required by a require_guarantee policy)
        clauses (list[Clause] | Unset):
        deliverables (list[Deliverable] | Unset):
        milestones (list[Milestone] | Unset):
        acceptance_criteria (list[AcceptanceCriterion] | Unset):
        installments (list[InstallmentPlan] | Unset):
        solution_id (None | str | Unset): The accepted solution (crm.solution.accepted) it is drafted from, of this
            customer and not drafted yet; or, without one, exception_reason
        exception_reason (None | str | Unset): No accepted solution: a manager approves the exception (only a manager
            may give it) and the reason is kept on the contract, in its first revision and in contract.drafted
        customer_name (None | str | Unset):
        owner (None | str | Unset): Owning business specialist; defaults to the caller
    """

    title: str
    scope: str
    total: str
    currency: ContractCreateCurrency
    customer_id: str
    effective_date: datetime.date | None | Unset = UNSET
    expiry_date: datetime.date | None | Unset = UNSET
    payment_terms_days: int | Unset = 30
    guarantee: None | str | Unset = UNSET
    clauses: list[Clause] | Unset = UNSET
    deliverables: list[Deliverable] | Unset = UNSET
    milestones: list[Milestone] | Unset = UNSET
    acceptance_criteria: list[AcceptanceCriterion] | Unset = UNSET
    installments: list[InstallmentPlan] | Unset = UNSET
    solution_id: None | str | Unset = UNSET
    exception_reason: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        scope = self.scope

        total = self.total

        currency = self.currency.value

        customer_id = self.customer_id

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

        payment_terms_days = self.payment_terms_days

        guarantee: None | str | Unset
        if isinstance(self.guarantee, Unset):
            guarantee = UNSET
        else:
            guarantee = self.guarantee

        clauses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clauses, Unset):
            clauses = []
            for clauses_item_data in self.clauses:
                clauses_item = clauses_item_data.to_dict()
                clauses.append(clauses_item)

        deliverables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deliverables, Unset):
            deliverables = []
            for deliverables_item_data in self.deliverables:
                deliverables_item = deliverables_item_data.to_dict()
                deliverables.append(deliverables_item)

        milestones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.milestones, Unset):
            milestones = []
            for milestones_item_data in self.milestones:
                milestones_item = milestones_item_data.to_dict()
                milestones.append(milestones_item)

        acceptance_criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acceptance_criteria, Unset):
            acceptance_criteria = []
            for acceptance_criteria_item_data in self.acceptance_criteria:
                acceptance_criteria_item = acceptance_criteria_item_data.to_dict()
                acceptance_criteria.append(acceptance_criteria_item)

        installments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.installments, Unset):
            installments = []
            for installments_item_data in self.installments:
                installments_item = installments_item_data.to_dict()
                installments.append(installments_item)

        solution_id: None | str | Unset
        if isinstance(self.solution_id, Unset):
            solution_id = UNSET
        else:
            solution_id = self.solution_id

        exception_reason: None | str | Unset
        if isinstance(self.exception_reason, Unset):
            exception_reason = UNSET
        else:
            exception_reason = self.exception_reason

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "scope": scope,
                "total": total,
                "currency": currency,
                "customer_id": customer_id,
            }
        )
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
        if solution_id is not UNSET:
            field_dict["solution_id"] = solution_id
        if exception_reason is not UNSET:
            field_dict["exception_reason"] = exception_reason
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_criterion import AcceptanceCriterion  # noqa: PLC0415
        from ..models.clause import Clause  # noqa: PLC0415
        from ..models.deliverable import Deliverable  # noqa: PLC0415
        from ..models.installment_plan import InstallmentPlan  # noqa: PLC0415
        from ..models.milestone import Milestone  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        scope = d.pop("scope")

        total = d.pop("total")

        currency = ContractCreateCurrency(d.pop("currency"))

        customer_id = d.pop("customer_id")

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

        payment_terms_days = d.pop("payment_terms_days", UNSET)

        def _parse_guarantee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guarantee = _parse_guarantee(d.pop("guarantee", UNSET))

        _clauses = d.pop("clauses", UNSET)
        clauses: list[Clause] | Unset = UNSET
        if _clauses is not UNSET:
            clauses = []
            for clauses_item_data in _clauses:
                clauses_item = Clause.from_dict(clauses_item_data)

                clauses.append(clauses_item)

        _deliverables = d.pop("deliverables", UNSET)
        deliverables: list[Deliverable] | Unset = UNSET
        if _deliverables is not UNSET:
            deliverables = []
            for deliverables_item_data in _deliverables:
                deliverables_item = Deliverable.from_dict(deliverables_item_data)

                deliverables.append(deliverables_item)

        _milestones = d.pop("milestones", UNSET)
        milestones: list[Milestone] | Unset = UNSET
        if _milestones is not UNSET:
            milestones = []
            for milestones_item_data in _milestones:
                milestones_item = Milestone.from_dict(milestones_item_data)

                milestones.append(milestones_item)

        _acceptance_criteria = d.pop("acceptance_criteria", UNSET)
        acceptance_criteria: list[AcceptanceCriterion] | Unset = UNSET
        if _acceptance_criteria is not UNSET:
            acceptance_criteria = []
            for acceptance_criteria_item_data in _acceptance_criteria:
                acceptance_criteria_item = AcceptanceCriterion.from_dict(acceptance_criteria_item_data)

                acceptance_criteria.append(acceptance_criteria_item)

        _installments = d.pop("installments", UNSET)
        installments: list[InstallmentPlan] | Unset = UNSET
        if _installments is not UNSET:
            installments = []
            for installments_item_data in _installments:
                installments_item = InstallmentPlan.from_dict(installments_item_data)

                installments.append(installments_item)

        def _parse_solution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        solution_id = _parse_solution_id(d.pop("solution_id", UNSET))

        def _parse_exception_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_reason = _parse_exception_reason(d.pop("exception_reason", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        contract_create = cls(
            title=title,
            scope=scope,
            total=total,
            currency=currency,
            customer_id=customer_id,
            effective_date=effective_date,
            expiry_date=expiry_date,
            payment_terms_days=payment_terms_days,
            guarantee=guarantee,
            clauses=clauses,
            deliverables=deliverables,
            milestones=milestones,
            acceptance_criteria=acceptance_criteria,
            installments=installments,
            solution_id=solution_id,
            exception_reason=exception_reason,
            customer_name=customer_name,
            owner=owner,
        )

        contract_create.additional_properties = d
        return contract_create

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
