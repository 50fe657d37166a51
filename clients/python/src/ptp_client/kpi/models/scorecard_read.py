from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_result import IndicatorResult
    from ..models.qualitative_result import QualitativeResult


T = TypeVar("T", bound="ScorecardRead")


@_attrs_define
class ScorecardRead:
    """
    Attributes:
        id (str):
        subject_type (str):
        subject_id (str):
        period (str):
        status (str):
        allowed_actions (list[str]):
        quantitative_weight (str):
        indicators (list[IndicatorResult]):
        quantitative_score (None | str):
        qualitative (QualitativeResult):
        total_score (None | str):
        created_by (str):
        published_by (None | str):
        published_at (datetime.datetime | None):
        as_of_trail_seq (int | None):
        version (int):
    """

    id: str
    subject_type: str
    subject_id: str
    period: str
    status: str
    allowed_actions: list[str]
    quantitative_weight: str
    indicators: list[IndicatorResult]
    quantitative_score: None | str
    qualitative: QualitativeResult
    total_score: None | str
    created_by: str
    published_by: None | str
    published_at: datetime.datetime | None
    as_of_trail_seq: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject_type = self.subject_type

        subject_id = self.subject_id

        period = self.period

        status = self.status

        allowed_actions = self.allowed_actions

        quantitative_weight = self.quantitative_weight

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        quantitative_score: None | str
        quantitative_score = self.quantitative_score

        qualitative = self.qualitative.to_dict()

        total_score: None | str
        total_score = self.total_score

        created_by = self.created_by

        published_by: None | str
        published_by = self.published_by

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        as_of_trail_seq: int | None
        as_of_trail_seq = self.as_of_trail_seq

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
                "allowed_actions": allowed_actions,
                "quantitative_weight": quantitative_weight,
                "indicators": indicators,
                "quantitative_score": quantitative_score,
                "qualitative": qualitative,
                "total_score": total_score,
                "created_by": created_by,
                "published_by": published_by,
                "published_at": published_at,
                "as_of_trail_seq": as_of_trail_seq,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_result import IndicatorResult  # noqa: PLC0415
        from ..models.qualitative_result import QualitativeResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        subject_type = d.pop("subject_type")

        subject_id = d.pop("subject_id")

        period = d.pop("period")

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        quantitative_weight = d.pop("quantitative_weight")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorResult.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        def _parse_quantitative_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quantitative_score = _parse_quantitative_score(d.pop("quantitative_score"))

        qualitative = QualitativeResult.from_dict(d.pop("qualitative"))

        def _parse_total_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        total_score = _parse_total_score(d.pop("total_score"))

        created_by = d.pop("created_by")

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_as_of_trail_seq(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        as_of_trail_seq = _parse_as_of_trail_seq(d.pop("as_of_trail_seq"))

        version = d.pop("version")

        scorecard_read = cls(
            id=id,
            subject_type=subject_type,
            subject_id=subject_id,
            period=period,
            status=status,
            allowed_actions=allowed_actions,
            quantitative_weight=quantitative_weight,
            indicators=indicators,
            quantitative_score=quantitative_score,
            qualitative=qualitative,
            total_score=total_score,
            created_by=created_by,
            published_by=published_by,
            published_at=published_at,
            as_of_trail_seq=as_of_trail_seq,
            version=version,
        )

        scorecard_read.additional_properties = d
        return scorecard_read

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
