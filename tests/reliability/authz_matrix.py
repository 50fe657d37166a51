"""The authorization matrix: every mutating endpoint of every service x every role.

``MATRIX[(service, method, path)]`` is the set of roles ``require_roles`` lets through (read from
each service's routers). Any other role gets 403. ``ANY_AUTHENTICATED`` marks endpoints with no role
requirement: there the handler checks ownership of the record (object-level) instead.
``OWNER_OR_STAFF`` marks the same for staff only (a client representative gets 403).
``test_authz.py`` calls every endpoint with every role and checks 403 exactly for the roles not in
the set; ``render_markdown()`` is the table in docs/reliability.md.
"""

from __future__ import annotations

from ptp_common.auth.roles import Role

ROLES: tuple[str, ...] = tuple(r.value for r in Role)
ANY_AUTHENTICATED: frozenset[str] = frozenset(ROLES)
OWNER_OR_STAFF: frozenset[str] = ANY_AUTHENTICATED - {"client_representative"}
TEAM = frozenset({"business_specialist", "project_manager", "tech_support"})
STAFF = frozenset(
    {"auditor", "business_specialist", "customer_service", "finance", "legal", "manager",
     "project_manager", "tech_support"}
)
RISK_OWNERS = frozenset({"business_specialist", "manager", "project_manager"})
ADMIN = frozenset({"admin"})
FEEDBACK_HANDLERS = frozenset({"business_specialist", "customer_service"})


def _admin(service: str) -> dict[tuple[str, str, str], frozenset[str]]:
    base = "/api/v1/admin"
    return {
        (service, "POST", f"{base}/dead-letters/{{parked_id}}/replay"): ADMIN,
        (service, "POST", f"{base}/dead-letters/{{parked_id}}/discard"): ADMIN,
        (service, "POST", f"{base}/outbox/{{event_id}}/republish"): ADMIN,
        (service, "POST", f"{base}/jobs/{{name}}/run"): ADMIN,
    }


