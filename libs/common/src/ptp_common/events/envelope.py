"""CloudEvents 1.0 envelope (structured JSON mode) with the suite's extensions.

Extension attributes follow CloudEvents naming (lower-case, no separators):
``correlationid`` ties a deal's events together, ``causationid`` names the event
that caused this one, ``actor`` is who acted, ``traceparent`` is W3C trace context.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ptp_common import context
from ptp_common.events.registry import REGISTRY, EventData


class Envelope(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    specversion: str = "1.0"
    id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    source: str
    type: str
    time: dt.datetime
    subject: str | None = None
    datacontenttype: str = "application/json"
    dataschema: str
    correlationid: str
    causationid: str | None = None
    actor: str | None = None
    traceparent: str | None = None
    data: dict[str, Any]

    def parsed(self) -> EventData:
        """The ``data`` validated against the registered model of this type and version."""
        return REGISTRY.model_for(self.type, self.dataschema).model_validate(self.data)

    @property
    def version(self) -> int:
        return REGISTRY.version_of(self.dataschema)


def new_envelope(
    source: str,
    data: EventData,
    *,
    subject: str | None = None,
    actor: str | None = None,
    correlation_id: str | None = None,
    causation_id: str | None = None,
    time: dt.datetime | None = None,
) -> Envelope:
    """Wrap an event model, taking correlation, causation and actor from the current context."""
    ctx = context.current()
    spec = REGISTRY.spec_of(type(data))
    event_id = str(uuid.uuid4())
    return Envelope(
        id=event_id,
        source=source,
        type=spec.type,
        time=time or dt.datetime.now(dt.UTC),
        subject=subject,
        dataschema=spec.dataschema,
        correlationid=correlation_id or ctx.correlation_id or event_id,
        causationid=causation_id or ctx.causation_id,
        actor=actor or ctx.actor,
        data=data.model_dump(mode="json"),
    )
