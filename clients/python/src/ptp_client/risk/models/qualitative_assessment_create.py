from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualitativeAssessmentCreate")


@_attrs_define
class QualitativeAssessmentCreate:
    """
    Attributes:
        method (Literal['qualitative']):
        likelihood (int):
        impact (int):
        rationale (str | Unset):  Default: ''.
    """

    method: Literal["qualitative"]
    likelihood: int
    impact: int
    rationale: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        likelihood = self.likelihood

        impact = self.impact

        rationale = self.rationale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "likelihood": likelihood,
                "impact": impact,
            }
        )
        if rationale is not UNSET:
            field_dict["rationale"] = rationale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["qualitative"], d.pop("method"))
        if method != "qualitative":
            raise ValueError(f"method must match const 'qualitative', got '{method}'")

        likelihood = d.pop("likelihood")

        impact = d.pop("impact")

        rationale = d.pop("rationale", UNSET)

        qualitative_assessment_create = cls(
            method=method,
            likelihood=likelihood,
            impact=impact,
            rationale=rationale,
        )

        return qualitative_assessment_create
