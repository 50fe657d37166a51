from enum import StrEnum


class CustomerUpdateSizeType0(StrEnum):
    ENTERPRISE = "enterprise"
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
