from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_read_level import AssessmentReadLevel
from ..models.assessment_read_method import AssessmentReadMethod

T = TypeVar("T", bound="AssessmentRead")


@_attrs_define
class AssessmentRead:
    """
    Attributes:
        id (str):
        risk_id (str):
        method (AssessmentReadMethod):
        likelihood (int | None):
        impact (int | None):
        exposure (None | str):
        currency (None | str):
        probability (None | str):
        expected_loss (None | str): exposure x probability (quantitative only)
        level (AssessmentReadLevel): This assessment's level (for an override: the level it sets)
        rationale (str): For an override: the manager's reason
        assessed_by (str):
        assessed_at (datetime.datetime):
    """

    id: str
    risk_id: str
    method: AssessmentReadMethod
    likelihood: int | None
    impact: int | None
    exposure: None | str
    currency: None | str
    probability: None | str
    expected_loss: None | str
    level: AssessmentReadLevel
    rationale: str
    assessed_by: str
    assessed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        risk_id = self.risk_id

        method = self.method.value

        likelihood: int | None
        likelihood = self.likelihood

        impact: int | None
        impact = self.impact

        exposure: None | str
        exposure = self.exposure

        currency: None | str
        currency = self.currency

        probability: None | str
        probability = self.probability

        expected_loss: None | str
        expected_loss = self.expected_loss

        level = self.level.value

        rationale = self.rationale

        assessed_by = self.assessed_by

        assessed_at = self.assessed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "risk_id": risk_id,
                "method": method,
                "likelihood": likelihood,
                "impact": impact,
                "exposure": exposure,
                "currency": currency,
                "probability": probability,
                "expected_loss": expected_loss,
                "level": level,
                "rationale": rationale,
                "assessed_by": assessed_by,
                "assessed_at": assessed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        risk_id = d.pop("risk_id")

        method = AssessmentReadMethod(d.pop("method"))

        def _parse_likelihood(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        likelihood = _parse_likelihood(d.pop("likelihood"))

        def _parse_impact(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        impact = _parse_impact(d.pop("impact"))

        def _parse_exposure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exposure = _parse_exposure(d.pop("exposure"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_probability(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        probability = _parse_probability(d.pop("probability"))

        def _parse_expected_loss(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected_loss = _parse_expected_loss(d.pop("expected_loss"))

        level = AssessmentReadLevel(d.pop("level"))

        rationale = d.pop("rationale")

        assessed_by = d.pop("assessed_by")

        assessed_at = datetime.datetime.fromisoformat(d.pop("assessed_at"))

        assessment_read = cls(
            id=id,
            risk_id=risk_id,
            method=method,
            likelihood=likelihood,
            impact=impact,
            exposure=exposure,
            currency=currency,
            probability=probability,
            expected_loss=expected_loss,
            level=level,
            rationale=rationale,
            assessed_by=assessed_by,
            assessed_at=assessed_at,
        )

        assessment_read.additional_properties = d
        return assessment_read

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
