from enum import StrEnum


class SessionCreateKind(StrEnum):
    CONSULTING = "consulting"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
