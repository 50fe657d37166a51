from enum import StrEnum


class ListLeadsChannelType0(StrEnum):
    ONLINE = "online"
    OTHER = "other"
    PHONE = "phone"
    REFERRAL = "referral"
    TRADE_SHOW = "trade_show"

    def __str__(self) -> str:
        return str(self.value)
