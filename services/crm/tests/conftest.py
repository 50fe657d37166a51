"""Fixtures of the crm tests: the running app on a database (optionally on a bus)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from ptp_common.testing.clients import running_app
from ptp_common.testing.clock import ManualClock
from ptp_crm.service import definition

# The test kit sits beside this file; --import-mode=importlib does not put it on the path.
sys.path.insert(0, str(Path(__file__).parent))
from crm_testkit import Crm


@pytest.fixture
def start_crm() -> Callable[..., Any]:
    """Start crm on a database URL (optionally with a bus): ``async with start_crm(url) as crm``."""

    @asynccontextmanager
    async def start(database_url: str, **kw: Any) -> AsyncIterator[Crm]:
        clock = ManualClock()
        async with running_app(definition, database_url, clock=clock, **kw) as (_, client, runtime):
            yield Crm(client, runtime, clock)

    return start


@pytest.fixture
async def crm(sqlite_url: str, start_crm: Callable[..., Any]) -> AsyncIterator[Crm]:
    """crm on SQLite, for behaviour that does not depend on the database."""
    async with start_crm(sqlite_url) as running:
        yield running
