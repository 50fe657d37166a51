from enum import StrEnum


class EvaluationCreateEvaluatorKind(StrEnum):
    PEER = "peer"
    SUPERVISOR = "supervisor"

    def __str__(self) -> str:
        return str(self.value)
