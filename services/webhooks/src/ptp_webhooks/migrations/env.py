from ptp_common.db.migrate import run_env

from ptp_webhooks.db.models import Base

run_env(Base.metadata)
