from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    AUDITOR = "auditor"
    BUSINESS_SPECIALIST = "business_specialist"
    CLIENT_REPRESENTATIVE = "client_representative"
    CUSTOMER_SERVICE = "customer_service"
    FINANCE = "finance"
    LEGAL = "legal"
    MANAGER = "manager"
    PROJECT_MANAGER = "project_manager"
    SERVICE = "service"
    TECH_SUPPORT = "tech_support"

    def __str__(self) -> str:
        return str(self.value)
