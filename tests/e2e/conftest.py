"""End-to-end fixtures: the suite in both of its run modes, reached over HTTP only."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from otlp import OtlpReceiver
from ptp_suite.local import LocalSuite
from suites import distributed_suite, embedded_suite


@pytest.fixture(scope="session")
def otlp_receiver() -> Iterator[OtlpReceiver]:
    """Where the distributed suite's processes export their spans."""
    with OtlpReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="session")
def distributed(
    tmp_path_factory: pytest.TempPathFactory, otlp_receiver: OtlpReceiver
) -> Iterator[LocalSuite]:
    """The six services as separate processes (PostgreSQL + RabbitMQ) behind the gateway."""
    with distributed_suite(tmp_path_factory.mktemp("distributed"), otlp_receiver.endpoint) as suite:
        yield suite


@pytest.fixture(scope="session")
def distributed_url(distributed: LocalSuite) -> str:
    return f"http://127.0.0.1:{distributed.port}"


@pytest.fixture(scope="session")
def embedded_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with embedded_suite(tmp_path_factory.mktemp("embedded")) as url:
        yield url


@pytest.fixture(params=["embedded", "distributed"])
def suite(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    """An HTTP client on the running suite (both modes)."""
    base_url = request.getfixturevalue(f"{request.param}_url")
    with httpx.Client(base_url=base_url, timeout=30) as client:
        yield client
