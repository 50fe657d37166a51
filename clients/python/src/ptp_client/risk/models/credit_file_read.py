from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contract_exposure_read import ContractExposureRead
    from ..models.credit_change_read import CreditChangeRead
    from ..models.credit_profile_read import CreditProfileRead
    from ..models.installment_read import InstallmentRead
    from ..models.risk_read import RiskRead


T = TypeVar("T", bound="CreditFileRead")


@_attrs_define
class CreditFileRead:
    """
    Attributes:
        profile (CreditProfileRead):
        contracts (list[ContractExposureRead]):
        installments (list[InstallmentRead]):
        recent_changes (list[CreditChangeRead]):
        risks (list[RiskRead]):
    """

    profile: CreditProfileRead
    contracts: list[ContractExposureRead]
    installments: list[InstallmentRead]
    recent_changes: list[CreditChangeRead]
    risks: list[RiskRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile.to_dict()

        contracts = []
        for contracts_item_data in self.contracts:
            contracts_item = contracts_item_data.to_dict()
            contracts.append(contracts_item)

        installments = []
        for installments_item_data in self.installments:
            installments_item = installments_item_data.to_dict()
            installments.append(installments_item)

        recent_changes = []
        for recent_changes_item_data in self.recent_changes:
            recent_changes_item = recent_changes_item_data.to_dict()
            recent_changes.append(recent_changes_item)

        risks = []
        for risks_item_data in self.risks:
            risks_item = risks_item_data.to_dict()
            risks.append(risks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
                "contracts": contracts,
                "installments": installments,
                "recent_changes": recent_changes,
                "risks": risks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_exposure_read import ContractExposureRead  # noqa: PLC0415
        from ..models.credit_change_read import CreditChangeRead  # noqa: PLC0415
        from ..models.credit_profile_read import CreditProfileRead  # noqa: PLC0415
        from ..models.installment_read import InstallmentRead  # noqa: PLC0415
        from ..models.risk_read import RiskRead  # noqa: PLC0415

        d = dict(src_dict)
        profile = CreditProfileRead.from_dict(d.pop("profile"))

        contracts = []
        _contracts = d.pop("contracts")
        for contracts_item_data in _contracts:
            contracts_item = ContractExposureRead.from_dict(contracts_item_data)

            contracts.append(contracts_item)

        installments = []
        _installments = d.pop("installments")
        for installments_item_data in _installments:
            installments_item = InstallmentRead.from_dict(installments_item_data)

            installments.append(installments_item)

        recent_changes = []
        _recent_changes = d.pop("recent_changes")
        for recent_changes_item_data in _recent_changes:
            recent_changes_item = CreditChangeRead.from_dict(recent_changes_item_data)

            recent_changes.append(recent_changes_item)

        risks = []
        _risks = d.pop("risks")
        for risks_item_data in _risks:
            risks_item = RiskRead.from_dict(risks_item_data)

            risks.append(risks_item)

        credit_file_read = cls(
            profile=profile,
            contracts=contracts,
            installments=installments,
            recent_changes=recent_changes,
            risks=risks,
        )

        credit_file_read.additional_properties = d
        return credit_file_read

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
