from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.acceptance_criterion import AcceptanceCriterion
    from ..models.clause import Clause
    from ..models.deliverable import Deliverable
    from ..models.installment_read import InstallmentRead
    from ..models.milestone import Milestone
    from ..models.policy_override_read import PolicyOverrideRead
    from ..models.signature_read import SignatureRead


T = TypeVar("T", bound="ContractRead")


@_attrs_define
class ContractRead:
    """
    Attributes:
        id (str):
        customer_id (str):
        customer_name (None | str):
        owner (str):
        title (str):
        scope (str):
        total (str):
        currency (str):
        effective_date (datetime.date | None):
        expiry_date (datetime.date | None):
        payment_terms_days (int):
        guarantee (None | str):
        solution_id (None | str):
        exception_reason (None | str): Drafted without a solution: the manager's reason
        exception_approved_by (None | str): The manager who approved the exception
        status (str):
        allowed_actions (list[str]): What may happen next: the path segments to POST to on this contract (`POST
            /contracts/{contract_id}/<segment>`)
        revision (int):
        approved_revision (int | None): The revision legal approved last; signing needs it to equal `revision`
        clauses (list[Clause]):
        deliverables (list[Deliverable]):
        milestones (list[Milestone]):
        acceptance_criteria (list[AcceptanceCriterion]):
        installments (list[InstallmentRead]):
        signatures (list[SignatureRead]):
        policy_override (None | PolicyOverrideRead):
        signed_at (datetime.datetime | None):
        ended_at (datetime.datetime | None):
        end_reason (None | str):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
    """

    id: str
    customer_id: str
    customer_name: None | str
    owner: str
    title: str
    scope: str
    total: str
    currency: str
    effective_date: datetime.date | None
    expiry_date: datetime.date | None
    payment_terms_days: int
    guarantee: None | str
    solution_id: None | str
    exception_reason: None | str
    exception_approved_by: None | str
    status: str
    allowed_actions: list[str]
    revision: int
    approved_revision: int | None
    clauses: list[Clause]
    deliverables: list[Deliverable]
    milestones: list[Milestone]
    acceptance_criteria: list[AcceptanceCriterion]
    installments: list[InstallmentRead]
    signatures: list[SignatureRead]
    policy_override: None | PolicyOverrideRead
    signed_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    end_reason: None | str
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_override_read import PolicyOverrideRead  # noqa: PLC0415

        id = self.id

        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        owner = self.owner

        title = self.title

        scope = self.scope

        total = self.total

        currency = self.currency

        effective_date: None | str
        if isinstance(self.effective_date, datetime.date):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        payment_terms_days = self.payment_terms_days

        guarantee: None | str
        guarantee = self.guarantee

        solution_id: None | str
        solution_id = self.solution_id

        exception_reason: None | str
        exception_reason = self.exception_reason

        exception_approved_by: None | str
        exception_approved_by = self.exception_approved_by

        status = self.status

        allowed_actions = self.allowed_actions

        revision = self.revision

        approved_revision: int | None
        approved_revision = self.approved_revision

        clauses = []
        for clauses_item_data in self.clauses:
            clauses_item = clauses_item_data.to_dict()
            clauses.append(clauses_item)

        deliverables = []
        for deliverables_item_data in self.deliverables:
            deliverables_item = deliverables_item_data.to_dict()
            deliverables.append(deliverables_item)

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        acceptance_criteria = []
        for acceptance_criteria_item_data in self.acceptance_criteria:
            acceptance_criteria_item = acceptance_criteria_item_data.to_dict()
            acceptance_criteria.append(acceptance_criteria_item)

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)

        policy_override: dict[str, Any] | None
        if isinstance(self.policy_override, PolicyOverrideRead):
            policy_override = self.policy_override.to_dict()
        else:
            policy_override = self.policy_override

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        end_reason: None | str
        end_reason = self.end_reason

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "customer_name": customer_name,
                "owner": owner,
                "title": title,
                "scope": scope,
                "total": total,
                "currency": currency,
                "effective_date": effective_date,
                "expiry_date": expiry_date,
                "payment_terms_days": payment_terms_days,
                "guarantee": guarantee,
                "solution_id": solution_id,
                "exception_reason": exception_reason,
                "exception_approved_by": exception_approved_by,
                "status": status,
                "allowed_actions": allowed_actions,
                "revision": revision,
                "approved_revision": approved_revision,
                "clauses": clauses,
                "deliverables": deliverables,
                "milestones": milestones,
                "acceptance_criteria": acceptance_criteria,
                "installments": installments,
                "signatures": signatures,
                "policy_override": policy_override,
                "signed_at": signed_at,
                "ended_at": ended_at,
                "end_reason": end_reason,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_criterion import AcceptanceCriterion  # noqa: PLC0415
        from ..models.clause import Clause  # noqa: PLC0415
        from ..models.deliverable import Deliverable  # noqa: PLC0415
        from ..models.installment_read import InstallmentRead  # noqa: PLC0415
        from ..models.milestone import Milestone  # noqa: PLC0415
        from ..models.policy_override_read import PolicyOverrideRead  # noqa: PLC0415
        from ..models.signature_read import SignatureRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customer_name"))

        owner = d.pop("owner")

        title = d.pop("title")

        scope = d.pop("scope")

        total = d.pop("total")

        currency = d.pop("currency")

        def _parse_effective_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.date.fromisoformat(data)

                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_date = _parse_effective_date(d.pop("effective_date"))

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

        payment_terms_days = d.pop("payment_terms_days")

        def _parse_guarantee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        guarantee = _parse_guarantee(d.pop("guarantee"))

        def _parse_solution_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        solution_id = _parse_solution_id(d.pop("solution_id"))

        def _parse_exception_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exception_reason = _parse_exception_reason(d.pop("exception_reason"))

        def _parse_exception_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exception_approved_by = _parse_exception_approved_by(d.pop("exception_approved_by"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        revision = d.pop("revision")

        def _parse_approved_revision(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        approved_revision = _parse_approved_revision(d.pop("approved_revision"))

        clauses = []
        _clauses = d.pop("clauses")
        for clauses_item_data in _clauses:
            clauses_item = Clause.from_dict(clauses_item_data)

            clauses.append(clauses_item)

        deliverables = []
        _deliverables = d.pop("deliverables")
        for deliverables_item_data in _deliverables:
            deliverables_item = Deliverable.from_dict(deliverables_item_data)

            deliverables.append(deliverables_item)

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = Milestone.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        acceptance_criteria = []
        _acceptance_criteria = d.pop("acceptance_criteria")
        for acceptance_criteria_item_data in _acceptance_criteria:
            acceptance_criteria_item = AcceptanceCriterion.from_dict(acceptance_criteria_item_data)

            acceptance_criteria.append(acceptance_criteria_item)

        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentRead.from_dict(installments_item_data)

            installments.append(installments_item)

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in _signatures:
            signatures_item = SignatureRead.from_dict(signatures_item_data)

            signatures.append(signatures_item)

        def _parse_policy_override(data: object) -> None | PolicyOverrideRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_override_type_0 = PolicyOverrideRead.from_dict(data)

                return policy_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyOverrideRead, data)

        policy_override = _parse_policy_override(d.pop("policy_override"))

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_end_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_reason = _parse_end_reason(d.pop("end_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        contract_read = cls(
            id=id,
            customer_id=customer_id,
            customer_name=customer_name,
            owner=owner,
            title=title,
            scope=scope,
            total=total,
            currency=currency,
            effective_date=effective_date,
            expiry_date=expiry_date,
            payment_terms_days=payment_terms_days,
            guarantee=guarantee,
            solution_id=solution_id,
            exception_reason=exception_reason,
            exception_approved_by=exception_approved_by,
            status=status,
            allowed_actions=allowed_actions,
            revision=revision,
            approved_revision=approved_revision,
            clauses=clauses,
            deliverables=deliverables,
            milestones=milestones,
            acceptance_criteria=acceptance_criteria,
            installments=installments,
            signatures=signatures,
            policy_override=policy_override,
            signed_at=signed_at,
            ended_at=ended_at,
            end_reason=end_reason,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
        )

        contract_read.additional_properties = d
        return contract_read

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
