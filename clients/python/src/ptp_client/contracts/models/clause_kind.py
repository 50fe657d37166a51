from enum import StrEnum


class ClauseKind(StrEnum):
    ACCEPTANCE_CRITERIA = "acceptance_criteria"
    BREACH_LIABILITY = "breach_liability"
    DELIVERY = "delivery"
    OTHER = "other"
    PRICE_TERMS = "price_terms"
    RIGHTS_OBLIGATIONS = "rights_obligations"
    SCOPE = "scope"

    def __str__(self) -> str:
        return str(self.value)
