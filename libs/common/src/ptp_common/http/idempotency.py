"""``Idempotency-Key`` for creating POSTs.

The first request with a key stores its response in the same transaction as
the resource it created; a retry with the same key and the same body gets that
response again (and creates nothing); the same key with a different body is a
422. Keys are scoped to the caller and the endpoint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cached_property
from typing import Annotated, Any, TypeVar

from fastapi import Header, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import insert, select

from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Unprocessable
from ptp_common.http.etag import etag_for, set_etag

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="Unique per intended creation; a retry with the same key returns the first result",
    ),
]


def fingerprint(body: Any) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


R = TypeVar("R", bound=BaseModel)


class Idempotency:
    """One creating request's key: ``previous_response()`` first, ``created(read)`` at the end."""

    def __init__(self, uow: UnitOfWork, key: str | None, principal: str, scope: str, body: Any) -> None:
        self.uow = uow
        self.key = key
        self.principal = principal
        self.scope = scope
        self._body = body  # the request body (a model or JSON data), fingerprinted only when a key came

    @cached_property
    def fingerprint(self) -> str:
        body = self._body.model_dump(mode="json") if isinstance(self._body, BaseModel) else self._body
        return fingerprint(body)

    async def created(self, read: R, response: Response | None = None) -> R:
        """The 201 answer of a creation: stored under the key (when one came) in the transaction of
        the new resource, committed with it; the ETag of its version set on ``response`` if given."""
        if self.key is not None:
            await self.remember(201, read.model_dump(mode="json"))
        await self.uow.commit()
        if response is not None:
            set_etag(response, read.version)  # type: ignore[attr-defined]
        return read

    async def previous_response(self) -> JSONResponse | None:
        """The stored response for this key, or None when the key is new (or absent)."""
        if self.key is None:
            return None
        table = self.uow.db.idempotency_keys
        row = (
            await self.uow.session.execute(
                select(table.c.fingerprint, table.c.status_code, table.c.response).where(
                    table.c.key == self.key,
                    table.c.principal == self.principal,
                    table.c.scope == self.scope,
                )
            )
        ).first()
        if row is None:
            return None
        if row.fingerprint != self.fingerprint:
            raise Unprocessable(
                "Idempotency-Key was already used with a different request body",
                field="header.Idempotency-Key",
            )
        body = json.loads(row.response)
        headers = {"Idempotent-Replayed": "true"}
        if isinstance(body, dict) and isinstance(body.get("version"), int):
            # the first answer's ETag too: a versioned resource's creation carries it
            headers["ETag"] = etag_for(body["version"])
        return JSONResponse(body, status_code=row.status_code, headers=headers)

    async def remember(self, status_code: int, response: Any) -> None:
        """Store the response in the current transaction (commit together with the resource)."""
        if self.key is None:
            return
        await self.uow.session.execute(
            insert(self.uow.db.idempotency_keys).values(
                key=self.key,
                principal=self.principal,
                scope=self.scope,
                fingerprint=self.fingerprint,
                status_code=status_code,
                response=json.dumps(response, default=str),
                created_at=dt.datetime.now(dt.UTC),
            )
        )
