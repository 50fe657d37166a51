from enum import StrEnum


class ListRectificationItemsStatusType0(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
