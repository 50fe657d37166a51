from enum import StrEnum


class AcceptanceRoundReadStatus(StrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    OPEN = "open"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
