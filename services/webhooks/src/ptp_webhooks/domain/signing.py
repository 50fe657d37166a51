"""Standard Webhooks signatures: ``v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">``.

The secret is ``whsec_`` + base64 of random bytes; the HMAC key is those bytes. During a
rotation's overlap both secrets sign, the signatures separated by a space, so a receiver that
still holds the old secret keeps verifying.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable

PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(PREFIX))
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signature_header(secrets_in_force: Iterable[str], msg_id: str, timestamp: int, body: bytes) -> str:
    return " ".join(signature(s, msg_id, timestamp, body) for s in secrets_in_force)
