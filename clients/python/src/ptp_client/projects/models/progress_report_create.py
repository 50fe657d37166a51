from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressReportCreate")


@_attrs_define
class ProgressReportCreate:
    """
    Attributes:
        period_start (datetime.date):
        period_end (datetime.date):
        percent_complete (int):
        done (str | Unset):  Default: ''.
        next_ (str | Unset):  Default: ''.
        problems (str | Unset):  Default: ''.
    """

    period_start: datetime.date
    period_end: datetime.date
    percent_complete: int
    done: str | Unset = ""
    next_: str | Unset = ""
    problems: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        percent_complete = self.percent_complete

        done = self.done

        next_ = self.next_

        problems = self.problems

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_start": period_start,
                "period_end": period_end,
                "percent_complete": percent_complete,
            }
        )
        if done is not UNSET:
            field_dict["done"] = done
        if next_ is not UNSET:
            field_dict["next"] = next_
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        percent_complete = d.pop("percent_complete")

        done = d.pop("done", UNSET)

        next_ = d.pop("next", UNSET)

        problems = d.pop("problems", UNSET)

        progress_report_create = cls(
            period_start=period_start,
            period_end=period_end,
            percent_complete=percent_complete,
            done=done,
            next_=next_,
            problems=problems,
        )

        progress_report_create.additional_properties = d
        return progress_report_create

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
