from enum import StrEnum


class SubscriptionReadDisabledReasonType0(StrEnum):
    FAILING = "failing"
    GONE = "gone"

    def __str__(self) -> str:
        return str(self.value)
