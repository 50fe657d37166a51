"""Contracts service: contracts, clauses, revisions, legal reviews, signatures, signing policy,
payment schedule, invoices, payments, overdue detection and settlements."""
