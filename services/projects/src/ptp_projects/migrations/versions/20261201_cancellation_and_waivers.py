"""cancellation and waivers

Revision ID: 7c2d9a4e1b60
Revises: 42fd4373efef
Create Date: 2026-12-01 10:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '7c2d9a4e1b60'
down_revision: str | None = '42fd4373efef'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('terminated_contracts',
    sa.Column('contract_id', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('terminated_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('received_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('contract_id', name=op.f('pk_terminated_contracts'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('cancellation_reason', sa.Text(), nullable=True))

    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('waived_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('waived_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('waiver_reason', sa.Text(), nullable=True))

    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('released_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.drop_column('released_at')

    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_column('waiver_reason')
        batch_op.drop_column('waived_by')
        batch_op.drop_column('waived_at')

    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_column('cancellation_reason')
        batch_op.drop_column('cancelled_at')

    op.drop_table('terminated_contracts')
