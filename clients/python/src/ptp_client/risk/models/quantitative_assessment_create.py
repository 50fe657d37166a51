from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_amount_in import MoneyAmountIn


T = TypeVar("T", bound="QuantitativeAssessmentCreate")


@_attrs_define
class QuantitativeAssessmentCreate:
    """
    Attributes:
        method (Literal['quantitative']):
        exposure (MoneyAmountIn): An amount of money as a request gives it: exact decimal plus ISO 4217 currency.

            Named apart from the responses' ``MoneyAmount`` (whose amount is always a decimal string), so the
            OpenAPI has two distinct names instead of ``MoneyAmount-Input``/``-Output`` (which client
            generators turn into one duplicate class).
        probability (float | str): Probability of default 0..1
        rationale (str | Unset):  Default: ''.
    """

    method: Literal["quantitative"]
    exposure: MoneyAmountIn
    probability: float | str
    rationale: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        exposure = self.exposure.to_dict()

        probability: float | str
        probability = self.probability

        rationale = self.rationale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "exposure": exposure,
                "probability": probability,
            }
        )
        if rationale is not UNSET:
            field_dict["rationale"] = rationale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_amount_in import MoneyAmountIn  # noqa: PLC0415

        d = dict(src_dict)
        method = cast(Literal["quantitative"], d.pop("method"))
        if method != "quantitative":
            raise ValueError(f"method must match const 'quantitative', got '{method}'")

        exposure = MoneyAmountIn.from_dict(d.pop("exposure"))

        def _parse_probability(data: object) -> float | str:
            return cast(float | str, data)

        probability = _parse_probability(d.pop("probability"))

        rationale = d.pop("rationale", UNSET)

        quantitative_assessment_create = cls(
            method=method,
            exposure=exposure,
            probability=probability,
            rationale=rationale,
        )

        return quantitative_assessment_create
