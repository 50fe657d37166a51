"""Loading a resource or answering 404."""

from __future__ import annotations

from typing import TypeVar

from ptp_common.errors import NotFound
from sqlalchemy.ext.asyncio import AsyncSession

from ptp_projects.db.models import Base

M = TypeVar("M", bound=Base)


async def get_or_404(session: AsyncSession, model: type[M], key: str, what: str) -> M:
    found = await session.get(model, key)
    if found is None:
        raise NotFound(f"no {what} {key}")
    return found
