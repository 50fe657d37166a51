"""The bus interface both transports implement: publish confirmed batches; subscribe a consumer.

A subscriber callback returns only after the message's effects are committed
(or it was parked); the transport acks then. If the callback raises, the message
is handed back to the transport for redelivery: nothing is acked before its
work is durable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMessage:
    message_id: str
    routing_key: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    timestamp: dt.datetime | None = None


@dataclass(frozen=True)
class IncomingMessage:
    message_id: str
    routing_key: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redelivered: bool = False


MessageCallback = Callable[[IncomingMessage], Awaitable[None]]


class PublishError(RuntimeError):
    """The broker did not confirm every message of a batch; the caller keeps them for later."""


class Unroutable(PublishError):
    """The broker confirmed the batch but returned these messages: no queue is bound for them.

    Published with ``mandatory``: an event nobody's queue takes yet is not dropped; the caller
    keeps it (the others of the batch are delivered) and tries again later.
    """

    def __init__(self, message_ids: set[str], total: int) -> None:
        super().__init__(f"{len(message_ids)} of {total} unroutable (no queue bound)")
        self.message_ids = message_ids


class Bus(Protocol):
    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        """Return when every message is confirmed by the broker; raise PublishError otherwise
        (:class:`Unroutable` when every message was confirmed but some were returned)."""

    async def subscribe(self, consumer: str, bindings: Iterable[str], callback: MessageCallback) -> None:
        """Deliver messages whose routing key matches one of ``bindings`` (AMQP topic patterns)."""

    async def is_ready(self) -> bool: ...


def topic_matches(pattern: str, routing_key: str) -> bool:
    """AMQP topic matching: ``*`` is exactly one word, ``#`` is zero or more words."""

    def match(p: list[str], k: list[str]) -> bool:
        if not p:
            return not k
        head, rest = p[0], p[1:]
        if head == "#":
            return any(match(rest, k[i:]) for i in range(len(k) + 1))
        if not k:
            return False
        return (head == "*" or head == k[0]) and match(rest, k[1:])

    return match(pattern.split("."), routing_key.split("."))
