from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_read_indicator_level_type_0 import RiskReadIndicatorLevelType0
from ..models.risk_read_kind import RiskReadKind
from ..models.risk_read_level_type_0 import RiskReadLevelType0
from ..models.risk_read_qualitative_level_type_0 import RiskReadQualitativeLevelType0
from ..models.risk_read_quantitative_level_type_0 import RiskReadQuantitativeLevelType0
from ..models.risk_read_status import RiskReadStatus

if TYPE_CHECKING:
    from ..models.level_override_read import LevelOverrideRead


T = TypeVar("T", bound="RiskRead")


@_attrs_define
class RiskRead:
    """
    Attributes:
        id (str):
        kind (RiskReadKind):
        title (str):
        description (str):
        status (RiskReadStatus):
        level (None | RiskReadLevelType0): The manager's override if one is in force, else the most severe of the latest
            qualitative assessment, the latest quantitative one and the worst indicator breach; null until assessed
        qualitative_level (None | RiskReadQualitativeLevelType0): Latest qualitative (matrix) assessment
        quantitative_level (None | RiskReadQuantitativeLevelType0): Latest quantitative assessment
        indicator_level (None | RiskReadIndicatorLevelType0): Worst latest indicator reading past a threshold (medium or
            high), if any
        level_override (LevelOverrideRead | None): A manager's override in force (ends with the next assessment or
            indicator change)
        owner (str):
        customer_id (None | str):
        contract_id (None | str):
        project_id (None | str):
        raised_automatically (bool):
        created_at (datetime.datetime):
        created_by (str):
        updated_at (datetime.datetime):
        version (int):
        allowed_actions (list[str]):
    """

    id: str
    kind: RiskReadKind
    title: str
    description: str
    status: RiskReadStatus
    level: None | RiskReadLevelType0
    qualitative_level: None | RiskReadQualitativeLevelType0
    quantitative_level: None | RiskReadQuantitativeLevelType0
    indicator_level: None | RiskReadIndicatorLevelType0
    level_override: LevelOverrideRead | None
    owner: str
    customer_id: None | str
    contract_id: None | str
    project_id: None | str
    raised_automatically: bool
    created_at: datetime.datetime
    created_by: str
    updated_at: datetime.datetime
    version: int
    allowed_actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.level_override_read import LevelOverrideRead  # noqa: PLC0415

        id = self.id

        kind = self.kind.value

        title = self.title

        description = self.description

        status = self.status.value

        level: None | str
        if isinstance(self.level, RiskReadLevelType0):
            level = self.level.value
        else:
            level = self.level

        qualitative_level: None | str
        if isinstance(self.qualitative_level, RiskReadQualitativeLevelType0):
            qualitative_level = self.qualitative_level.value
        else:
            qualitative_level = self.qualitative_level

        quantitative_level: None | str
        if isinstance(self.quantitative_level, RiskReadQuantitativeLevelType0):
            quantitative_level = self.quantitative_level.value
        else:
            quantitative_level = self.quantitative_level

        indicator_level: None | str
        if isinstance(self.indicator_level, RiskReadIndicatorLevelType0):
            indicator_level = self.indicator_level.value
        else:
            indicator_level = self.indicator_level

        level_override: dict[str, Any] | None
        if isinstance(self.level_override, LevelOverrideRead):
            level_override = self.level_override.to_dict()
        else:
            level_override = self.level_override

        owner = self.owner

        customer_id: None | str
        customer_id = self.customer_id

        contract_id: None | str
        contract_id = self.contract_id

        project_id: None | str
        project_id = self.project_id

        raised_automatically = self.raised_automatically

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        version = self.version

        allowed_actions = self.allowed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "description": description,
                "status": status,
                "level": level,
                "qualitative_level": qualitative_level,
                "quantitative_level": quantitative_level,
                "indicator_level": indicator_level,
                "level_override": level_override,
                "owner": owner,
                "customer_id": customer_id,
                "contract_id": contract_id,
                "project_id": project_id,
                "raised_automatically": raised_automatically,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "version": version,
                "allowed_actions": allowed_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.level_override_read import LevelOverrideRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = RiskReadKind(d.pop("kind"))

        title = d.pop("title")

        description = d.pop("description")

        status = RiskReadStatus(d.pop("status"))

        def _parse_level(data: object) -> None | RiskReadLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = RiskReadLevelType0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskReadLevelType0, data)

        level = _parse_level(d.pop("level"))

        def _parse_qualitative_level(data: object) -> None | RiskReadQualitativeLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualitative_level_type_0 = RiskReadQualitativeLevelType0(data)

                return qualitative_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskReadQualitativeLevelType0, data)

        qualitative_level = _parse_qualitative_level(d.pop("qualitative_level"))

        def _parse_quantitative_level(data: object) -> None | RiskReadQuantitativeLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantitative_level_type_0 = RiskReadQuantitativeLevelType0(data)

                return quantitative_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskReadQuantitativeLevelType0, data)

        quantitative_level = _parse_quantitative_level(d.pop("quantitative_level"))

        def _parse_indicator_level(data: object) -> None | RiskReadIndicatorLevelType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                indicator_level_type_0 = RiskReadIndicatorLevelType0(data)

                return indicator_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskReadIndicatorLevelType0, data)

        indicator_level = _parse_indicator_level(d.pop("indicator_level"))

        def _parse_level_override(data: object) -> LevelOverrideRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_override_type_0 = LevelOverrideRead.from_dict(data)

                return level_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LevelOverrideRead | None, data)

        level_override = _parse_level_override(d.pop("level_override"))

        owner = d.pop("owner")

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id"))

        def _parse_contract_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_id = _parse_contract_id(d.pop("contract_id"))

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        raised_automatically = d.pop("raised_automatically")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        risk_read = cls(
            id=id,
            kind=kind,
            title=title,
            description=description,
            status=status,
            level=level,
            qualitative_level=qualitative_level,
            quantitative_level=quantitative_level,
            indicator_level=indicator_level,
            level_override=level_override,
            owner=owner,
            customer_id=customer_id,
            contract_id=contract_id,
            project_id=project_id,
            raised_automatically=raised_automatically,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            version=version,
            allowed_actions=allowed_actions,
        )

        risk_read.additional_properties = d
        return risk_read

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
