from enum import StrEnum


class ListRisksApiV1RisksGetLevelType0(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
