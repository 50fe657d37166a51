"""messaging tables

Revision ID: b4006ec0a8bb
Revises: 
Create Date: 2026-11-26 17:09:41.841400
"""
from collections.abc import Sequence

from ptp_common.db.messaging_migrations import create_messaging_tables_v1, drop_messaging_tables_v1


revision: str = 'b4006ec0a8bb'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_messaging_tables_v1()


def downgrade() -> None:
    drop_messaging_tables_v1()