MATRIX: dict[tuple[str, str, str], frozenset[str]] = {
    # -- contracts -----------------------------------------------------------------------
    **_admin("contracts"),
    ("contracts", "POST", "/api/v1/contracts"): frozenset({"business_specialist", "manager"}),
    ("contracts", "PATCH", "/api/v1/contracts/{contract_id}"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/submit"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/approve"): frozenset({"legal"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/return"): frozenset({"legal"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/reopen"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/negotiate"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/start-signing"):
        frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/signatures"):
        frozenset({"business_specialist", "client_representative", "manager"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/policy-override"): frozenset({"manager"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/terminate"):
        frozenset({"business_specialist", "manager"}),
    ("contracts", "POST", "/api/v1/installments/{installment_id}/payments"): frozenset({"finance"}),
    ("contracts", "POST", "/api/v1/contracts/{contract_id}/settlement"):
        frozenset({"business_specialist", "manager"}),
    ("contracts", "POST", "/api/v1/settlements/{settlement_id}/adjust"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/settlements/{settlement_id}/submit"): frozenset({"business_specialist"}),
    ("contracts", "POST", "/api/v1/settlements/{settlement_id}/approve"): frozenset({"finance"}),
    ("contracts", "POST", "/api/v1/settlements/{settlement_id}/reject"): frozenset({"finance"}),
    ("contracts", "POST", "/api/v1/settlements/{settlement_id}/pay"): frozenset({"finance"}),
    # -- crm -----------------------------------------------------------------------------
    **_admin("crm"),
    ("crm", "POST", "/api/v1/customers"): frozenset({"business_specialist"}),
    ("crm", "PATCH", "/api/v1/customers/{customer_id}"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/customers/{customer_id}/contacts"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/leads"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/leads/{lead_id}/qualify"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/leads/{lead_id}/disqualify"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/leads/{lead_id}/convert"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/opportunities"): frozenset({"business_specialist"}),
    ("crm", "PATCH", "/api/v1/opportunities/{opportunity_id}"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/opportunities/{opportunity_id}/advance"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/opportunities/{opportunity_id}/win"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/opportunities/{opportunity_id}/lose"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/opportunities/{opportunity_id}/needs-meetings"):
        frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/research-reports"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/initiations"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/initiations/{initiation_id}/evaluations"): frozenset({"project_manager"}),
    ("crm", "POST", "/api/v1/initiations/{initiation_id}/approve"): frozenset({"project_manager"}),
    ("crm", "POST", "/api/v1/initiations/{initiation_id}/reject"): frozenset({"project_manager"}),
    ("crm", "POST", "/api/v1/solutions"): frozenset({"business_specialist"}),
    ("crm", "PATCH", "/api/v1/solutions/{solution_id}"): frozenset({"business_specialist", "tech_support"}),
    ("crm", "POST", "/api/v1/solutions/{solution_id}/present"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/solutions/{solution_id}/accept"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/solutions/{solution_id}/reject"): frozenset({"business_specialist"}),
    ("crm", "POST", "/api/v1/solutions/{solution_id}/revise"):
        frozenset({"business_specialist", "tech_support"}),
    ("crm", "POST", "/api/v1/complaints"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/complaints/{complaint_id}/respond"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/complaints/{complaint_id}/resolve"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/feedback/{feedback_id}/classify"): FEEDBACK_HANDLERS,
    ("crm", "POST", "/api/v1/feedback/{feedback_id}/analyse"): FEEDBACK_HANDLERS,
    ("crm", "POST", "/api/v1/feedback/{feedback_id}/act"): FEEDBACK_HANDLERS,
    ("crm", "POST", "/api/v1/feedback/{feedback_id}/reply"): FEEDBACK_HANDLERS,
    ("crm", "POST", "/api/v1/feedback/{feedback_id}/close"): FEEDBACK_HANDLERS,
    ("crm", "POST", "/api/v1/feedback"): frozenset({"business_specialist", "customer_service"}),
    ("crm", "POST", "/api/v1/inquiries"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/inquiries/{inquiry_id}/respond"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/inquiries/{inquiry_id}/resolve"): frozenset({"customer_service"}),
    ("crm", "POST", "/api/v1/service-sessions"): frozenset({"tech_support"}),
    ("crm", "POST", "/api/v1/surveys/{survey_id}/answer"):
        frozenset({"business_specialist", "customer_service"}),
    # -- kpi -----------------------------------------------------------------------------
    **_admin("kpi"),
    ("kpi", "POST", "/api/v1/metrics/rebuild"): frozenset({"admin", "auditor"}),
    ("kpi", "POST", "/api/v1/scorecards"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/scorecards/{scorecard_id}/evaluations"): STAFF,
    ("kpi", "POST", "/api/v1/scorecards/{scorecard_id}/publish"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/scorecards/{scorecard_id}/reopen"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/teams"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/people"): frozenset({"manager"}),
    ("kpi", "PUT", "/api/v1/people/{person_id}"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/audits"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/audits/{audit_id}/start"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/audits/{audit_id}/cancel"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/audits/{audit_id}/complete"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/audits/{audit_id}/findings"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/findings/{finding_id}/start-rectification"): OWNER_OR_STAFF,
    ("kpi", "POST", "/api/v1/findings/{finding_id}/submit-rectification"): OWNER_OR_STAFF,
    ("kpi", "POST", "/api/v1/findings/{finding_id}/reject-rectification"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/findings/{finding_id}/close"): frozenset({"auditor"}),
    ("kpi", "POST", "/api/v1/self-checks"): STAFF,
    ("kpi", "PUT", "/api/v1/self-checks/{check_id}"): STAFF,
    ("kpi", "POST", "/api/v1/self-checks/{check_id}/submit"): STAFF,
    ("kpi", "POST", "/api/v1/self-checks/{check_id}/acknowledge"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/self-checks/{check_id}/return"): frozenset({"manager"}),
    ("kpi", "POST", "/api/v1/self-checks/{check_id}/actions/{position}/complete"): STAFF,
    ("kpi", "POST", "/api/v1/self-checks/{check_id}/close"): STAFF,
    ("kpi", "PUT", "/api/v1/duty-rules/{kind}"): frozenset({"manager"}),
    # -- projects ------------------------------------------------------------------------
    **_admin("projects"),
    ("projects", "PATCH", "/api/v1/projects/{project_id}"): frozenset({"project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/baseline"): frozenset({"project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/tasks"): frozenset({"project_manager"}),
    ("projects", "PATCH", "/api/v1/tasks/{task_id}"): TEAM,
    ("projects", "POST", "/api/v1/tasks/{task_id}/start"): TEAM,
    ("projects", "POST", "/api/v1/tasks/{task_id}/complete"): TEAM,
    ("projects", "POST", "/api/v1/tasks/{task_id}/reopen"): TEAM,
    ("projects", "POST", "/api/v1/tasks/{task_id}/waive"): frozenset({"project_manager", "manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/milestones"): frozenset({"project_manager"}),
    ("projects", "PATCH", "/api/v1/milestones/{milestone_id}"): frozenset({"project_manager"}),
    ("projects", "POST", "/api/v1/milestones/{milestone_id}/complete"): frozenset({"project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/reports"): TEAM,
    ("projects", "POST", "/api/v1/projects/{project_id}/allocations"): frozenset({"project_manager"}),
    ("projects", "PATCH", "/api/v1/allocations/{allocation_id}"): frozenset({"project_manager"}),
    ("projects", "PUT", "/api/v1/projects/{project_id}/acceptance/self-check"): TEAM,
    ("projects", "POST", "/api/v1/projects/{project_id}/acceptance/rounds"):
        frozenset({"business_specialist", "client_representative", "project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/acceptance/rounds/{number}/results"):
        frozenset({"business_specialist", "client_representative", "project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/acceptance/rounds/{number}/fail"):
        frozenset({"business_specialist", "client_representative", "project_manager"}),
    ("projects", "POST", "/api/v1/projects/{project_id}/acceptance/rounds/{number}/sign-off"):
        frozenset({"client_representative"}),
    ("projects", "POST", "/api/v1/rectification-items/{item_id}/resolve"): TEAM,
    # -- risk ----------------------------------------------------------------------------
    **_admin("risk"),
    # tech_support registers technical risks (the kind is checked after the role: 403 for another kind).
    ("risk", "POST", "/api/v1/risks"): RISK_OWNERS | {"tech_support"},
    ("risk", "PATCH", "/api/v1/risks/{risk_id}"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/close"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/reopen"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/assessments"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/responses"): RISK_OWNERS,
    ("risk", "PATCH", "/api/v1/risks/{risk_id}/responses/{response_id}"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/responses/{response_id}/start"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/responses/{response_id}/complete"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/responses/{response_id}/cancel"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/indicators"): RISK_OWNERS,
    ("risk", "POST", "/api/v1/risks/{risk_id}/indicators/{indicator_id}/observations"):
        frozenset({"business_specialist", "finance", "manager", "project_manager"}),
}


def allowed(service: str, method: str, path: str) -> frozenset[str]:
    return MATRIX[(service, method, path)]


def render_markdown() -> str:
    """The matrix as a Markdown table: Y = allowed (2xx or a 4xx other than 403), - = 403."""
    short = {
        "project_manager": "PM", "business_specialist": "BS", "tech_support": "TS",
        "customer_service": "CS", "legal": "LG", "finance": "FI", "auditor": "AU", "manager": "MG",
        "client_representative": "CR", "admin": "AD", "service": "SV",
    }
    head = "| service | endpoint | " + " | ".join(short[r] for r in ROLES) + " |"
    rule = "| --- | --- | " + " | ".join("---" for _ in ROLES) + " |"
    rows = [head, rule]
    for (service, method, path), roles in MATRIX.items():
        note = " (owner check)" if roles in (ANY_AUTHENTICATED, OWNER_OR_STAFF) else ""
        cells = " | ".join("Y" if r in roles else "-" for r in ROLES)
        rows.append(f"| {service} | `{method} {path}`{note} | {cells} |")
    legend = ", ".join(f"{v} = {k}" for k, v in short.items())
    return "\n".join([*rows, "", f"Roles: {legend}."])

