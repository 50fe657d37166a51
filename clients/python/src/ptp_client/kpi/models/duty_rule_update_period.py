from enum import StrEnum


class DutyRuleUpdatePeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
