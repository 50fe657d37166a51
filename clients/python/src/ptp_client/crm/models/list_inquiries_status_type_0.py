from enum import StrEnum


class ListInquiriesStatusType0(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    RESPONDED = "responded"

    def __str__(self) -> str:
        return str(self.value)
