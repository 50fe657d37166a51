"""messaging tables

Revision ID: c7e1a2d4f9b0
Revises: 
Create Date: 2026-11-29 10:00:00.000000
"""
from collections.abc import Sequence

from ptp_common.db.messaging_migrations import create_messaging_tables_v1, drop_messaging_tables_v1


revision: str = 'c7e1a2d4f9b0'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_messaging_tables_v1()


def downgrade() -> None:
    drop_messaging_tables_v1()
