"""self-checks close once their corrective actions are done: closed_by, closed_at

Revision ID: 5d21a7c3e901
Revises: 98b9dd02a1ac
Create Date: 2026-12-03 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base

revision: str = '5d21a7c3e901'
down_revision: str | None = '98b9dd02a1ac'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('self_checks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('closed_at', ptp_common.db.base.UTCDateTime(timezone=True),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('self_checks', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('closed_by')
