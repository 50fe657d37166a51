"""RabbitMQ transport (aio-pika).

Topology, declared idempotently at start and re-declared by the robust
connection after every reconnect:

- one durable topic exchange (``PTP_EVENTS_EXCHANGE``), routing key = event type;
- per consuming service, one durable queue ``<prefix>.<service>`` (quorum where
  the broker supports it) bound to the types it handles, dead-lettering to
  ``<prefix>.<service>.dlq`` through the ``<prefix>.dlx`` exchange. The broker
  dead-letters a message it gave up on (quorum ``x-delivery-limit``, e.g. a
  message that keeps killing its consumer); the consumer moves those into the
  service's parked messages table, where operators see every parked message in
  one list.
- ``topology`` (consumer -> bindings, every installed service's ``HANDLERS``):
  declared on the first connection, before anything is published, so an event
  published before its consumer ever ran waits in that consumer's queue.

Publishing uses one channel with publisher confirms; a batch is published
concurrently (pipelined) and the call returns only when every message is
confirmed, so the relay marks rows sent only after the broker owns them.
Messages are ``mandatory``: one the broker cannot route to any queue is
returned, and :class:`Unroutable` names it, so the relay keeps it unsent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import aio_pika
import aiormq.exceptions
from aio_pika.abc import (
    AbstractIncomingMessage,
    AbstractRobustChannel,
    AbstractRobustConnection,
    AbstractRobustExchange,
)
from opentelemetry import context as otel_context
from opentelemetry import propagate

from ptp_common.messaging.bus import (
    IncomingMessage,
    MessageCallback,
    OutgoingMessage,
    PublishError,
    Unroutable,
)

log = logging.getLogger(__name__)

DELIVERY_LIMIT = 20  # default broker-side ceiling on redeliveries of one message (quorum queues)
NACK_DELAY_SECONDS = 1.0  # pause before handing back a message we could not even park


class RabbitMQBus:
    def __init__(
        self,
        url: str,
        *,
        exchange: str = "ptp.events",
        queue_prefix: str = "ptp",
        prefetch: int = 16,
        quorum: bool = True,
        publish_timeout: float = 10.0,
        reconnect_interval: float = 1.0,
        delivery_limit: int = DELIVERY_LIMIT,
        topology: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.url = url
        self.exchange_name = exchange
        self.queue_prefix = queue_prefix
        self.prefetch = prefetch
        self.quorum = quorum
        self.publish_timeout = publish_timeout
        self.reconnect_interval = reconnect_interval
        self.delivery_limit = delivery_limit
        self.topology = dict(topology or {})
        self._connection: AbstractRobustConnection | None = None
        self._publish_channel: AbstractRobustChannel | None = None
        self._exchange: AbstractRobustExchange | None = None
        self._consume_channels: list[AbstractRobustChannel] = []
        self._lock = asyncio.Lock()
        self.queues: dict[str, str] = {}

    # -- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        await self._ensure_connection()

    async def _ensure_connection(self) -> AbstractRobustExchange:
        async with self._lock:
            if self._exchange is not None and self._connection and not self._connection.is_closed:
                return self._exchange
            if self._connection is None:
                self._connection = await aio_pika.connect_robust(
                    self.url,
                    client_properties={"connection_name": f"ptp:{self.queue_prefix}"},
                    reconnect_interval=self.reconnect_interval,
                )
            channel = await self._connection.channel(publisher_confirms=True, on_return_raises=True)
            exchange = await channel.declare_exchange(
                self.exchange_name, aio_pika.ExchangeType.TOPIC, durable=True
            )
            # Every consumer's queue before the first publish (the robust channel re-declares
            # them after a reconnect): nothing is published into an exchange with a queue missing.
            for consumer, bindings in sorted(self.topology.items()):
                await self._declare_consumer(channel, consumer, bindings)  # type: ignore[arg-type]
            self._exchange = exchange  # type: ignore[assignment]
            self._publish_channel = channel  # type: ignore[assignment]
            return self._exchange  # type: ignore[return-value]

    async def _declare_consumer(
        self, channel: AbstractRobustChannel, consumer: str, bindings: Iterable[str]
    ) -> aio_pika.abc.AbstractRobustQueue:
        """Declare ``consumer``'s queue, bindings and dead-letter queue (idempotent)."""
        exchange = await channel.declare_exchange(
            self.exchange_name, aio_pika.ExchangeType.TOPIC, durable=True
        )
        dlx = await channel.declare_exchange(
            f"{self.queue_prefix}.dlx", aio_pika.ExchangeType.DIRECT, durable=True
        )
        dlq = await channel.declare_queue(
            self.dead_letter_queue_name(consumer), durable=True, arguments=self._queue_args()
        )
        await dlq.bind(dlx, routing_key=consumer)
        args = {
            **self._queue_args(),
            "x-dead-letter-exchange": dlx.name,
            "x-dead-letter-routing-key": consumer,
        }
        if self.quorum:
            args["x-delivery-limit"] = self.delivery_limit
        queue = await channel.declare_queue(self.queue_name(consumer), durable=True, arguments=args)
        for pattern in bindings:
            await queue.bind(exchange, routing_key=pattern)
        return queue  # type: ignore[return-value]

    async def close(self) -> None:
        for ch in self._consume_channels:
            if not ch.is_closed:
                await ch.close()
        self._consume_channels.clear()
        if self._connection is not None:
            await self._connection.close()
        self._connection = None
        self._exchange = None

    async def is_ready(self) -> bool:
        return (
            self._connection is not None
            and not self._connection.is_closed
            and self._publish_channel is not None
            and not self._publish_channel.is_closed
        )

    # -- publishing --------------------------------------------------------------------------
    async def publish(self, messages: Sequence[OutgoingMessage]) -> None:
        if not messages:
            return
        try:
            exchange = await self._ensure_connection()
            results = await asyncio.wait_for(
                asyncio.gather(*(self._publish_one(exchange, m) for m in messages), return_exceptions=True),
                timeout=self.publish_timeout,
            )
        except Exception as exc:
            raise PublishError(f"publishing failed: {exc!r}") from exc
        failures = [r for r in results if isinstance(r, BaseException)]
        returned = {
            m.message_id
            for m, r in zip(messages, results, strict=True)
            if isinstance(r, aiormq.exceptions.PublishError)
        }
        if len(failures) > len(returned):
            other = next(f for f in failures if not isinstance(f, aiormq.exceptions.PublishError))
            raise PublishError(f"{len(failures)} of {len(messages)} not confirmed: {other!r}")
        if returned:
            raise Unroutable(returned, len(messages))

    async def _publish_one(self, exchange: AbstractRobustExchange, m: OutgoingMessage) -> Any:
        # Publish inside the trace the message carries, so the aio-pika instrumentation's
        # span (and the traceparent it writes into the headers) continues that trace.
        token = otel_context.attach(propagate.extract(m.headers))
        try:
            return await self._publish_in_context(exchange, m)
        finally:
            otel_context.detach(token)

    async def _publish_in_context(self, exchange: AbstractRobustExchange, m: OutgoingMessage) -> Any:
        return await exchange.publish(
            aio_pika.Message(
                body=m.body,
                message_id=m.message_id,
                type=m.routing_key,
                content_type="application/cloudevents+json",
                delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                headers=dict(m.headers),
                timestamp=m.timestamp,
            ),
            routing_key=m.routing_key,
            mandatory=True,  # returned if no queue takes it: the relay keeps it in the outbox
        )

    # -- consuming ---------------------------------------------------------------------------
    def queue_name(self, consumer: str) -> str:
        return f"{self.queue_prefix}.{consumer}"

    def dead_letter_queue_name(self, consumer: str) -> str:
        return f"{self.queue_prefix}.{consumer}.dlq"

    async def subscribe(self, consumer: str, bindings: Iterable[str], callback: MessageCallback) -> None:
        await self._ensure_connection()
        assert self._connection is not None
        channel = await self._connection.channel()
        await channel.set_qos(prefetch_count=self.prefetch)
        self._consume_channels.append(channel)  # type: ignore[arg-type]
        queue = await self._declare_consumer(channel, consumer, bindings)  # type: ignore[arg-type]
        self.queues[consumer] = queue.name
        await queue.consume(self._on_message(callback))

    async def subscribe_dead_letters(self, consumer: str, callback: MessageCallback) -> None:
        """Consume what the broker dead-lettered for ``consumer`` (declared by :meth:`subscribe`)."""
        assert self._connection is not None
        channel = await self._connection.channel()
        await channel.set_qos(prefetch_count=16)
        self._consume_channels.append(channel)  # type: ignore[arg-type]
        dlq = await channel.declare_queue(
            self.dead_letter_queue_name(consumer), durable=True, arguments=self._queue_args()
        )
        await dlq.consume(self._on_message(callback))

    def _queue_args(self) -> dict[str, Any]:
        return {"x-queue-type": "quorum"} if self.quorum else {}

    def _on_message(self, callback: MessageCallback):  # type: ignore[no-untyped-def]
        async def on_message(message: AbstractIncomingMessage) -> None:
            incoming = IncomingMessage(
                message_id=message.message_id or "",
                routing_key=message.routing_key or "",
                body=message.body,
                headers={k: _header_str(v) for k, v in (message.headers or {}).items()},
                redelivered=bool(message.redelivered),
            )
            try:
                await callback(incoming)
            except Exception:
                # Not even parking worked (e.g. our database is down): hand it back
                # after a pause; the broker redelivers it later. Nothing is lost.
                log.exception("message %s handed back for redelivery", incoming.message_id)
                await asyncio.sleep(NACK_DELAY_SECONDS)
                await message.nack(requeue=True)
                return
            await message.ack()

        return on_message

    async def consumer_count(self, consumer: str) -> int:
        """How many consumers the broker sees on a service's queue (operations and tests)."""
        assert self._connection is not None
        channel = await self._connection.channel()
        try:
            queue = await channel.declare_queue(self.queue_name(consumer), passive=True)
            return int(queue.declaration_result.consumer_count or 0)
        finally:
            await channel.close()


def _header_str(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
