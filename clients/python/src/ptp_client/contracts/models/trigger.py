from enum import StrEnum


class Trigger(StrEnum):
    ACCEPTANCE = "acceptance"
    FIXED_DATE = "fixed_date"
    MILESTONE = "milestone"
    ON_SIGNING = "on_signing"

    def __str__(self) -> str:
        return str(self.value)
