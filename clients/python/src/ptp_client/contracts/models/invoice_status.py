from enum import StrEnum


class InvoiceStatus(StrEnum):
    CANCELLED = "cancelled"
    OPEN = "open"
    OVERDUE = "overdue"
    PAID = "paid"

    def __str__(self) -> str:
        return str(self.value)
