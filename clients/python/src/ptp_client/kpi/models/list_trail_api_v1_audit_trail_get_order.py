from enum import StrEnum


class ListTrailApiV1AuditTrailGetOrder(StrEnum):
    OCCURRED = "occurred"
    RECORDED = "recorded"

    def __str__(self) -> str:
        return str(self.value)
