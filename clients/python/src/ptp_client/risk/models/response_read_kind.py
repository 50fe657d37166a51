from enum import StrEnum


class ResponseReadKind(StrEnum):
    ACCEPT = "accept"
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
