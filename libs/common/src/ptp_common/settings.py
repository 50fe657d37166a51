"""Per-service settings, read from the environment.

Each service reads its own ``<SERVICE>_DATABASE_URL`` (so one shell can hold the
URLs of all five) and the shared ``AMQP_URL``. Production refuses the development
signing secret, disabled auth and default credentials, so a misconfigured
deployment fails at start instead of running open.
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Self
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ptp_common.business_time import zone_named

DEV_JWT_SECRET = "dev-only-insecure-secret-change-me-000000"
DEFAULT_BROKER_CREDENTIALS = ("guest:guest@",)
DEFAULT_DB_PASSWORDS = ("postgres:postgres@", ":password@", ":changeme@")


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class BusKind(StrEnum):
    rabbitmq = "rabbitmq"
    inprocess = "inprocess"


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", populate_by_name=True)

    service_name: str = "service"
    environment: Environment = Field(default=Environment.development, alias="PTP_ENV")
    database_url: str = ""
    amqp_url: str = Field(default="amqp://guest:guest@127.0.0.1:5672/", alias="AMQP_URL")
    bus: BusKind = Field(default=BusKind.rabbitmq, alias="PTP_BUS")
    events_exchange: str = Field(default="ptp.events", alias="PTP_EVENTS_EXCHANGE")
    queue_prefix: str = Field(default="ptp", alias="PTP_QUEUE_PREFIX")
    data_dir: str = Field(default="./data", alias="PTP_DATA_DIR")

    auth_enabled: bool = Field(default=True, alias="PTP_AUTH_ENABLED")
    jwt_secret: str = Field(default=DEV_JWT_SECRET, alias="PTP_JWT_SECRET")
    jwt_issuer: str = Field(default="ptp-dev", alias="PTP_JWT_ISSUER")
    jwt_audience: str = Field(default="ptp", alias="PTP_JWT_AUDIENCE")
    jwks_url: str | None = Field(default=None, alias="PTP_JWKS_URL")

    relay_batch_size: int = Field(default=200, alias="PTP_RELAY_BATCH_SIZE", ge=1)
    relay_poll_seconds: float = Field(default=1.0, alias="PTP_RELAY_POLL_SECONDS", gt=0)
    consumer_prefetch: int = Field(default=16, alias="PTP_CONSUMER_PREFETCH", ge=1)
    # Messages applied in one transaction (PostgreSQL); 1 applies each on its own.
    consumer_batch_size: int = Field(default=16, alias="PTP_CONSUMER_BATCH_SIZE", ge=1)
    consumer_max_attempts: int = Field(default=5, alias="PTP_CONSUMER_MAX_ATTEMPTS", ge=1)
    consumer_backoff_seconds: float = Field(default=0.2, alias="PTP_CONSUMER_BACKOFF_SECONDS", ge=0)
    quorum_queues: bool = Field(default=True, alias="PTP_QUORUM_QUEUES")
    # Quorum queues: deliveries of one message before the broker dead-letters it (a message that
    # keeps killing its consumer). Every service of one installation must use the same value.
    queue_delivery_limit: int = Field(default=20, alias="PTP_QUEUE_DELIVERY_LIMIT", ge=1)
    # Declare the queues of every installed service at start (before publishing), not only its own.
    declare_all_queues: bool = Field(default=True, alias="PTP_DECLARE_ALL_QUEUES")
    # Messages the broker dead-lettered at the delivery limit (never rejected by a handler) are
    # replayed once the service has been healthy this long, at most this many times each.
    auto_replay_after_seconds: float = Field(default=60.0, alias="PTP_AUTO_REPLAY_AFTER_SECONDS", gt=0)
    auto_replay_max: int = Field(default=3, alias="PTP_AUTO_REPLAY_MAX", ge=0)
    migrate_on_start: bool = Field(default=True, alias="PTP_MIGRATE_ON_START")
    max_body_bytes: int = Field(default=1_000_000, alias="PTP_MAX_BODY_BYTES", ge=1024)

    # Test-only switches: honoured only with PTP_ENV=test (see the properties below); production
    # refuses to start when one is set.
    test_relay_crash_after_publish: int | None = Field(
        default=None, alias="PTP_TEST_RELAY_CRASH_AFTER_PUBLISH", ge=1
    )
    test_disable_inbox: bool = Field(default=False, alias="PTP_TEST_DISABLE_INBOX")

    # The company's time zone (IANA name): it decides which day or month an instant belongs to
    # (ptp_common.business_time). Events keep UTC instants whatever it is.
    business_timezone: str = Field(default="UTC", alias="PTP_BUSINESS_TIMEZONE")

    otel_endpoint: str | None = Field(default=None, alias="OTEL_EXPORTER_OTLP_ENDPOINT")
    log_level: str = Field(default="INFO", alias="PTP_LOG_LEVEL")

    @field_validator("business_timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        zone_named(name)  # ValueError naming the setting: the service refuses to start
        return name

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Self:
        if self.environment is not Environment.production:
            return self
        problems = []
        if not self.auth_enabled:
            problems.append("PTP_AUTH_ENABLED must not be false")
        if self.jwks_url is None and (self.jwt_secret == DEV_JWT_SECRET or len(self.jwt_secret) < 32):
            problems.append("set PTP_JWKS_URL, or a PTP_JWT_SECRET of 32+ chars that is not the dev one")
        if self.bus is BusKind.rabbitmq and any(c in self.amqp_url for c in DEFAULT_BROKER_CREDENTIALS):
            problems.append("AMQP_URL uses the broker's default guest credentials")
        if any(c in self.database_url for c in DEFAULT_DB_PASSWORDS) or self.database_url.startswith(
            "sqlite"
        ):
            problems.append("the database URL uses a default password or SQLite")
        if self.test_relay_crash_after_publish is not None or self.test_disable_inbox:
            problems.append("PTP_TEST_* switches are for tests only")
        if problems:
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self

    @property
    def relay_crash_after_publish(self) -> int | None:
        """Test-only crash point: the relay SIGKILLs its own process once this many rows are
        confirmed by the broker, before they are marked sent (PTP_ENV=test only)."""
        return self.test_relay_crash_after_publish if self.environment is Environment.test else None

    @property
    def inbox_enabled(self) -> bool:
        """False only in tests that prove the duplicate checks can fail (PTP_ENV=test only)."""
        return not (self.test_disable_inbox and self.environment is Environment.test)

    @property
    def business_zone(self) -> ZoneInfo:
        return zone_named(self.business_timezone)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(service_name: str, **overrides: object) -> ServiceSettings:
    """Settings for one service: ``<SERVICE>_DATABASE_URL`` falls back to a SQLite file."""
    env_key = f"{service_name.upper()}_DATABASE_URL"
    data_dir = os.environ.get("PTP_DATA_DIR", "./data")
    database_url = os.environ.get(env_key) or f"sqlite+aiosqlite:///{data_dir}/{service_name}.db"
    values: dict[str, object] = {"service_name": service_name, "database_url": database_url}
    values.update(overrides)
    return ServiceSettings(**values)  # type: ignore[arg-type]
