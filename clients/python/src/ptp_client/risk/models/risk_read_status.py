from enum import StrEnum


class RiskReadStatus(StrEnum):
    CLOSED = "closed"
    IDENTIFIED = "identified"
    RESPONDING = "responding"

    def __str__(self) -> str:
        return str(self.value)
