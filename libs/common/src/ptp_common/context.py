"""Who and why, carried implicitly through one request or one message.

The correlation id ties every event of one deal together; the causation id is the
event that caused the current work; the actor is the authenticated subject. The
unit of work reads them when it writes an event, so callers never thread them by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    correlation_id: str | None = None
    causation_id: str | None = None
    actor: str | None = None


_current: ContextVar[RequestContext] = ContextVar(
    "ptp_request_context",
    default=RequestContext(),  # noqa: B039 - frozen dataclass, immutable
)


def current() -> RequestContext:
    return _current.get()


@contextmanager
def bind(**changes: str | None) -> Iterator[RequestContext]:
    ctx = RequestContext(**{**current().__dict__, **changes})
    token = _current.set(ctx)
    try:
        yield ctx
    finally:
        _current.reset(token)


def set_actor(actor: str | None) -> None:
    """Set the actor for the rest of the current task (auth runs inside the request's task)."""
    _current.set(RequestContext(**{**current().__dict__, "actor": actor}))
