from enum import StrEnum


class ListDutiesKindType0(StrEnum):
    INTERNAL_AUDIT = "internal_audit"
    MARKET_RESEARCH = "market_research"
    PROGRESS_REPORT = "progress_report"
    RISK_REVIEW = "risk_review"
    SELF_CHECK = "self_check"

    def __str__(self) -> str:
        return str(self.value)
