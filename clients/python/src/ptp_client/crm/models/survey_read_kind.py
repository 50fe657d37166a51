from enum import StrEnum


class SurveyReadKind(StrEnum):
    ACCEPTANCE = "acceptance"
    COMPLAINT_RESOLUTION = "complaint_resolution"

    def __str__(self) -> str:
        return str(self.value)
