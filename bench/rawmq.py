"""Figure 1's "raw broker alone": raw aio-pika, no database, no suite code (reported, no target;
the pipeline's baseline is bench.rawpipe, which does the suite's durable work).

The consumer runs in its own process: ``python -m bench.rawmq QUEUE N`` consumes N messages with
manual acks at prefetch 64 and prints, as one JSON line, each message's one-way latency (receive
time minus the send time in its body) and the time of the last receive.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

import aio_pika

from bench.common import AMQP_URL

PREFETCH = int(os.environ.get("PTP_CONSUMER_PREFETCH", "64"))
PUBLISH_WINDOW = int(os.environ.get("PTP_RELAY_BATCH_SIZE", "200"))  # same pipelining as the relay


def body_of(i: int, size: int) -> bytes:
    head = json.dumps({"i": i, "t": time.time()}, separators=(",", ":")).encode()
    return head + b" " * max(0, size - len(head))


async def declare(channel: aio_pika.abc.AbstractChannel, queue: str) -> aio_pika.abc.AbstractQueue:
    # Same kind of queue as the suite's service queues: durable quorum.
    return await channel.declare_queue(queue, durable=True, arguments={"x-queue-type": "quorum"})


async def consume(queue_name: str, n: int) -> None:
    connection = await aio_pika.connect(AMQP_URL)
    latencies: list[float] = []
    done = asyncio.Event()
    last = 0.0
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=PREFETCH)
        queue = await declare(channel, queue_name)

        async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
            nonlocal last
            now = time.time()
            sent = json.loads(message.body.split(b" ", 1)[0])["t"]
            await message.ack()
            latencies.append(now - sent)
            last = now
            if len(latencies) >= n:
                done.set()

        await queue.consume(on_message)
        print("ready", flush=True)
        await done.wait()
    print(json.dumps({"latencies": latencies, "last": last}), flush=True)


class RawConsumer:
    """The consumer process, started and read by the benchmark."""

    def __init__(self, queue: str, n: int) -> None:
        self.queue, self.n = queue, n
        self.proc: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> RawConsumer:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.rawmq", self.queue, str(self.n), stdout=asyncio.subprocess.PIPE,
            limit=64 * 1024 * 1024,
        )
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout=30)
        if line.strip() != b"ready":
            raise RuntimeError(f"raw consumer did not start: {line!r}")
        return self

    async def result(self, timeout: float) -> dict[str, object]:
        assert self.proc is not None and self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout=timeout)
        await self.proc.wait()
        return json.loads(line)  # type: ignore[no-any-return]

    async def __aexit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()


async def _publisher(queue: str) -> tuple[aio_pika.abc.AbstractConnection, aio_pika.abc.AbstractExchange]:
    connection = await aio_pika.connect(AMQP_URL)
    channel = await connection.channel(publisher_confirms=True)
    await declare(channel, queue)
    return connection, channel.default_exchange


def _message(i: int, size: int) -> aio_pika.Message:
    return aio_pika.Message(
        body=body_of(i, size), message_id=str(i), delivery_mode=aio_pika.DeliveryMode.PERSISTENT
    )


async def delete_queue(queue: str) -> None:
    connection = await aio_pika.connect(AMQP_URL)
    async with connection:
        channel = await connection.channel()
        await channel.queue_delete(queue)


async def throughput(queue: str, n: int, size: int) -> float:
    """Messages/s from the first publish to the Nth manual ack in the consumer process."""
    connection, exchange = await _publisher(queue)
    try:
        async with RawConsumer(queue, n) as consumer:
            started = time.time()
            for start in range(0, n, PUBLISH_WINDOW):
                await asyncio.gather(
                    *(exchange.publish(_message(i, size), routing_key=queue)
                      for i in range(start, min(n, start + PUBLISH_WINDOW)))
                )
            result = await consumer.result(timeout=300)
        return n / (float(result["last"]) - started)  # type: ignore[arg-type]
    finally:
        await connection.close()
        await delete_queue(queue)


if __name__ == "__main__":
    asyncio.run(consume(sys.argv[1], int(sys.argv[2])))
