"""A two-service sample (alpha produces, beta consumes) to exercise the shared mechanisms."""

from __future__ import annotations

from ptp_common.db import service_metadata
from ptp_common.db.uow import UnitOfWork
from ptp_common.events import EventData, event
from ptp_common.events.envelope import Envelope
from sqlalchemy import Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


@event("sample.widget.created")
class WidgetCreated(EventData):
    """Test event."""

    widget_id: str
    name: str


@event("sample.widget.counted")
class WidgetCounted(EventData):
    """Test event raised by the consumer (an event caused by an event)."""

    widget_id: str


class AlphaBase(DeclarativeBase):
    metadata = service_metadata()


class BetaBase(DeclarativeBase):
    metadata = service_metadata()


class Widget(AlphaBase):
    __tablename__ = "widgets"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class SeenWidget(BetaBase):
    """One row per applied event: a second row for the same widget is a double effect."""

    __tablename__ = "seen_widgets"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    widget_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))


class PoisonSwitch:
    """Handler behaviour the test controls: which names fail, and how often they were tried."""

    def __init__(self) -> None:
        self.failing: set[str] = set()
        self.attempts: dict[str, int] = {}


def beta_handlers(switch: PoisonSwitch):  # type: ignore[no-untyped-def]
    async def on_widget_created(env: Envelope, data: EventData, uow: UnitOfWork) -> None:
        assert isinstance(data, WidgetCreated)
        switch.attempts[data.name] = switch.attempts.get(data.name, 0) + 1
        if data.name in switch.failing:
            raise RuntimeError(f"cannot handle {data.name}")
        uow.session.add(SeenWidget(widget_id=data.widget_id, name=data.name))
        uow.emit(WidgetCounted(widget_id=data.widget_id), subject=data.widget_id)

    return {"sample.widget.created": on_widget_created}
