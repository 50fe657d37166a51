from enum import StrEnum


class ListSurveysApiV1SurveysGetKindType0(StrEnum):
    ACCEPTANCE = "acceptance"
    COMPLAINT_RESOLUTION = "complaint_resolution"

    def __str__(self) -> str:
        return str(self.value)
