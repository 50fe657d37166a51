from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResearchReportCreate")


@_attrs_define
class ResearchReportCreate:
    """
    Attributes:
        title (str):
        industry (str):
        conclusion (str):
        opportunity_id (None | str | Unset):
        trends (str | Unset):  Default: ''.
        competitors (str | Unset):  Default: ''.
        needs_changes (str | Unset):  Default: ''.
    """

    title: str
    industry: str
    conclusion: str
    opportunity_id: None | str | Unset = UNSET
    trends: str | Unset = ""
    competitors: str | Unset = ""
    needs_changes: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        industry = self.industry

        conclusion = self.conclusion

        opportunity_id: None | str | Unset
        if isinstance(self.opportunity_id, Unset):
            opportunity_id = UNSET
        else:
            opportunity_id = self.opportunity_id

        trends = self.trends

        competitors = self.competitors

        needs_changes = self.needs_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "industry": industry,
                "conclusion": conclusion,
            }
        )
        if opportunity_id is not UNSET:
            field_dict["opportunity_id"] = opportunity_id
        if trends is not UNSET:
            field_dict["trends"] = trends
        if competitors is not UNSET:
            field_dict["competitors"] = competitors
        if needs_changes is not UNSET:
            field_dict["needs_changes"] = needs_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        industry = d.pop("industry")

        conclusion = d.pop("conclusion")

        def _parse_opportunity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opportunity_id = _parse_opportunity_id(d.pop("opportunity_id", UNSET))

        trends = d.pop("trends", UNSET)

        competitors = d.pop("competitors", UNSET)

        needs_changes = d.pop("needs_changes", UNSET)

        research_report_create = cls(
            title=title,
            industry=industry,
            conclusion=conclusion,
            opportunity_id=opportunity_id,
            trends=trends,
            competitors=competitors,
            needs_changes=needs_changes,
        )

        research_report_create.additional_properties = d
        return research_report_create

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
