from enum import StrEnum


class ScorecardCreateSubjectType(StrEnum):
    PERSON = "person"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
