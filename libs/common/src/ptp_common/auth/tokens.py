"""Issuing (dev mode) and verifying bearer JWTs.

Development signs and verifies HS256 with a local secret. Production verifies
tokens of an external issuer against its JWKS (``PTP_JWKS_URL``); the local
secret is then never used.

A verified token is remembered (bounded LRU, per token and verifying settings) until its ``exp``:
a request repeating it skips the signature check; from ``exp`` on it is refused as expired, as
``jwt.decode`` would (no leeway).
"""

from __future__ import annotations

import time
from collections import OrderedDict
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


class VerifiedTokens:
    """Principals of verified tokens until their expiry, the least recently used dropped first."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[str, ...], tuple[Principal, float]] = OrderedDict()

    def get(self, key: tuple[str, ...]) -> Principal | None:
        """The principal, while the token is unexpired; raises ``Unauthorized`` from its ``exp`` on."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        principal, expires_at = entry
        if time.time() >= expires_at:
            del self._entries[key]
            raise Unauthorized("token expired")
        self._entries.move_to_end(key)
        return principal

    def put(self, key: tuple[str, ...], principal: Principal, expires_at: float) -> None:
        self._entries[key] = (principal, expires_at)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()


VERIFIED = VerifiedTokens()


def verify_token(settings: ServiceSettings, token: str) -> Principal:
    # Everything the verdict depends on: another secret, key set, audience or issuer verifies anew.
    key = (token, settings.jwks_url or "", settings.jwt_secret, settings.jwt_audience, settings.jwt_issuer)
    principal = VERIFIED.get(key)
    if principal is None:
        principal, expires_at = _verify(settings, token)
        VERIFIED.put(key, principal, expires_at)
    return principal


def _verify(settings: ServiceSettings, token: str) -> tuple[Principal, float]:
    """Check signature and claims: the principal and the token's expiry (epoch seconds)."""
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
    principal = Principal(
        subject=str(claims["sub"]),
        roles=frozenset(map(str, roles)),
        name=claims.get("name"),
        customer_id=str(customer) if customer else None,
    )
    return principal, float(claims["exp"])
