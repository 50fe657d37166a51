"""This service's settings as the running service holds them (the definition carries them)."""

from __future__ import annotations

from typing import cast

from ptp_common.service import ServiceRuntime
from ptp_common.settings import Environment

from ptp_webhooks.config import WebhooksConfig
from ptp_webhooks.domain.urls import UrlPolicy


def config_of(runtime: ServiceRuntime) -> WebhooksConfig:
    return cast(WebhooksConfig, getattr(runtime.definition, "config", None) or WebhooksConfig())


def policy_of(runtime: ServiceRuntime) -> UrlPolicy:
    config = config_of(runtime)
    require_public = config.require_public_urls
    if require_public is None:
        require_public = runtime.settings.environment is Environment.production
    return UrlPolicy(require_public=require_public, trusted_hosts=config.trusted_hosts)
