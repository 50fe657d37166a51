"""Where the tests find PostgreSQL and RabbitMQ.

Order: the environment (``TEST_POSTGRES_URL``, ``TEST_AMQP_URL``), then
testcontainers where a Docker engine exists. Without either, integration tests
skip with the reason, except under ``CI=true`` where a missing service fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from functools import lru_cache

import pytest


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def unavailable(what: str) -> None:
    message = f"{what} not available: set the TEST_* URL or run where Docker exists"
    if _ci():
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


def _docker_available() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        import docker

        docker.from_env().ping()
        return True
    except Exception:
        return False


@lru_cache(maxsize=1)
def postgres_admin_url() -> str | None:
    url = os.environ.get("TEST_POSTGRES_URL")
    if url:
        return url
    if _docker_available():
        from testcontainers.postgres import PostgresContainer

        container = PostgresContainer("postgres:16-alpine", driver="asyncpg")
        container.start()
        return container.get_connection_url()
    return None


@lru_cache(maxsize=1)
def amqp_url() -> str | None:
    url = os.environ.get("TEST_AMQP_URL")
    if url:
        return url
    if _docker_available():
        from testcontainers.rabbitmq import RabbitMqContainer

        container = RabbitMqContainer("rabbitmq:3.13-management")
        container.start()
        params = container.get_connection_params()
        return f"amqp://guest:guest@{params.host}:{params.port}/"
    return None


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"
