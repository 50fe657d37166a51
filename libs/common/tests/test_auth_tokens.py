"""Bearer tokens as callers use them: claims survive the round trip, and minting one is cheap."""

from __future__ import annotations

import subprocess
import sys

from ptp_common.auth.tokens import issue_token, verify_token
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
