from enum import StrEnum


class ListAllocationsApiV1ProjectsProjectIdAllocationsGetKindType0(StrEnum):
    BUDGET = "budget"
    MATERIAL = "material"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
