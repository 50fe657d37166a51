"""KPI and audit service: tamper-evident audit trail of every event, metric facts,
scorecards, internal audits, findings and self-checks."""
