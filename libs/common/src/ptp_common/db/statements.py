"""Statements that SQLAlchemy's compiled cache can keep.

SQLAlchemy 2.0 never caches the dialects' ``insert()`` (``inherit_cache = False``: its ON CONFLICT
clause is not part of the cache key), so every ``INSERT ... ON CONFLICT`` is compiled anew on every
execution: in a profile of POST /crm/api/v1/customers that compilation was a quarter of the CPU.
``insert_or_skip`` is the one shape the hot paths need, ``INSERT ... ON CONFLICT DO NOTHING`` (any
conflict, no target), as its own class: the class is part of the cache key, and everything else
that varies (table, values, RETURNING) is keyed as for a plain INSERT.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql.dml import OnConflictDoNothing as PgDoNothing
from sqlalchemy.dialects.sqlite.dml import OnConflictDoNothing as SqliteDoNothing


class _PgDoNothing(PgDoNothing):
    inherit_cache = True  # no conflict target: nothing in it varies, its class is its key
    _traverse_internals: list[Any] = []


class _PgInsertOrSkip(postgresql.Insert):
    inherit_cache = True  # keyed as a plain INSERT, plus _post_values_clause (always _PgDoNothing)

    def __init__(self, table: Any) -> None:
        super().__init__(table)
        self._post_values_clause = _PgDoNothing()


class _SqliteDoNothing(SqliteDoNothing):
    inherit_cache = True
    _traverse_internals: list[Any] = []


class _SqliteInsertOrSkip(sqlite.Insert):
    inherit_cache = True

    def __init__(self, table: Any) -> None:
        super().__init__(table)
        self._post_values_clause = _SqliteDoNothing()


def dialect_insert(dialect_name: str) -> Any:
    """The dialect's ``insert`` ("postgresql" or "sqlite"), for ``on_conflict_*`` clauses. Such a
    statement is never in SQLAlchemy's compiled cache: build it once (module level or
    ``functools.cache``) and pass the rows as parameters, so the single-row template is all that
    is compiled, and only once per execution."""
    return postgresql.insert if dialect_name == "postgresql" else sqlite.insert


def insert_or_skip(table: Any, dialect_name: str) -> postgresql.Insert | sqlite.Insert:
    """``INSERT INTO table ... ON CONFLICT DO NOTHING`` for ``dialect_name`` ("postgresql" or
    "sqlite"), cacheable: add ``.values()`` and ``.returning()`` as usual, never ``on_conflict_*``."""
    return _PgInsertOrSkip(table) if dialect_name == "postgresql" else _SqliteInsertOrSkip(table)
