"""Database plumbing shared by every service: engine, declarative base, unit of work, migrations."""

from ptp_common.db.base import NAMING_CONVENTION, new_base, utcnow
from ptp_common.db.engine import Database
from ptp_common.db.uow import UnitOfWork

__all__ = ["NAMING_CONVENTION", "Database", "UnitOfWork", "new_base", "utcnow"]
