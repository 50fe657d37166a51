"""Bearer tokens as callers use them: claims survive the round trip, and minting one is cheap."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest
from ptp_common.auth import tokens
from ptp_common.auth.principal import Principal
from ptp_common.auth.tokens import issue_token, verify_token
from ptp_common.errors import Unauthorized
from ptp_common.settings import load_settings


def test_a_client_representative_token_carries_its_customer() -> None:
    settings = load_settings("test")
    token = issue_token(settings, "rep-1", ["client_representative"], customer_id="cust-42")
    principal = verify_token(settings, token)
    assert principal.customer_id == "cust-42"
    assert principal.speaks_for("cust-42")
    assert not principal.speaks_for("cust-43")


def test_a_staff_token_speaks_for_no_customer() -> None:
    settings = load_settings("test")
    principal = verify_token(settings, issue_token(settings, "fin-1", ["finance"]))
    assert principal.customer_id is None
    assert not principal.speaks_for("cust-42")


def test_make_token_mints_without_loading_the_web_framework() -> None:
    # `make token` is run once per call in scripts: it must not pay for importing FastAPI.
    code = (
        "import sys, io, contextlib\n"
        "from ptp_common.auth import token_cli\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    rc = token_cli.main(['--roles', 'client_representative', '--customer', 'c-1'])\n"
        "assert rc == 0 and out.getvalue().count('.') == 2, out.getvalue()\n"
        "print('fastapi' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_remembered_token_is_refused_from_its_expiry_on(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings("test")
    token = issue_token(settings, "fin-1", ["finance"], ttl=dt.timedelta(minutes=5))
    assert verify_token(settings, token).subject == "fin-1"  # verified, then remembered
    assert verify_token(settings, token).subject == "fin-1"
    later = time.time() + 301
    monkeypatch.setattr(tokens.time, "time", lambda: later)
    with pytest.raises(Unauthorized, match="expired"):
        verify_token(settings, token)


def test_a_remembered_token_is_verified_again_under_another_secret() -> None:
    settings = load_settings("test")
    token = issue_token(settings, "fin-1", ["finance"])
    verify_token(settings, token)
    rotated = settings.model_copy(update={"jwt_secret": "another-secret-of-at-least-32-characters"})
    with pytest.raises(Unauthorized, match="invalid token"):
        verify_token(rotated, token)


def test_the_remembered_tokens_are_bounded() -> None:
    remembered = tokens.VerifiedTokens(size=2)
    for name in ("a", "b", "c"):
        remembered.put((name,), Principal(subject=name), time.time() + 60)
    assert remembered.get(("a",)) is None  # the least recently used went first
    assert remembered.get(("c",)) == Principal(subject="c")
