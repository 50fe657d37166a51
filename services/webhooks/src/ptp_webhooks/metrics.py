"""Prometheus metrics of webhook delivery, on the service's ``/metrics`` with the shared ones."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

DELIVERED = Counter(
    "ptp_webhook_deliveries_delivered_total", "Deliveries answered 2xx", ["service", "subscription"]
)
FAILED = Counter(
    "ptp_webhook_deliveries_failed_total",
    "Deliveries given up (retry window over, 410, or subscription disabled)",
    ["service", "subscription"],
)
RETRIED = Counter(
    "ptp_webhook_attempts_retried_total",
    "Attempts that failed and were scheduled again",
    ["service", "subscription"],
)
DISABLED = Counter(
    "ptp_webhook_subscriptions_disabled_total",
    "Subscriptions disabled by the service (reason: failing, gone)",
    ["service", "reason"],
)
QUEUE_AGE = Gauge(
    "ptp_webhook_queue_oldest_age_seconds",
    "Age of the oldest pending delivery, per active subscription",
    ["service", "subscription"],
)
LATENCY = Histogram(
    "ptp_webhook_request_duration_seconds", "Time a receiver took to answer", ["service"]
)
