"""Every service's Alembic tree builds its schema on PostgreSQL and SQLite, and matches its models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from ptp_common.db.engine import create_engine
from ptp_common.db.migrate import upgrade
from ptp_common.service import known_services
from ptp_suite import SERVICES

pytestmark = pytest.mark.integration


def test_every_service_is_installed() -> None:
    assert sorted(known_services()) == sorted(SERVICES)


@pytest.mark.parametrize("service", SERVICES)
async def test_migrations_reach_head_and_match_models(service: str, database_url: str) -> None:
    definition = known_services()[service]
    await upgrade(database_url, definition.migrations_package)
    await upgrade(
        database_url, definition.migrations_package
    )  # idempotent: a second run is a no-op

    engine = create_engine(database_url)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync_conn: compare_metadata(
                    MigrationContext.configure(sync_conn, opts={"compare_type": True}),
                    definition.base.metadata,
                )
            )
    finally:
        await engine.dispose()
    assert diff == [], f"{service}: models and migrations differ; add a migration: {diff}"
