from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.revision_read_changes import RevisionReadChanges


T = TypeVar("T", bound="RevisionRead")


@_attrs_define
class RevisionRead:
    """
    Attributes:
        number (int):
        author (str):
        at (datetime.datetime):
        summary (str):
        changed_fields (list[str]):
        changes (RevisionReadChanges): Per field: {"from": old value, "to": new value}
    """

    number: int
    author: str
    at: datetime.datetime
    summary: str
    changed_fields: list[str]
    changes: RevisionReadChanges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        author = self.author

        at = self.at.isoformat()

        summary = self.summary

        changed_fields = self.changed_fields

        changes = self.changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "author": author,
                "at": at,
                "summary": summary,
                "changed_fields": changed_fields,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_read_changes import RevisionReadChanges  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        author = d.pop("author")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        summary = d.pop("summary")

        changed_fields = cast(list[str], d.pop("changed_fields"))

        changes = RevisionReadChanges.from_dict(d.pop("changes"))

        revision_read = cls(
            number=number,
            author=author,
            at=at,
            summary=summary,
            changed_fields=changed_fields,
            changes=changes,
        )

        revision_read.additional_properties = d
        return revision_read

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
