from enum import StrEnum


class Measure(StrEnum):
    COMPLAINT_WITHIN_DEADLINE = "complaint_within_deadline"
    CONTRACTS_SIGNED = "contracts_signed"
    CONTRACTS_TERMINATED = "contracts_terminated"
    DUTIES_MISSED = "duties_missed"
    DUTY_ON_TIME = "duty_on_time"
    INQUIRY_RESOLUTION_MINUTES = "inquiry_resolution_minutes"
    INQUIRY_RESPONSE_MINUTES = "inquiry_response_minutes"
    INVOICED = "invoiced"
    NEW_CUSTOMERS = "new_customers"
    OVERDUE_RECEIVABLES = "overdue_receivables"
    PROJECTS_CANCELLED = "projects_cancelled"
    RESPONSE_MINUTES = "response_minutes"
    REVENUE = "revenue"
    RISK_EVENTS = "risk_events"
    SATISFACTION = "satisfaction"
    SERVICE_SESSIONS = "service_sessions"
    SIGNED_CONTRACT_VALUE = "signed_contract_value"
    TEAMWORK = "teamwork"

    def __str__(self) -> str:
        return str(self.value)
