from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressReportRead")


@_attrs_define
class ProgressReportRead:
    """
    Attributes:
        id (str):
        project_id (str):
        author (str):
        period_start (datetime.date):
        period_end (datetime.date):
        percent_complete (int):
        done (str):
        next_ (str):
        problems (str):
        created_at (datetime.datetime):
    """

    id: str
    project_id: str
    author: str
    period_start: datetime.date
    period_end: datetime.date
    percent_complete: int
    done: str
    next_: str
    problems: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        author = self.author

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        percent_complete = self.percent_complete

        done = self.done

        next_ = self.next_

        problems = self.problems

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "author": author,
                "period_start": period_start,
                "period_end": period_end,
                "percent_complete": percent_complete,
                "done": done,
                "next": next_,
                "problems": problems,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        author = d.pop("author")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        percent_complete = d.pop("percent_complete")

        done = d.pop("done")

        next_ = d.pop("next")

        problems = d.pop("problems")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        progress_report_read = cls(
            id=id,
            project_id=project_id,
            author=author,
            period_start=period_start,
            period_end=period_end,
            percent_complete=percent_complete,
            done=done,
            next_=next_,
            problems=problems,
            created_at=created_at,
        )

        progress_report_read.additional_properties = d
        return progress_report_read

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
