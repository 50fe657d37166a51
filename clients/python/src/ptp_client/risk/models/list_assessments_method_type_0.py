from enum import StrEnum


class ListAssessmentsMethodType0(StrEnum):
    OVERRIDE = "override"
    QUALITATIVE = "qualitative"
    QUANTITATIVE = "quantitative"

    def __str__(self) -> str:
        return str(self.value)
