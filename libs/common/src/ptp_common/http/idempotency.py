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
from typing import Annotated, Any

from fastapi import Header
from fastapi.responses import JSONResponse
from sqlalchemy import insert, select

from ptp_common.db.uow import UnitOfWork
from ptp_common.errors import Unprocessable
from ptp_common.http.etag import etag_for

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


class Idempotency:
    def __init__(self, uow: UnitOfWork, key: str | None, principal: str, scope: str, body: Any) -> None:
        self.uow = uow
        self.key = key
        self.principal = principal
        self.scope = scope
        self.fingerprint = fingerprint(body)

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
