"""`make demo` as a newcomer runs it: the whole money story against a running suite, ending with the
books' invariants checked and printed (docs/domain.md, "The invariants the suite keeps")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration


def test_make_demo_tells_the_money_story_and_ends_with_the_books_closed(embedded_url: str) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "ptp_suite.demo"],
        env={**os.environ, "BASE_URL": embedded_url},
        capture_output=True, text=True, timeout=240, check=False,
    )
    said = ran.stdout
    assert ran.returncode == 0, f"demo failed:\n{said}\n{ran.stderr}"
    # the money story: the advance goes overdue, risk's rating falls, the late payment restores it
    assert "overdue notice(s)" in said
    fell = next(line for line in said.splitlines() if "days late: rating" in line)
    recovered = next(line for line in said.splitlines() if "the credit recovers: rating" in line)
    assert "rating A" not in fell and "rating A" in recovered, f"{fell}\n{recovered}"
    assert "contracts.settlement.paid" in said, said  # the story printed from KPI's audit trail
    last = said.strip().splitlines()[-1]
    assert last.startswith("books closed: ") and "(6 invariants hold)" in last, last
