"""feedback handling loop (classified, cause, action, reply, closed); surveys after a complaint

Revision ID: 3a8f0c1d5e72
Revises: 7c2e9a41d0b3
Create Date: 2026-12-03 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base

revision: str = '3a8f0c1d5e72'
down_revision: str | None = '7c2e9a41d0b3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = ptp_common.db.base.UTCDateTime(timezone=True)
STEPS = ('classified', 'cause', 'action', 'replied', 'closed')


def upgrade() -> None:
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('status', sa.String(length=20), nullable=False,
                                      server_default='received'))
        batch_op.add_column(sa.Column('classification', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('cause', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('action', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reply', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reply_channel', sa.String(length=20), nullable=True))
        for step in STEPS:
            batch_op.add_column(sa.Column(f'{step}_at', WHEN, nullable=True))
            batch_op.add_column(sa.Column(f'{step}_by', sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f('ix_feedback_status'), ['status'], unique=False)
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=30), nullable=False,
                                      server_default='acceptance'))
        batch_op.add_column(sa.Column('complaint_id', sa.String(length=36), nullable=True))
        batch_op.alter_column('project_id', existing_type=sa.String(length=64), nullable=True)
        batch_op.create_unique_constraint(batch_op.f('uq_surveys_complaint_id'), ['complaint_id'])


def downgrade() -> None:
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_surveys_complaint_id'), type_='unique')
        batch_op.alter_column('project_id', existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column('complaint_id')
        batch_op.drop_column('kind')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_status'))
        for step in reversed(STEPS):
            batch_op.drop_column(f'{step}_by')
            batch_op.drop_column(f'{step}_at')
        for column in ('reply_channel', 'reply', 'action', 'cause', 'classification', 'status',
                       'version'):
            batch_op.drop_column(column)
