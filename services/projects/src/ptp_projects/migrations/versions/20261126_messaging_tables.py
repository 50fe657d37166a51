"""messaging tables

Revision ID: 3f91e265166d
Revises: 
Create Date: 2026-11-26 17:09:37.692333
"""
from collections.abc import Sequence

from ptp_common.db.messaging_migrations import create_messaging_tables_v1, drop_messaging_tables_v1


revision: str = '3f91e265166d'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_messaging_tables_v1()


def downgrade() -> None:
    drop_messaging_tables_v1()
