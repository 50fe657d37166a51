from enum import StrEnum


class SettlementStatus(StrEnum):
    APPROVED = "approved"
    OPEN = "open"
    PAID = "paid"
    REJECTED = "rejected"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
