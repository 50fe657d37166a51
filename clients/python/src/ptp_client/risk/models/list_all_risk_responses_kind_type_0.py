from enum import StrEnum


class ListAllRiskResponsesKindType0(StrEnum):
    ACCEPT = "accept"
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
