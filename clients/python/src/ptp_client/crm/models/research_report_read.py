from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResearchReportRead")


@_attrs_define
class ResearchReportRead:
    """
    Attributes:
        id (str):
        title (str):
        industry (str):
        opportunity_id (None | str):
        trends (str):
        competitors (str):
        needs_changes (str):
        conclusion (str):
        created_at (datetime.datetime):
        created_by (str):
    """

    id: str
    title: str
    industry: str
    opportunity_id: None | str
    trends: str
    competitors: str
    needs_changes: str
    conclusion: str
    created_at: datetime.datetime
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        industry = self.industry

        opportunity_id: None | str
        opportunity_id = self.opportunity_id

        trends = self.trends

        competitors = self.competitors

        needs_changes = self.needs_changes

        conclusion = self.conclusion

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "industry": industry,
                "opportunity_id": opportunity_id,
                "trends": trends,
                "competitors": competitors,
                "needs_changes": needs_changes,
                "conclusion": conclusion,
                "created_at": created_at,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        industry = d.pop("industry")

        def _parse_opportunity_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id"))

        trends = d.pop("trends")

        competitors = d.pop("competitors")

        needs_changes = d.pop("needs_changes")

        conclusion = d.pop("conclusion")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        research_report_read = cls(
            id=id,
            title=title,
            industry=industry,
            opportunity_id=opportunity_id,
            trends=trends,
            competitors=competitors,
            needs_changes=needs_changes,
            conclusion=conclusion,
            created_at=created_at,
            created_by=created_by,
        )

        research_report_read.additional_properties = d
        return research_report_read

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
