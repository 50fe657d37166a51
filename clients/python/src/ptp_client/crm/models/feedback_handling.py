from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.step import Step


T = TypeVar("T", bound="FeedbackHandling")


@_attrs_define
class FeedbackHandling:
    """
    Attributes:
        id (str):
        customer_id (str):
        score (int):
        category (str):
        comment (str):
        project_id (None | str):
        survey_id (None | str):
        received_at (datetime.datetime):
        status (str):
        allowed_actions (list[str]):
        missing_before_close (list[str]):
        classification (None | str):
        cause (None | str):
        action (None | str):
        reply (None | str):
        reply_channel (None | str):
        classified (None | Step):
        analysed (None | Step):
        acted (None | Step):
        replied (None | Step):
        closed (None | Step):
        version (int):
    """

    id: str
    customer_id: str
    score: int
    category: str
    comment: str
    project_id: None | str
    survey_id: None | str
    received_at: datetime.datetime
    status: str
    allowed_actions: list[str]
    missing_before_close: list[str]
    classification: None | str
    cause: None | str
    action: None | str
    reply: None | str
    reply_channel: None | str
    classified: None | Step
    analysed: None | Step
    acted: None | Step
    replied: None | Step
    closed: None | Step
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.step import Step  # noqa: PLC0415

        id = self.id

        customer_id = self.customer_id

        score = self.score

        category = self.category

        comment = self.comment

        project_id: None | str
        project_id = self.project_id

        survey_id: None | str
        survey_id = self.survey_id

        received_at = self.received_at.isoformat()

        status = self.status

        allowed_actions = self.allowed_actions

        missing_before_close = self.missing_before_close

        classification: None | str
        classification = self.classification

        cause: None | str
        cause = self.cause

        action: None | str
        action = self.action

        reply: None | str
        reply = self.reply

        reply_channel: None | str
        reply_channel = self.reply_channel

        classified: dict[str, Any] | None
        if isinstance(self.classified, Step):
            classified = self.classified.to_dict()
        else:
            classified = self.classified

        analysed: dict[str, Any] | None
        if isinstance(self.analysed, Step):
            analysed = self.analysed.to_dict()
        else:
            analysed = self.analysed

        acted: dict[str, Any] | None
        if isinstance(self.acted, Step):
            acted = self.acted.to_dict()
        else:
            acted = self.acted

        replied: dict[str, Any] | None
        if isinstance(self.replied, Step):
            replied = self.replied.to_dict()
        else:
            replied = self.replied

        closed: dict[str, Any] | None
        if isinstance(self.closed, Step):
            closed = self.closed.to_dict()
        else:
            closed = self.closed

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "score": score,
                "category": category,
                "comment": comment,
                "project_id": project_id,
                "survey_id": survey_id,
                "received_at": received_at,
                "status": status,
                "allowed_actions": allowed_actions,
                "missing_before_close": missing_before_close,
                "classification": classification,
                "cause": cause,
                "action": action,
                "reply": reply,
                "reply_channel": reply_channel,
                "classified": classified,
                "analysed": analysed,
                "acted": acted,
                "replied": replied,
                "closed": closed,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step import Step  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        score = d.pop("score")

        category = d.pop("category")

        comment = d.pop("comment")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_survey_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        survey_id = _parse_survey_id(d.pop("survey_id"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        status = d.pop("status")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        missing_before_close = cast(list[str], d.pop("missing_before_close"))

        def _parse_classification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        classification = _parse_classification(d.pop("classification"))

        def _parse_cause(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cause = _parse_cause(d.pop("cause"))

        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("action"))

        def _parse_reply(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply = _parse_reply(d.pop("reply"))

        def _parse_reply_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply_channel = _parse_reply_channel(d.pop("reply_channel"))

        def _parse_classified(data: object) -> None | Step:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classified_type_0 = Step.from_dict(data)

                return classified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Step, data)

        classified = _parse_classified(d.pop("classified"))

        def _parse_analysed(data: object) -> None | Step:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysed_type_0 = Step.from_dict(data)

                return analysed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Step, data)

        analysed = _parse_analysed(d.pop("analysed"))

        def _parse_acted(data: object) -> None | Step:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acted_type_0 = Step.from_dict(data)

                return acted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Step, data)

        acted = _parse_acted(d.pop("acted"))

        def _parse_replied(data: object) -> None | Step:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                replied_type_0 = Step.from_dict(data)

                return replied_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Step, data)

        replied = _parse_replied(d.pop("replied"))

        def _parse_closed(data: object) -> None | Step:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closed_type_0 = Step.from_dict(data)

                return closed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Step, data)

        closed = _parse_closed(d.pop("closed"))

        version = d.pop("version")

        feedback_handling = cls(
            id=id,
            customer_id=customer_id,
            score=score,
            category=category,
            comment=comment,
            project_id=project_id,
            survey_id=survey_id,
            received_at=received_at,
            status=status,
            allowed_actions=allowed_actions,
            missing_before_close=missing_before_close,
            classification=classification,
            cause=cause,
            action=action,
            reply=reply,
            reply_channel=reply_channel,
            classified=classified,
            analysed=analysed,
            acted=acted,
            replied=replied,
            closed=closed,
            version=version,
        )

        feedback_handling.additional_properties = d
        return feedback_handling

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
