from enum import StrEnum


class ListRiskResponsesKindType0(StrEnum):
    ACCEPT = "accept"
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
