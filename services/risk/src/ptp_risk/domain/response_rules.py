"""What a risk's level demands of its responses: who may accept it, and what must be done to close it.

* ``accept`` (living with the risk) is for LOW risks. A medium, high or not yet assessed risk is
  accepted only with a manager's approval: the accept response is created by a ``manager`` and
  carries an ``approval_reason``.
* A HIGH risk is closed only after one of its avoid, reduce or transfer responses is completed:
  accepting it, or planning a response, is not enough.
"""

from __future__ import annotations

from collections.abc import Iterable

from ptp_common.errors import Conflict

ACCEPT_NEEDS_APPROVAL = "accept-needs-manager-approval"
HIGH_CLOSES_AFTER_TREATMENT = "high-risk-closes-after-completed-treatment"
TREATMENTS = ("avoid", "reduce", "transfer")


def check_accept(risk_level: str | None, *, by_manager: bool, approval_reason: str | None) -> None:
    """409 unless the risk is low, or a manager approves the acceptance with a reason."""
    if risk_level == "low" or (by_manager and approval_reason):
        return
    raise Conflict(
        f"only a low risk is accepted as it is; this one is {risk_level or 'not assessed'}, so accepting "
        "it needs a manager's approval: created by a manager with an approval_reason",
        rule=ACCEPT_NEEDS_APPROVAL,
    )


def check_close(risk_level: str | None, responses: Iterable[tuple[str, str]]) -> None:
    """409 when a high risk has no completed avoid/reduce/transfer response (``(kind, status)``)."""
    if risk_level != "high":
        return
    if any(kind in TREATMENTS and status == "completed" for kind, status in responses):
        return
    raise Conflict(
        "a high risk closes only after a completed avoid, reduce or transfer response",
        rule=HIGH_CLOSES_AFTER_TREATMENT,
    )
