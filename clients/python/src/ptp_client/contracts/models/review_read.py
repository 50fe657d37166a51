from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """
    Attributes:
        revision (int):
        reviewer (str):
        decision (str):
        comments (str):
        at (datetime.datetime):
    """

    revision: int
    reviewer: str
    decision: str
    comments: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revision = self.revision

        reviewer = self.reviewer

        decision = self.decision

        comments = self.comments

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revision": revision,
                "reviewer": reviewer,
                "decision": decision,
                "comments": comments,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revision = d.pop("revision")

        reviewer = d.pop("reviewer")

        decision = d.pop("decision")

        comments = d.pop("comments")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        review_read = cls(
            revision=revision,
            reviewer=reviewer,
            decision=decision,
            comments=comments,
            at=at,
        )

        review_read.additional_properties = d
        return review_read

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
