from enum import StrEnum


class ResponseCreateKind(StrEnum):
    ACCEPT = "accept"
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
