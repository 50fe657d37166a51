from enum import StrEnum


class ListTasksStatusType0(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)
