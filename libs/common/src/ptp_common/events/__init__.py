"""The one contract between services: the CloudEvents envelope and the versioned event models."""

from ptp_common.events import schemas  # noqa: F401  (registers every event of the suite)
from ptp_common.events.envelope import Envelope, new_envelope
from ptp_common.events.registry import REGISTRY, EventData, event

__all__ = ["REGISTRY", "Envelope", "EventData", "event", "new_envelope"]
