from enum import StrEnum


class Side(StrEnum):
    CLIENT = "client"
    COMPANY = "company"

    def __str__(self) -> str:
        return str(self.value)
