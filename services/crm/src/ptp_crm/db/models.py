"""Tables of the crm service (its own database; outbox/inbox come with the base)."""

from ptp_common.db import new_base

Base = new_base()
