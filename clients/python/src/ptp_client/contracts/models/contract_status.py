from enum import StrEnum


class ContractStatus(StrEnum):
    APPROVED = "approved"
    COMPLETED = "completed"
    DRAFT = "draft"
    IN_LEGAL_REVIEW = "in_legal_review"
    NEGOTIATION = "negotiation"
    RETURNED = "returned"
    SIGNED = "signed"
    SIGNING = "signing"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
