from enum import StrEnum


class ListRiskEventsEventType0(StrEnum):
    CREDIT_LEVEL_CHANGED = "credit_level_changed"
    INDICATOR_BREACHED = "indicator_breached"
    LEVEL_CHANGED = "level_changed"
    RISK_RAISED = "risk_raised"

    def __str__(self) -> str:
        return str(self.value)
