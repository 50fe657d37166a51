from enum import StrEnum


class ListTrailRecordsOrder(StrEnum):
    OCCURRED = "occurred"
    RECORDED = "recorded"

    def __str__(self) -> str:
        return str(self.value)
