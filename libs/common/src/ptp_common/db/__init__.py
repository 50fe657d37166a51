"""Database plumbing shared by every service: engine, declarative base, unit of work, migrations."""

from ptp_common.db.base import NAMING_CONVENTION, service_metadata, utcnow
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork

__all__ = ["NAMING_CONVENTION", "Database", "UnitOfWork", "service_metadata", "utcnow"]
