"""Traces, metrics and logs, set up the same way for every service."""
