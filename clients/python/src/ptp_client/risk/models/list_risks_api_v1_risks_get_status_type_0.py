from enum import StrEnum


class ListRisksApiV1RisksGetStatusType0(StrEnum):
    CLOSED = "closed"
    IDENTIFIED = "identified"
    RESPONDING = "responding"

    def __str__(self) -> str:
        return str(self.value)
