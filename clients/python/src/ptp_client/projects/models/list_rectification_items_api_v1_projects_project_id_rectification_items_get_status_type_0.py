from enum import StrEnum


class ListRectificationItemsApiV1ProjectsProjectIdRectificationItemsGetStatusType0(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
