"""insert_or_skip: INSERT ... ON CONFLICT DO NOTHING that SQLAlchemy's compiled cache keeps (the
dialects' own insert() is never cached in SQLAlchemy 2.0, so it compiles on every execution)."""

from __future__ import annotations

import pytest
from ptp_common.db.statements import insert_or_skip
from sqlalchemy import Column, Integer, MetaData, String, Table, insert
from sqlalchemy.dialects import postgresql, sqlite

ROWS = Table("rows", MetaData(), Column("id", Integer, primary_key=True), Column("name", String(20)))


@pytest.mark.parametrize("dialect", [postgresql.dialect(), sqlite.dialect()], ids=["postgresql", "sqlite"])
def test_one_shape_one_cache_key_and_it_skips_conflicts(dialect) -> None:  # type: ignore[no-untyped-def]
    one = insert_or_skip(ROWS, dialect.name).values(id=1, name="a").returning(ROWS.c.id)
    other = insert_or_skip(ROWS, dialect.name).values(id=2, name="b").returning(ROWS.c.id)
    key = one._generate_cache_key()
    assert key is not None and key == other._generate_cache_key()
    assert "ON CONFLICT DO NOTHING" in str(one.compile(dialect=dialect))
    # another shape, or a plain INSERT, is another statement
    assert insert_or_skip(ROWS, dialect.name).values(id=1)._generate_cache_key() != key
    assert insert(ROWS).values(id=1, name="a").returning(ROWS.c.id)._generate_cache_key() != key
