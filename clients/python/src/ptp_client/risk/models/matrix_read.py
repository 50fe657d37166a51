from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.matrix_cell import MatrixCell
    from ..models.matrix_read_by_level import MatrixReadByLevel


T = TypeVar("T", bound="MatrixRead")


@_attrs_define
class MatrixRead:
    """
    Attributes:
        cells (list[MatrixCell]): 25 cells, likelihood then impact ascending
        unassessed (int): Open risks with no qualitative assessment yet
        by_level (MatrixReadByLevel):
    """

    cells: list[MatrixCell]
    unassessed: int
    by_level: MatrixReadByLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        unassessed = self.unassessed

        by_level = self.by_level.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cells": cells,
                "unassessed": unassessed,
                "by_level": by_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matrix_cell import MatrixCell  # noqa: PLC0415
        from ..models.matrix_read_by_level import MatrixReadByLevel  # noqa: PLC0415

        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = MatrixCell.from_dict(cells_item_data)

            cells.append(cells_item)

        unassessed = d.pop("unassessed")

        by_level = MatrixReadByLevel.from_dict(d.pop("by_level"))

        matrix_read = cls(
            cells=cells,
            unassessed=unassessed,
            by_level=by_level,
        )

        matrix_read.additional_properties = d
        return matrix_read

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
