"""Baseline of figure 3: a bare FastAPI + SQLAlchemy app doing the same single select (a contract
by id, in contracts' database) and the same single insert (a customer row, in crm's database) on
the same PostgreSQL, without auth, outbox, idempotency or middleware. Run by the benchmark with
the suite's uvicorn settings: ``uvicorn bench.baseline_app:app --host 127.0.0.1 --port P
--no-access-log``; databases from BENCH_BASELINE_READ_URL and BENCH_BASELINE_WRITE_URL."""

from __future__ import annotations

import datetime as dt
import gc
import os
import uuid
from typing import Any, Literal

from fastapi import FastAPI, HTTPException
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

# The suite's pool (ptp_common.db.engine.POOL_SIZE: 20 kept, no overflow).
read_engine = create_async_engine(os.environ["BENCH_BASELINE_READ_URL"], pool_size=20, max_overflow=0)
write_engine = create_async_engine(os.environ["BENCH_BASELINE_WRITE_URL"], pool_size=20, max_overflow=0)
# The suite's service processes' collector thresholds (ptp_common.gc_tuning): same settings.
gc.set_threshold(20_000, 20, 20)
app = FastAPI()

SELECT = text("SELECT * FROM contracts WHERE id = :id")
INSERT = text(
    "INSERT INTO customers (id, name, name_key, registration_number, registration_key, industry, region, "
    "size, status, owner, created_at, created_by, updated_at, version) VALUES (:id, :name, :name_key, "
    ":registration_number, :registration_key, :industry, :region, :size, :status, :owner, :created_at, "
    ":created_by, :updated_at, 1)"
)


class CustomerIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    registration_number: str | None = Field(default=None, max_length=64)
    industry: str | None = Field(default=None, max_length=100)
    region: str | None = Field(default=None, max_length=100)
    size: Literal["small", "medium", "large", "enterprise"] | None = None
    status: Literal["prospect", "active", "inactive"] = "prospect"
    owner: str | None = Field(default=None, max_length=200)


@app.get("/contracts/{contract_id}")
async def get_contract(contract_id: str) -> Any:
    async with read_engine.connect() as conn:
        row = (await conn.execute(SELECT, {"id": contract_id})).mappings().first()
    if row is None:
        raise HTTPException(404)
    return jsonable_encoder(dict(row))


@app.post("/customers", status_code=201)
async def create_customer(body: CustomerIn) -> Any:
    now = dt.datetime.now(dt.UTC)
    values = {
        **body.model_dump(),
        "id": str(uuid.uuid4()),
        "name_key": "base:" + body.name.lower(),
        "registration_key": None if body.registration_number is None else "base:" + body.registration_number,
        "owner": body.owner or "sam",
        "created_at": now,
        "created_by": "sam",
        "updated_at": now,
    }
    async with write_engine.begin() as conn:
        await conn.execute(INSERT, values)
    return values
