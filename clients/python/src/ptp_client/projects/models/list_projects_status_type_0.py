from enum import StrEnum


class ListProjectsStatusType0(StrEnum):
    ACCEPTED = "accepted"
    ACTIVE = "active"
    CANCELLED = "cancelled"
    IN_ACCEPTANCE = "in_acceptance"
    PLANNING = "planning"

    def __str__(self) -> str:
        return str(self.value)
