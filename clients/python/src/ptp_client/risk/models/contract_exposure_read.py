from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_amount import MoneyAmount


T = TypeVar("T", bound="ContractExposureRead")


@_attrs_define
class ContractExposureRead:
    """
    Attributes:
        contract_id (str):
        total (MoneyAmount | None):
        exposure (MoneyAmount | None): None while only the contract's end was seen
        settled_at (datetime.datetime | None):
        ended_at (datetime.datetime | None | Unset):
        end_status (None | str | Unset): completed | terminated
    """

    contract_id: str
    total: MoneyAmount | None
    exposure: MoneyAmount | None
    settled_at: datetime.datetime | None
    ended_at: datetime.datetime | None | Unset = UNSET
    end_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_amount import MoneyAmount  # noqa: PLC0415

        contract_id = self.contract_id

        total: dict[str, Any] | None
        if isinstance(self.total, MoneyAmount):
            total = self.total.to_dict()
        else:
            total = self.total

        exposure: dict[str, Any] | None
        if isinstance(self.exposure, MoneyAmount):
            exposure = self.exposure.to_dict()
        else:
            exposure = self.exposure

        settled_at: None | str
        if isinstance(self.settled_at, datetime.datetime):
            settled_at = self.settled_at.isoformat()
        else:
            settled_at = self.settled_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        end_status: None | str | Unset
        if isinstance(self.end_status, Unset):
            end_status = UNSET
        else:
            end_status = self.end_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract_id": contract_id,
                "total": total,
                "exposure": exposure,
                "settled_at": settled_at,
            }
        )
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if end_status is not UNSET:
            field_dict["end_status"] = end_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_amount import MoneyAmount  # noqa: PLC0415

        d = dict(src_dict)
        contract_id = d.pop("contract_id")

        def _parse_total(data: object) -> MoneyAmount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = MoneyAmount.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyAmount | None, data)

        total = _parse_total(d.pop("total"))

        def _parse_exposure(data: object) -> MoneyAmount | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exposure_type_0 = MoneyAmount.from_dict(data)

                return exposure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyAmount | None, data)

        exposure = _parse_exposure(d.pop("exposure"))

        def _parse_settled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settled_at_type_0 = datetime.datetime.fromisoformat(data)

                return settled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        settled_at = _parse_settled_at(d.pop("settled_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_end_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_status = _parse_end_status(d.pop("end_status", UNSET))

        contract_exposure_read = cls(
            contract_id=contract_id,
            total=total,
            exposure=exposure,
            settled_at=settled_at,
            ended_at=ended_at,
            end_status=end_status,
        )

        contract_exposure_read.additional_properties = d
        return contract_exposure_read

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
