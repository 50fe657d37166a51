"""Operator tooling over the admin REST endpoints."""
