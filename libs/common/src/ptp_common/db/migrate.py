"""Alembic wiring that works on PostgreSQL and SQLite, one migration tree per service.

A service's ``migrations/env.py`` is two lines: import its metadata and call
:func:`run_env`. Services migrate at start (``PTP_MIGRATE_ON_START``, on by
default) or from ``python -m ptp_common.db.migrate upgrade <service>`` (the
Kubernetes migration Job, ``make migrate``). On PostgreSQL an advisory lock lets
replicas start together without racing on the same migration.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import zlib
from pathlib import Path
from typing import Any

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, text
from sqlalchemy.engine import Connection

from ptp_common.db.engine import create_engine


def alembic_config(migrations_package: str, url: str) -> Config:
    module = importlib.import_module(migrations_package)
    location = Path(module.__file__ or "").parent
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(slug)s")
    return cfg


def _configure_and_run(connection: Connection, metadata: MetaData) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_env(metadata: MetaData) -> None:
    """Body of every service's ``env.py``."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection, metadata)
        return
    url = context.config.get_main_option("sqlalchemy.url") or ""

    async def run() -> None:
        engine = create_engine(url)
        async with engine.begin() as conn:
            await conn.run_sync(_configure_and_run, metadata)
        await engine.dispose()

    asyncio.run(run())


def _upgrade_sync(connection: Connection, cfg: Config, revision: str) -> None:
    if connection.dialect.name == "postgresql":
        key = zlib.crc32(cfg.get_main_option("script_location", "").encode())
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


async def upgrade(url: str, migrations_package: str, revision: str = "head") -> None:
    """Bring the database at ``url`` to ``revision`` (async-safe; usable inside a running loop)."""
    cfg = alembic_config(migrations_package, url)
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade_sync, cfg, revision)
    finally:
        await engine.dispose()


def _services() -> dict[str, Any]:
    from ptp_common.service import known_services

    return known_services()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Database migrations per service")
    sub = parser.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("upgrade", help="migrate services' databases to head")
    up.add_argument("services", nargs="*", help="default: all")
    rev = sub.add_parser("revision", help="autogenerate a migration for one service")
    rev.add_argument("service")
    rev.add_argument("-m", "--message", required=True)
    args = parser.parse_args(argv)
    services = _services()
    from ptp_common.settings import load_settings

    if args.cmd == "upgrade":
        for name in args.services or sorted(services):
            definition = services[name]
            url = load_settings(name).database_url
            asyncio.run(upgrade(url, definition.migrations_package))
            print(f"{name}: migrated to head")
        return 0
    definition = services[args.service]
    url = load_settings(args.service).database_url
    asyncio.run(upgrade(url, definition.migrations_package))
    cfg = alembic_config(definition.migrations_package, url)
    command.revision(cfg, message=args.message, autogenerate=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
