from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_profile_read_level import CreditProfileReadLevel

if TYPE_CHECKING:
    from ..models.credit_figures_read import CreditFiguresRead


T = TypeVar("T", bound="CreditProfileRead")


@_attrs_define
class CreditProfileRead:
    """
    Attributes:
        customer_id (str):
        score (str): 0-100; see GET /risk-config for the model
        rating (str):
        level (CreditProfileReadLevel):
        figures (CreditFiguresRead | None):
        reasons (list[str]): Each penalty the model applied
        last_cause_event_id (None | str):
        updated_at (datetime.datetime):
        version (int):
    """

    customer_id: str
    score: str
    rating: str
    level: CreditProfileReadLevel
    figures: CreditFiguresRead | None
    reasons: list[str]
    last_cause_event_id: None | str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_figures_read import CreditFiguresRead  # noqa: PLC0415

        customer_id = self.customer_id

        score = self.score

        rating = self.rating

        level = self.level.value

        figures: dict[str, Any] | None
        if isinstance(self.figures, CreditFiguresRead):
            figures = self.figures.to_dict()
        else:
            figures = self.figures

        reasons = self.reasons

        last_cause_event_id: None | str
        last_cause_event_id = self.last_cause_event_id

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "score": score,
                "rating": rating,
                "level": level,
                "figures": figures,
                "reasons": reasons,
                "last_cause_event_id": last_cause_event_id,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_figures_read import CreditFiguresRead  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        score = d.pop("score")

        rating = d.pop("rating")

        level = CreditProfileReadLevel(d.pop("level"))

        def _parse_figures(data: object) -> CreditFiguresRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figures_type_0 = CreditFiguresRead.from_dict(data)

                return figures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditFiguresRead | None, data)

        figures = _parse_figures(d.pop("figures"))

        reasons = cast(list[str], d.pop("reasons"))

        def _parse_last_cause_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_cause_event_id = _parse_last_cause_event_id(d.pop("last_cause_event_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        credit_profile_read = cls(
            customer_id=customer_id,
            score=score,
            rating=rating,
            level=level,
            figures=figures,
            reasons=reasons,
            last_cause_event_id=last_cause_event_id,
            updated_at=updated_at,
            version=version,
        )

        credit_profile_read.additional_properties = d
        return credit_profile_read

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
