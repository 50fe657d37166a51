from enum import StrEnum


class ListServiceSessionsKindType0(StrEnum):
    CONSULTING = "consulting"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
