"""Keyset pagination with an opaque cursor.

Lists are ordered by a stable key (e.g. ``created_at, id``); the cursor encodes
the last row's key, so the next page starts strictly after it. Pages stay
correct while rows are inserted, and cost does not grow with the page number.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from ptp_common.errors import Unprocessable
from ptp_common.http.bounds import INT_MAX

T = TypeVar("T")

MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class PageParams(BaseModel):
    limit: int = 50
    cursor: str | None = None


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = 50,
    cursor: Annotated[str | None, Query(description="Opaque cursor from `next_cursor`")] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


PageDep = Annotated[PageParams, Depends(page_params)]
"""``?limit=`` and ``?cursor=`` of a list operation, as a route parameter: ``params: PageDep``."""


def _encode_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"dec": str(value)}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "dt" in value:
            return dt.datetime.fromisoformat(value["dt"])
        if "d" in value:
            return dt.date.fromisoformat(value["d"])
        if "dec" in value:
            return Decimal(value["dec"])
    return value


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(values, list) or len(values) != width:
            raise ValueError("wrong shape")
        return [_decode_value(v) for v in values]
    except (ValueError, TypeError) as exc:
        raise _foreign_cursor() from exc


def _foreign_cursor() -> Unprocessable:
    return Unprocessable("cursor is not one this API issued", field="query.cursor")


async def paginate(
    session: AsyncSession,
    stmt: Select[Any],
    order_by: Sequence[InstrumentedAttribute[Any]],
    params: PageParams,
    *,
    descending: bool = False,
) -> tuple[list[Any], str | None]:
    """Run ``stmt`` (selecting ORM entities) one page at a time, ordered by ``order_by``."""
    if params.cursor:
        last = decode_cursor(params.cursor, len(order_by))
        stmt = stmt.where(_after(order_by, last, descending))
    ordering = [c.desc() if descending else c.asc() for c in order_by]
    rows = (await session.execute(stmt.order_by(*ordering).limit(params.limit + 1))).scalars().all()
    return cut_page(rows, params, lambda tail: [getattr(tail, c.key) for c in order_by])


def cut_page(
    rows: Sequence[T], params: PageParams, key_of: Callable[[T], Sequence[Any]]
) -> tuple[list[T], str | None]:
    """The page out of ``params.limit + 1`` rows read in order: the extra row says a next page
    exists, and its cursor is the key of the page's last row (``key_of``)."""
    items = list(rows[: params.limit])
    next_cursor = encode_cursor(key_of(items[-1])) if len(rows) > params.limit else None
    return items, next_cursor


def paginate_list(
    items: Sequence[T], params: PageParams, key_of: Callable[[T], Sequence[Any]]
) -> tuple[list[T], str | None]:
    """``paginate`` for a list computed in memory (a catalogue, a calendar): the same cursor and
    page, in ascending order of ``key_of`` (unique per item), so small lists are pages too."""
    ordered = sorted(items, key=lambda item: list(key_of(item)))
    if params.cursor and ordered:
        last = decode_cursor(params.cursor, len(key_of(ordered[0])))
        try:
            ordered = [item for item in ordered if list(key_of(item)) > last]
        except TypeError as exc:  # a cursor of other types than this list's key
            raise _foreign_cursor() from exc
    return cut_page(ordered[: params.limit + 1], params, key_of)


def _after(columns: Sequence[InstrumentedAttribute[Any]], values: Sequence[Any], descending: bool) -> Any:
    """(a, b) > (x, y) spelled portably: a > x OR (a = x AND b > y)."""
    clauses = []
    for i, col in enumerate(columns):
        equal = [columns[j] == values[j] for j in range(i)]
        beyond = col < values[i] if descending else col > values[i]
        clauses.append(and_(*equal, beyond))
    return or_(*clauses)


def decode_id_cursor(cursor: str | None) -> int:
    """The integer id a cursor on one id column holds (0 before the first page), within the
    column's range: a cursor naming anything else is a 422, not a failing query."""
    if cursor is None:
        return 0
    [after_id] = decode_cursor(cursor, 1)
    if not isinstance(after_id, int) or isinstance(after_id, bool) or not 0 <= after_id <= INT_MAX:
        raise _foreign_cursor()
    return after_id
