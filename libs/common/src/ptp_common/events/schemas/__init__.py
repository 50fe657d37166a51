"""Every event of the suite, one module per publishing service.

Importing this package registers them all. A consumer reads the models of the
events it handles from here; a producer emits them. Changing a published field
is a new version (``@event(type, version=2)``), never an edit in place.
"""

from ptp_common.events.schemas import contracts, crm, kpi, projects, risk, webhooks

__all__ = ["contracts", "crm", "kpi", "projects", "risk", "webhooks"]
