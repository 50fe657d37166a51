from enum import StrEnum


class ListSurveysStatusType0(StrEnum):
    ANSWERED = "answered"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
