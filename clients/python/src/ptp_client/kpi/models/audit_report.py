from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_read import AuditRead
    from ..models.audit_report_by_severity import AuditReportBySeverity
    from ..models.audit_report_by_status import AuditReportByStatus
    from ..models.finding_read import FindingRead


T = TypeVar("T", bound="AuditReport")


@_attrs_define
class AuditReport:
    """
    Attributes:
        audit (AuditRead):
        findings (list[FindingRead]):
        by_severity (AuditReportBySeverity):
        by_status (AuditReportByStatus):
        open_findings (int):
    """

    audit: AuditRead
    findings: list[FindingRead]
    by_severity: AuditReportBySeverity
    by_status: AuditReportByStatus
    open_findings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit = self.audit.to_dict()

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        by_severity = self.by_severity.to_dict()

        by_status = self.by_status.to_dict()

        open_findings = self.open_findings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audit": audit,
                "findings": findings,
                "by_severity": by_severity,
                "by_status": by_status,
                "open_findings": open_findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_read import AuditRead  # noqa: PLC0415
        from ..models.audit_report_by_severity import AuditReportBySeverity  # noqa: PLC0415
        from ..models.audit_report_by_status import AuditReportByStatus  # noqa: PLC0415
        from ..models.finding_read import FindingRead  # noqa: PLC0415

        d = dict(src_dict)
        audit = AuditRead.from_dict(d.pop("audit"))

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = FindingRead.from_dict(findings_item_data)

            findings.append(findings_item)

        by_severity = AuditReportBySeverity.from_dict(d.pop("by_severity"))

        by_status = AuditReportByStatus.from_dict(d.pop("by_status"))

        open_findings = d.pop("open_findings")

        audit_report = cls(
            audit=audit,
            findings=findings,
            by_severity=by_severity,
            by_status=by_status,
            open_findings=open_findings,
        )

        audit_report.additional_properties = d
        return audit_report

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
