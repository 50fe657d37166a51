from enum import StrEnum


class MoneyLineTotalsKind(StrEnum):
    BUDGET = "budget"
    MATERIAL = "material"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
