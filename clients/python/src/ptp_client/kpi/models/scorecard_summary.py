from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScorecardSummary")


@_attrs_define
class ScorecardSummary:
    """
    Attributes:
        id (str):
        subject_type (str):
        subject_id (str):
        period (str):
        status (str):
        total_score (None | str):
        version (int):
    """

    id: str
    subject_type: str
    subject_id: str
    period: str
    status: str
    total_score: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject_type = self.subject_type

        subject_id = self.subject_id

        period = self.period

        status = self.status

        total_score: None | str
        total_score = self.total_score

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "period": period,
                "status": status,
                "total_score": total_score,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        subject_type = d.pop("subject_type")

        subject_id = d.pop("subject_id")

        period = d.pop("period")

        status = d.pop("status")

        def _parse_total_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        total_score = _parse_total_score(d.pop("total_score"))

        version = d.pop("version")

        scorecard_summary = cls(
            id=id,
            subject_type=subject_type,
            subject_id=subject_id,
            period=period,
            status=status,
            total_score=total_score,
            version=version,
        )

        scorecard_summary.additional_properties = d
        return scorecard_summary

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
