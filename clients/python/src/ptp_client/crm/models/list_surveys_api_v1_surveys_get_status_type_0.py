from enum import StrEnum


class ListSurveysApiV1SurveysGetStatusType0(StrEnum):
    ANSWERED = "answered"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
