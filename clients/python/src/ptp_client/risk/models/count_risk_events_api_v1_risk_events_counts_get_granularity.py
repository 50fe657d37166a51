from enum import StrEnum


class CountRiskEventsApiV1RiskEventsCountsGetGranularity(StrEnum):
    DAY = "day"
    MONTH = "month"

    def __str__(self) -> str:
        return str(self.value)
