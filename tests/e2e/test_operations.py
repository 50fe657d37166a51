"""Operators' view of the distributed suite: a parked message found, inspected, replayed and
discarded with the ptp-admin CLI; the metrics show it; the logs are JSON and carry no token.

The REST calls go through the generated client (``ptp_client``), so they hold the OpenAPI to its
word too; the dead letters are handled with the ptp-admin CLI, which is what these tests try."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path

import aio_pika
import pytest
from ptp_client import Problem, Suite
from ptp_client.crm.api.customers import list_customers
from ptp_client.projects.api.operations import prometheus_text
from ptp_common.ops.cli import main as admin
from ptp_suite.local import LocalSuite

pytestmark = pytest.mark.integration


def publish_raw(suite: LocalSuite, routing_key: str, body: dict) -> None:  # type: ignore[type-arg]
    async def send() -> None:
        connection = await aio_pika.connect(suite.amqp_url)
        async with connection:
            channel = await connection.channel()
            exchange = await channel.get_exchange(suite.extra_env["PTP_EVENTS_EXCHANGE"])
            await exchange.publish(
                aio_pika.Message(json.dumps(body).encode(), message_id=body["id"]), routing_key=routing_key
            )

    asyncio.run(send())


def cli(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    capsys.readouterr()
    assert admin(["--url", url, *args]) == 0
    return capsys.readouterr().out


def test_parked_message_is_listed_inspected_replayed_and_discarded(
    distributed: LocalSuite, distributed_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    event_id = str(uuid.uuid4())
    # A contract.signed whose data projects cannot read: parked at once, with the reason.
    publish_raw(
        distributed,
        "contracts.contract.signed",
        {
            "specversion": "1.0",
            "id": event_id,
            "source": "contracts",
            "type": "contracts.contract.signed",
            "time": "2026-11-26T10:00:00Z",
            "dataschema": "urn:ptp:event:contracts.contract.signed:v1",
            "correlationid": event_id,
            "data": {"contract_id": "broken"},
        },
    )

    deadline = time.monotonic() + 30
    while (
        f"{event_id}"
        not in (
            listed := cli(capsys, distributed_url, "projects", "dead-letters", "list", "--status", "parked")
        )
        or "#" not in listed
    ):
        assert time.monotonic() < deadline, "the message was not parked"
        time.sleep(0.3)
    line = next(line for line in listed.splitlines() if "contracts.contract.signed" in line)
    parked_id = line.split("#")[1].split()[0]

    shown = json.loads(cli(capsys, distributed_url, "projects", "dead-letters", "show", parked_id))
    assert shown["message_id"] == event_id and "invalid event data" in shown["error"]
    with Suite(distributed_url) as anyone:  # the metrics need no token
        metrics = anyone.call(prometheus_text)
    assert 'ptp_dead_letters_parked{service="projects"} 1.0' in metrics

    replayed = json.loads(cli(capsys, distributed_url, "projects", "dead-letters", "replay", parked_id))
    assert replayed == {"outcome": "parked"}  # still unreadable: it stays parked, with its error
    assert json.loads(cli(capsys, distributed_url, "projects", "dead-letters", "discard", parked_id)) == {
        "outcome": "discarded"
    }
    assert event_id not in cli(capsys, distributed_url, "projects", "dead-letters", "list")
    assert event_id in cli(
        capsys, distributed_url, "projects", "dead-letters", "list", "--status", "discarded"
    )
    outbox = json.loads(cli(capsys, distributed_url, "contracts", "outbox"))
    assert outbox["service"] == "contracts" and outbox["parked"] == 0

    # The parking is in projects' log: a JSON line with the event's type and id inside its trace.
    assert distributed.log_dir is not None
    lines = (Path(distributed.log_dir) / "projects.log").read_text().splitlines()
    records = [json.loads(x) for x in lines if x.startswith("{") and event_id in x and "parked message" in x]
    assert len(records) == 2  # the first delivery, then the replay
    parked = records[0]
    assert parked["service"] == "projects" and parked["event_type"] == "contracts.contract.signed"
    assert parked["event_id"] == event_id and parked["trace_id"] and parked["span_id"]


def test_logs_are_json_lines_with_trace_and_never_a_token(
    distributed: LocalSuite, distributed_url: str
) -> None:
    assert distributed.log_dir is not None
    # make sure there is authenticated traffic in the logs' time window
    with Suite(distributed_url, "not-a-real.token.value") as forger, pytest.raises(Problem) as refused:
        forger.call(list_customers)
    assert refused.value.status == 401 and refused.value.documented
    records = []
    for path in Path(distributed.log_dir).glob("*.log"):
        text = path.read_text(errors="replace")
        assert "Bearer " not in text and "not-a-real.token.value" not in text, path.name
        assert "eyJ" not in text, f"{path.name} holds something that looks like a JWT"
        for line in text.splitlines():
            if line.startswith("{"):
                records.append(json.loads(line))
    assert records, "no JSON log lines"
    assert all({"time", "level", "service", "message"} <= r.keys() for r in records)
    assert {r["service"] for r in records} >= {"crm", "contracts", "projects", "risk", "kpi"}
