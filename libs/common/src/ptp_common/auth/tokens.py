"""Issuing (dev mode) and verifying bearer JWTs.

Development signs and verifies HS256 with a local secret. Production verifies
tokens of an external issuer against its JWKS (``PTP_JWKS_URL``); the local
secret is then never used.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jwt

from ptp_common.auth.issuing import CUSTOMER_CLAIM, ROLE_CLAIM, issue_token
from ptp_common.auth.principal import Principal
from ptp_common.errors import Unauthorized
from ptp_common.settings import ServiceSettings

__all__ = ["CUSTOMER_CLAIM", "ROLE_CLAIM", "issue_token", "verify_token"]


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
