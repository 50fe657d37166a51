"""Task dependencies: no cycles, and a task starts only after the tasks it depends on are done."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ptp_common.errors import Conflict, Unprocessable


def check_no_cycle(task_id: str, depends_on: Iterable[str], graph: Mapping[str, Iterable[str]]) -> None:
    """Raise 422 when making ``task_id`` depend on ``depends_on`` would close a loop in ``graph``."""
    seen: set[str] = set()
    stack = list(depends_on)
    while stack:
        current = stack.pop()
        if current == task_id:
            raise Unprocessable(
                "these dependencies would make the task wait on itself", field="body.depends_on"
            )
        if current in seen:
            continue
        seen.add(current)
        stack.extend(graph.get(current, ()))


def check_dependencies_done(depends_on: Iterable[str], done: Iterable[str]) -> None:
    """Raise 409 naming the dependencies that are not done yet."""
    finished = set(done)
    waiting = [t for t in depends_on if t not in finished]
    if waiting:
        raise Conflict(
            f"{len(waiting)} task(s) this one depends on are not done", waiting_on=waiting
        )
