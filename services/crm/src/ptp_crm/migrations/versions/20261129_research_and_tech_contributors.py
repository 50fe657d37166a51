"""initiation requests name their research; solutions record tech_support contributors

Revision ID: 7c2e9a41d0b3
Revises: 1b1bd5d6d318
Create Date: 2026-11-29 09:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7c2e9a41d0b3'
down_revision: str | None = '1b1bd5d6d318'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('initiation_requests') as batch:
        batch.add_column(sa.Column('research_report_ids', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('solutions') as batch:
        batch.add_column(sa.Column('tech_contributors', sa.JSON(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('solutions') as batch:
        batch.drop_column('tech_contributors')
    with op.batch_alter_table('initiation_requests') as batch:
        batch.drop_column('research_report_ids')
