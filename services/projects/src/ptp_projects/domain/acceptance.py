"""Acceptance rules: at least one criterion; a round passes only when every criterion was checked
and passed, after the team's self-check and with no task left open."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ptp_common.errors import Conflict


@dataclass(frozen=True)
class Verdict:
    passed: bool
    notes: str = ""


@dataclass(frozen=True)
class RoundOutcome:
    unchecked: list[str]
    failed: list[str]

    @property
    def passes(self) -> bool:
        return not self.unchecked and not self.failed


def outcome(criteria: Iterable[str], verdicts: Mapping[str, Verdict]) -> RoundOutcome:
    criteria = list(criteria)
    return RoundOutcome(
        unchecked=[c for c in criteria if c not in verdicts],
        failed=[c for c in criteria if c in verdicts and not verdicts[c].passed],
    )


def check_has_criteria(criteria: Iterable[str]) -> None:
    """Acceptance against nothing proves nothing: a project needs at least one criterion."""
    if not list(criteria):
        raise Conflict(
            "acceptance needs at least one acceptance criterion; this project has none "
            "(the criteria come from the signed contract)",
            rule="acceptance needs at least one criterion",
        )


def check_can_sign_off(
    criteria: Iterable[str],
    verdicts: Mapping[str, Verdict],
    *,
    not_self_checked: Iterable[str] = (),
    open_tasks: Iterable[str] = (),
) -> None:
    """Sign-off needs every criterion self-checked by the team, every task done or waived, and
    every criterion checked and passed in the round; the 409 names everything still missing."""
    criteria = list(criteria)
    check_has_criteria(criteria)
    result = outcome(criteria, verdicts)
    not_self_checked, open_tasks = list(not_self_checked), list(open_tasks)
    parts = []
    if not_self_checked:
        parts.append("self-check not recorded for: " + ", ".join(not_self_checked))
    if open_tasks:
        parts.append("tasks neither done nor waived: " + ", ".join(open_tasks))
    if result.failed:
        parts.append("failed: " + ", ".join(result.failed))
    if result.unchecked:
        parts.append("unchecked: " + ", ".join(result.unchecked))
    if not parts:
        return
    raise Conflict(
        "sign-off needs the self-check recorded, every task done or waived and every criterion "
        "checked and passed; " + "; ".join(parts),
        self_check_missing=not_self_checked,
        open_tasks=open_tasks,
        failed_criteria=result.failed,
        unchecked_criteria=result.unchecked,
    )


def check_can_fail(criteria: Iterable[str], verdicts: Mapping[str, Verdict]) -> list[str]:
    """The failed criteria of a round being closed as failed; a round with none cannot fail."""
    failed = outcome(criteria, verdicts).failed
    if not failed:
        raise Conflict("no criterion failed in this round; record a failure or sign off instead")
    return failed


def check_can_open_round(open_round: int | None, open_rectifications: int) -> None:
    """A new round starts only when no round is open and every rectification is resolved."""
    if open_round is not None:
        raise Conflict(f"acceptance round {open_round} is still open")
    if open_rectifications:
        raise Conflict(
            f"{open_rectifications} rectification item(s) are still open; resolve them first",
            open_rectification_items=open_rectifications,
        )


def check_known_criteria(criteria: Iterable[str], submitted: Iterable[str]) -> list[str]:
    """Criterion ids in ``submitted`` that the project does not have."""
    known = set(criteria)
    return [c for c in submitted if c not in known]
