from enum import StrEnum


class EvaluationCreateRecommendation(StrEnum):
    APPROVE = "approve"
    CONCERNS = "concerns"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
