"""The operational metrics move when the things they count happen."""

from __future__ import annotations

from pathlib import Path

import pytest
from messaging_stack import Stack, build_stack, count_seen
from prometheus_client import REGISTRY
from ptp_common.messaging import dead_letters
from ptp_common.messaging.relay import outbox_backlog
from ptp_common.testing.waiting import eventually
from test_messaging import create_widget

pytestmark = pytest.mark.integration


@pytest.fixture
def stack_config(request: pytest.FixtureRequest, tmp_path: Path) -> Stack:
    return build_stack("sqlite+inprocess", request, tmp_path)


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_relay_consumer_and_parking_metrics_move(stack: Stack) -> None:
    alpha = await stack.runtime("alpha", consumer=False)
    beta = await stack.runtime("beta", consumer=True)
    await stack.start(alpha, beta)
    stack.switch.failing.add("bad")
    published = sample("ptp_outbox_published_total", service="alpha")
    handled = sample(
        "ptp_consumer_messages_total", service="beta", event_type="sample.widget.created", outcome="handled"
    )
    parked = sample(
        "ptp_consumer_messages_total", service="beta", event_type="sample.widget.created", outcome="parked"
    )
    retried = sample("ptp_consumer_retries_total", service="beta", event_type="sample.widget.created")
    statements = sample("ptp_db_statements_total", service="beta")

    good = await create_widget(alpha, "good")
    await create_widget(alpha, "bad")

    async def settled() -> bool:
        return await count_seen(beta, good) == 1 and len(await dead_letters.list_parked(beta.db)) == 1

    await eventually(settled, what="one handled and one parked message")
    assert sample("ptp_outbox_published_total", service="alpha") == published + 2
    # handling, retrying and parking took statements (inbox, handler, dead letter), each counted
    assert sample("ptp_db_statements_total", service="beta") >= statements + 3
    assert (
        sample(
            "ptp_consumer_messages_total",
            service="beta",
            event_type="sample.widget.created",
            outcome="handled",
        )
        == handled + 1
    )
    assert (
        sample(
            "ptp_consumer_messages_total",
            service="beta",
            event_type="sample.widget.created",
            outcome="parked",
        )
        == parked + 1
    )
    assert (
        sample("ptp_consumer_retries_total", service="beta", event_type="sample.widget.created")
        == retried + 2
    )


async def test_outbox_backlog_counts_unsent_rows_and_their_age(stack: Stack) -> None:
    alpha = await stack.runtime("alpha", consumer=False)  # not started: nothing relays
    assert await outbox_backlog(alpha.db) == (0, None)
    await create_widget(alpha, "waiting")
    await create_widget(alpha, "waiting too")
    rows, age = await outbox_backlog(alpha.db)
    assert rows == 2 and age is not None and age >= 0
