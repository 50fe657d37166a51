"""The webhooks service's settings, read from ``WEBHOOKS_*`` environment variables.

``WEBHOOKS_REQUIRE_PUBLIC_URLS`` (default: on when ``PTP_ENV=production``) allows only ``https``
URLs whose host resolves to public addresses; ``WEBHOOKS_ALLOWED_HOSTS`` (comma-separated host
names or IP addresses) lists receivers an operator trusts inside the network, exempt from both
rules. Retry, disabling and concurrency are tunable for operations and for tests.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class WebhooksConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WEBHOOKS_", extra="ignore")

    require_public_urls: bool | None = Field(
        default=None, description="https + public addresses only; unset: only when PTP_ENV=production"
    )
    allowed_hosts: str = Field(default="", description="Comma-separated hosts exempt from the URL rules")
    timeout_seconds: float = Field(default=10.0, gt=0, description="Per request: connect, write, read")
    max_concurrency: int = Field(default=4, ge=1, description="Requests in flight per subscription")
    poll_seconds: float = Field(default=0.5, gt=0, description="How often the worker looks for due work")
    backoff_base_seconds: float = Field(default=5.0, gt=0)
    backoff_max_seconds: float = Field(default=3600.0, gt=0)
    retry_window_seconds: float = Field(
        default=26 * 3600.0, gt=0, description="How long a delivery is retried before it fails (>= 24 h)"
    )
    disable_after_seconds: float = Field(
        default=5 * 24 * 3600.0,
        gt=0,
        description="Continuous failure after which a subscription is disabled",
    )
    response_body_limit: int = Field(default=2048, ge=0, description="Bytes of a response body kept")
    rotation_overlap_seconds: float = Field(
        default=24 * 3600.0, ge=0, description="Default time both secrets sign after a rotation"
    )

    @property
    def trusted_hosts(self) -> frozenset[str]:
        return frozenset(
            h.strip().lower().strip("[]").rstrip(".") for h in self.allowed_hosts.split(",") if h.strip()
        )

    @property
    def lease_seconds(self) -> float:
        """How long a claimed delivery stays invisible to other workers: longer than any send."""
        return self.timeout_seconds * 4 + 30
