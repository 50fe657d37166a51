"""Helpers of the webhooks tests: a real HTTP receiver, and the service on PostgreSQL + RabbitMQ.

The receiver is a Starlette app served by uvicorn on a free port of 127.0.0.1. It verifies
every request with the ``standardwebhooks`` package (not ours) against the secrets the test
gives it, keeps a deduplicated log by ``webhook-id`` (as a receiving system should), and can
be told to fail, to answer 410, to hold its answers (a slow receiver), to answer a large body,
or be killed (connections aborted, port closed) and restarted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.schemas.crm import CustomerRegistered
from ptp_common.messaging.bus import IncomingMessage, OutgoingMessage
from ptp_common.messaging.rabbitmq import RabbitMQBus
from ptp_common.service import ServiceRuntime
from ptp_common.testing.clients import bearer, running_app
from ptp_common.testing.ports import free_port
from ptp_common.testing.waiting import eventually
from ptp_webhooks.config import WebhooksConfig
from ptp_webhooks.service import make_definition
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

ADMIN = bearer(["admin"], sub="ops")
SERVICE = bearer(["service"], sub="finance-system")

# Fast retries for tests; loopback allowed only through the operators' allow-list.
FAST = {
    "require_public_urls": True,
    "allowed_hosts": "127.0.0.1",
    "poll_seconds": 0.05,
    "backoff_base_seconds": 0.05,
    "backoff_max_seconds": 0.4,
    "timeout_seconds": 5.0,
    "max_concurrency": 8,
}


@dataclass
class Received:
    webhook_id: str
    verified_with: list[int]  # indexes into the receiver's secrets that verify this request
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Receiver:
    """A webhook receiver; ``log`` is its deduplicated log (ids in first-seen order)."""

    port: int = field(default_factory=free_port)
    secrets: list[str] = field(default_factory=list)
    answer: int = 204
    # A slow receiver: while set, each request waits for the event before it is answered.
    hold: asyncio.Event | None = None
    # When set, the answer's body is streamed from what it returns (a large or endless body).
    answer_body: Callable[[], AsyncIterator[bytes]] | None = None
    requests: list[Received] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _server: uvicorn.Server | None = None
    _task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/ptp?token=receiver-side"

    def verify(self, body: bytes, headers: dict[str, str]) -> list[int]:
        ok = []
        for index, secret in enumerate(self.secrets):
            with contextlib.suppress(WebhookVerificationError):
                Webhook(secret).verify(body, headers)
                ok.append(index)
        return ok

    async def hook(self, request: Request) -> Response:
        body = await request.body()
        headers = dict(request.headers)
        received = Received(
            headers.get("webhook-id", ""), self.verify(body, headers), json.loads(body), headers
        )
        self.requests.append(received)
        if self.hold is not None:
            await self.hold.wait()
        if received.verified_with and 200 <= self.answer < 300 and received.webhook_id not in self._seen:
            self._seen.add(received.webhook_id)  # what a receiver stores before acknowledging
            self.log.append(received.webhook_id)
        if self.answer_body is not None:
            return StreamingResponse(self.answer_body(), status_code=self.answer)
        return Response(status_code=self.answer)

    async def start(self) -> None:
        app = Starlette(routes=[Route("/hooks/ptp", self.hook, methods=["POST"])])
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        await eventually(self._listening, what="the receiver to listen")

    async def _listening(self) -> bool:
        return self._server is not None and self._server.started

    async def kill(self) -> None:
        """Die abruptly: the port closes and every open connection is reset, mid-request or not."""
        server, task = self._server, self._task
        assert server is not None and task is not None
        for listener in server.servers:
            listener.close()
        for connection in list(server.server_state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        server.should_exit = server.force_exit = True
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        self._server = self._task = None

    async def stop(self) -> None:
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 10)
            self._server = self._task = None

    def verified(self) -> bool:
        return all(r.verified_with for r in self.requests)


def customer_event(customer_id: str | None = None) -> Envelope:
    customer = customer_id or f"cus-{uuid.uuid4().hex[:8]}"
    return new_envelope("crm", CustomerRegistered(customer_id=customer, name="Acme"), subject=customer)


@dataclass
class Stack:
    """The webhooks service started on the real broker and database, a publisher, and a listener."""

    client: httpx.AsyncClient
    runtime: ServiceRuntime
    publisher: RabbitMQBus
    heard: list[Envelope] = field(default_factory=list)

    async def publish(self, *envs: Envelope) -> None:
        await self.publisher.publish(
            [
                OutgoingMessage(message_id=e.id, routing_key=e.type, body=e.model_dump_json().encode())
                for e in envs
            ]
        )

    async def listen(self, message: IncomingMessage) -> None:
        self.heard.append(Envelope.model_validate_json(message.body))

    def heard_of(self, event_type: str) -> list[Envelope]:
        return [e for e in self.heard if e.type == event_type]

    async def subscribe(self, url: str, event_types: list[str], **more: Any) -> dict[str, Any]:
        answer = await self.client.post(
            "/api/v1/subscriptions", json={"url": url, "event_types": event_types, **more}, headers=ADMIN
        )
        assert answer.status_code == 201, answer.text
        return dict(answer.json())

    async def subscription(self, sid: str) -> dict[str, Any]:
        answer = await self.client.get(f"/api/v1/subscriptions/{sid}", headers=ADMIN)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    async def delivered(self, sid: str, count: int) -> list[dict[str, Any]]:
        """The subscription's delivery log once ``count`` deliveries are recorded as delivered: a
        receiver logs a request before the sender has recorded its answer."""
        found: list[dict[str, Any]] = []

        async def recorded() -> bool:
            nonlocal found
            found = await self.deliveries(sid)
            return sum(d["status"] == "delivered" for d in found) >= count

        await eventually(recorded, what=f"{count} deliveries recorded as delivered")
        return found

    async def deliveries(self, sid: str, **query: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        cursor = None
        while True:
            params = {"limit": "200", **query, **({"cursor": cursor} if cursor else {})}
            page = (
                await self.client.get(
                    f"/api/v1/subscriptions/{sid}/deliveries", params=params, headers=ADMIN
                )
            ).json()
            found += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                return found


@contextlib.asynccontextmanager
async def webhooks_stack(
    postgres_url: str, amqp_url: str, rabbit_names: Any, **config: Any
) -> AsyncIterator[Stack]:
    def new_bus() -> RabbitMQBus:
        return RabbitMQBus(
            amqp_url, exchange=rabbit_names.exchange, queue_prefix=rabbit_names.queue_prefix
        )

    rabbit_names.consumers.update({"webhooks", "webhooks-test-listener"})
    publisher, listener, service_bus = new_bus(), new_bus(), new_bus()
    await publisher.start()
    await listener.start()
    definition = make_definition(WebhooksConfig(**{**FAST, **config}))
    try:
        async with running_app(
            definition, postgres_url, bus=service_bus, consumer_backoff_seconds=0.05
        ) as (_app, client, runtime):
            stack = Stack(client, runtime, publisher)
            await listener.subscribe("webhooks-test-listener", ["webhooks.#"], stack.listen)
            yield stack
    finally:
        for bus in (publisher, listener, service_bus):
            await bus.close()


async def wait_until(predicate: Any, what: str, timeout: float = 60.0) -> None:
    async def check() -> bool:
        return bool(predicate())

    await eventually(check, what=what, timeout=timeout)
