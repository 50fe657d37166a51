"""Issuing development bearer JWTs (HS256 with the local secret).

Kept apart from verification so that ``make token`` imports only PyJWT and the settings, not
FastAPI: minting a token is a sub-second command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import jwt

from ptp_common.auth.roles import Role
from ptp_common.settings import ServiceSettings

ROLE_CLAIM = "roles"
# A client representative's token names the customer they act for; staff tokens carry none.
CUSTOMER_CLAIM = "customer_id"
KNOWN_ROLES = {r.value for r in Role}


def issue_token(
    settings: ServiceSettings,
    subject: str,
    roles: Iterable[str],
    *,
    ttl: dt.timedelta = dt.timedelta(hours=8),
    name: str | None = None,
    audience: str | None = None,
    customer_id: str | None = None,
) -> str:
    roles = list(roles)
    unknown = set(roles) - KNOWN_ROLES
    if unknown:
        raise ValueError(
            f"unknown roles: {', '.join(sorted(unknown))}; known: {', '.join(sorted(KNOWN_ROLES))}"
        )
    now = dt.datetime.now(dt.UTC)
    claims: dict[str, Any] = {
        "sub": subject,
        ROLE_CLAIM: roles,
        "iss": settings.jwt_issuer,
        "aud": audience or settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + ttl,
    }
    if name:
        claims["name"] = name
    if customer_id:
        claims[CUSTOMER_CLAIM] = customer_id
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")
