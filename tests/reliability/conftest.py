"""Reliability suite: fault scenarios through real service processes, plus HTTP-level checks.

Every fault scenario appends one row to ``RESULTS``; the table is printed at the end of the run
(the figures recorded in docs/reliability.md come from it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reliability_pipeline import RESULTS, format_results


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if RESULTS:
        terminalreporter.write_sep("=", "reliability results")
        for line in format_results():
            terminalreporter.write_line(line)
