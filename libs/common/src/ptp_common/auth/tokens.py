"""Issuing (dev mode) and verifying bearer JWTs.

Development signs and verifies HS256 with a local secret. Production verifies
tokens of an external issuer against its JWKS (``PTP_JWKS_URL``); the local
secret is then never used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import jwt

from ptp_common.auth.principal import Principal
from ptp_common.auth.roles import Role
from ptp_common.errors import Unauthorized
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


@lru_cache(maxsize=4)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True)


def verify_token(settings: ServiceSettings, token: str) -> Principal:
    try:
        if settings.jwks_url:
            key: Any = _jwks_client(settings.jwks_url).get_signing_key_from_jwt(token).key
            algorithms = ["RS256", "ES256"]
        else:
            key, algorithms = settings.jwt_secret, ["HS256"]
        claims = jwt.decode(
            token,
            key,
            algorithms=algorithms,
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "sub"]},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized("token expired") from None
    except jwt.InvalidAudienceError:
        raise Unauthorized("token is for another audience") from None
    except jwt.PyJWTError as exc:
        raise Unauthorized(f"invalid token: {exc}") from None
    roles = claims.get(ROLE_CLAIM) or []
    if isinstance(roles, str):
        roles = roles.split()
    customer = claims.get(CUSTOMER_CLAIM)
    return Principal(
        subject=str(claims["sub"]),
        roles=frozenset(map(str, roles)),
        name=claims.get("name"),
        customer_id=str(customer) if customer else None,
    )
