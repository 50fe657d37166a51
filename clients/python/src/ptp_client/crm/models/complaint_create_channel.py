from enum import StrEnum


class ComplaintCreateChannel(StrEnum):
    EMAIL = "email"
    IN_PERSON = "in_person"
    LETTER = "letter"
    ONLINE = "online"
    OTHER = "other"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
