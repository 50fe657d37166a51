"""In-process bus for the embedded mode: same interface, no broker.

``publish`` hands each message to every matching subscriber and returns only
when all of them have committed (or parked) it. The relay marks outbox rows sent
after that, so a crash in between re-delivers from the outbox and the inbox
drops the duplicate: the embedded mode keeps at-least-once delivery with
exactly-once effect, like the broker path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ptp_common.messaging.bus import (
    IncomingMessage,
    MessageCallback,
    OutgoingMessage,
    PublishError,
    topic_matches,
)


@dataclass
class _Subscription:
    consumer: str
    bindings: tuple[str, ...]
    callback: MessageCallback


class InProcessBus:
    def __init__(self) -> None:
        self._subscriptions: dict[str, _Subscription] = {}
        self._started = False

    async def start(self) -> None:
        self._started = True

    async def close(self) -> None:
        self._started = False

    async def is_ready(self) -> bool:
        return self._started

    async def subscribe(self, consumer: str, bindings: Iterable[str], callback: MessageCallback) -> None:
        self._subscriptions[consumer] = _Subscription(consumer, tuple(bindings), callback)

    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        if not self._started:
            raise PublishError("in-process bus is not started")
        for message in messages:
            incoming = IncomingMessage(
                message_id=message.message_id,
                routing_key=message.routing_key,
                body=message.body,
                headers=dict(message.headers),
            )
            for sub in list(self._subscriptions.values()):
                if any(topic_matches(b, message.routing_key) for b in sub.bindings):
                    try:
                        await sub.callback(incoming)
                    except Exception as exc:  # the consumer could not even park it
                        raise PublishError(f"{sub.consumer} failed on {message.message_id}: {exc}") from exc
