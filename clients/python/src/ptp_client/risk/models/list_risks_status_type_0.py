from enum import StrEnum


class ListRisksStatusType0(StrEnum):
    CLOSED = "closed"
    IDENTIFIED = "identified"
    RESPONDING = "responding"

    def __str__(self) -> str:
        return str(self.value)
