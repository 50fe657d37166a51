from enum import StrEnum


class ListAllocationsKindType0(StrEnum):
    BUDGET = "budget"
    MATERIAL = "material"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
