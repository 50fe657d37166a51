from enum import StrEnum


class ListSurveysKindType0(StrEnum):
    ACCEPTANCE = "acceptance"
    COMPLAINT_RESOLUTION = "complaint_resolution"

    def __str__(self) -> str:
        return str(self.value)
