"""Which errors mean "the database is not answering" (wait) rather than "this failed" (retry, park)."""

from __future__ import annotations

import socket

import pytest
from ptp_common.db.availability import is_database_unavailable
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import create_async_engine

pytestmark = pytest.mark.integration


async def _error_of(url: str, sql: str) -> BaseException:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(sql))
    except Exception as exc:  # the error under classification
        return exc
    finally:
        await engine.dispose()
    raise AssertionError(f"{sql!r} did not fail")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "sqlstate",
    ["57P03", "57P01", "53300", "08006"],
    ids=["starting-up", "shutdown", "too-many", "conn-failure"],
)
async def test_server_refusing_to_serve_is_unavailable(postgres_url: str, sqlstate: str) -> None:
    error = await _error_of(postgres_url, f"DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '{sqlstate}'; END $$")
    assert isinstance(error, DBAPIError)
    assert is_database_unavailable(error)


async def test_nothing_listening_is_unavailable() -> None:
    error = await _error_of(f"postgresql+asyncpg://postgres@127.0.0.1:{_closed_port()}/postgres", "SELECT 1")
    assert is_database_unavailable(error)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1 / 0",
        "SELECT * FROM no_such_table",
        "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '23505'; END $$",
        "DO $$ BEGIN RAISE EXCEPTION 'a handler defect'; END $$",
    ],
)
async def test_statement_errors_are_not_unavailability(postgres_url: str, sql: str) -> None:
    assert not is_database_unavailable(await _error_of(postgres_url, sql))


def test_plain_errors_are_not_unavailability() -> None:
    assert not is_database_unavailable(ValueError("bad amount"))
    assert not is_database_unavailable(IntegrityError("INSERT", {}, Exception("duplicate key")))
    assert not is_database_unavailable(FileNotFoundError("x"))
