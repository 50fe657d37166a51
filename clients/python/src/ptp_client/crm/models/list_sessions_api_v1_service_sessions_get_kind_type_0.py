from enum import StrEnum


class ListSessionsApiV1ServiceSessionsGetKindType0(StrEnum):
    CONSULTING = "consulting"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
