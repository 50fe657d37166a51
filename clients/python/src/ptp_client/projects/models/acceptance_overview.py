from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acceptance_overview_status import AcceptanceOverviewStatus

if TYPE_CHECKING:
    from ..models.acceptance_round_read import AcceptanceRoundRead
    from ..models.criterion_read import CriterionRead


T = TypeVar("T", bound="AcceptanceOverview")


@_attrs_define
class AcceptanceOverview:
    """
    Attributes:
        project_id (str):
        status (AcceptanceOverviewStatus):
        criteria (list[CriterionRead]):
        rounds (list[AcceptanceRoundRead]):
        open_rectification_items (int):
    """

    project_id: str
    status: AcceptanceOverviewStatus
    criteria: list[CriterionRead]
    rounds: list[AcceptanceRoundRead]
    open_rectification_items: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        status = self.status.value

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        rounds = []
        for rounds_item_data in self.rounds:
            rounds_item = rounds_item_data.to_dict()
            rounds.append(rounds_item)

        open_rectification_items = self.open_rectification_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "status": status,
                "criteria": criteria,
                "rounds": rounds,
                "open_rectification_items": open_rectification_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_round_read import AcceptanceRoundRead  # noqa: PLC0415
        from ..models.criterion_read import CriterionRead  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id")

        status = AcceptanceOverviewStatus(d.pop("status"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionRead.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        rounds = []
        _rounds = d.pop("rounds")
        for rounds_item_data in _rounds:
            rounds_item = AcceptanceRoundRead.from_dict(rounds_item_data)

            rounds.append(rounds_item)

        open_rectification_items = d.pop("open_rectification_items")

        acceptance_overview = cls(
            project_id=project_id,
            status=status,
            criteria=criteria,
            rounds=rounds,
            open_rectification_items=open_rectification_items,
        )

        acceptance_overview.additional_properties = d
        return acceptance_overview

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
