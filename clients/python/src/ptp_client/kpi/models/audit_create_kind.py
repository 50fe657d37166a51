from enum import StrEnum


class AuditCreateKind(StrEnum):
    COMPLIANCE = "compliance"
    CONTROL = "control"
    FINANCIAL = "financial"

    def __str__(self) -> str:
        return str(self.value)
