from enum import StrEnum


class ListDutiesStatusType0(StrEnum):
    DUE_SOON = "due_soon"
    FULFILLED = "fulfilled"
    MISSED = "missed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
