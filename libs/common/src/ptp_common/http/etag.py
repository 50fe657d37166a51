"""ETag / If-Match for optimistic concurrency.

Each versioned resource exposes ``ETag: "<version>"``. A write carrying
``If-Match`` with an older version gets 412 instead of silently overwriting;
the version column (SQLAlchemy ``version_id_col``) also catches writes that race
past the check.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Response

from ptp_common.errors import PreconditionFailed

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='ETag of the version you read, e.g. `"3"`; a stale one gets 412',
    ),
]


def etag_for(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag_for(version)


def check_if_match(if_match: str | None, current_version: int) -> None:
    """Raise 412 when ``If-Match`` names another version. ``*`` or no header passes."""
    if if_match is None:
        return
    candidates = [c.strip().removeprefix("W/") for c in if_match.split(",")]
    if "*" in candidates or etag_for(current_version) in candidates:
        return
    raise PreconditionFailed(
        f"If-Match {if_match} does not match the current version {etag_for(current_version)}",
        current_etag=etag_for(current_version),
    )
