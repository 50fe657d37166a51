from enum import StrEnum


class GetIndicatorValueScope(StrEnum):
    ALL = "all"
    CHANNEL = "channel"
    CUSTOMER = "customer"
    PERSON = "person"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
