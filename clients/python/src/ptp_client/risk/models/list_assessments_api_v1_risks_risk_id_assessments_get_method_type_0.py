from enum import StrEnum


class ListAssessmentsApiV1RisksRiskIdAssessmentsGetMethodType0(StrEnum):
    OVERRIDE = "override"
    QUALITATIVE = "qualitative"
    QUANTITATIVE = "quantitative"

    def __str__(self) -> str:
        return str(self.value)
