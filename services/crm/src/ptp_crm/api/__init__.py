"""REST API of the crm service: one router module per domain area."""
