from enum import StrEnum


class LeadConvertSizeType0(StrEnum):
    ENTERPRISE = "enterprise"
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
