from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acceptance_round_read_status import AcceptanceRoundReadStatus

if TYPE_CHECKING:
    from ..models.criterion_result_read import CriterionResultRead


T = TypeVar("T", bound="AcceptanceRoundRead")


@_attrs_define
class AcceptanceRoundRead:
    """
    Attributes:
        id (str):
        project_id (str):
        number (int):
        status (AcceptanceRoundReadStatus):
        opened_at (datetime.datetime):
        opened_by (str):
        closed_at (datetime.datetime | None):
        closed_by (None | str):
        results (list[CriterionResultRead]):
        unchecked_criteria (list[str]):
        version (int):
    """

    id: str
    project_id: str
    number: int
    status: AcceptanceRoundReadStatus
    opened_at: datetime.datetime
    opened_by: str
    closed_at: datetime.datetime | None
    closed_by: None | str
    results: list[CriterionResultRead]
    unchecked_criteria: list[str]
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        number = self.number

        status = self.status.value

        opened_at = self.opened_at.isoformat()

        opened_by = self.opened_by

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closed_by: None | str
        closed_by = self.closed_by

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        unchecked_criteria = self.unchecked_criteria

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "number": number,
                "status": status,
                "opened_at": opened_at,
                "opened_by": opened_by,
                "closed_at": closed_at,
                "closed_by": closed_by,
                "results": results,
                "unchecked_criteria": unchecked_criteria,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_result_read import CriterionResultRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        number = d.pop("number")

        status = AcceptanceRoundReadStatus(d.pop("status"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        opened_by = d.pop("opened_by")

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        def _parse_closed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by = _parse_closed_by(d.pop("closed_by"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CriterionResultRead.from_dict(results_item_data)

            results.append(results_item)

        unchecked_criteria = cast(list[str], d.pop("unchecked_criteria"))

        version = d.pop("version")

        acceptance_round_read = cls(
            id=id,
            project_id=project_id,
            number=number,
            status=status,
            opened_at=opened_at,
            opened_by=opened_by,
            closed_at=closed_at,
            closed_by=closed_by,
            results=results,
            unchecked_criteria=unchecked_criteria,
            version=version,
        )

        acceptance_round_read.additional_properties = d
        return acceptance_round_read

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
