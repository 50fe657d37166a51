from enum import StrEnum


class CountRiskEventsKindType0(StrEnum):
    CREDIT = "credit"
    MARKET = "market"
    OPERATIONAL = "operational"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
