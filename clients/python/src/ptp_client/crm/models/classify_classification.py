from enum import StrEnum


class ClassifyClassification(StrEnum):
    CRITICISM = "criticism"
    OTHER = "other"
    PRAISE = "praise"
    QUESTION = "question"
    SUGGESTION = "suggestion"

    def __str__(self) -> str:
        return str(self.value)
