"""duty calendar: rules, subjects, fulfilments, misses; audits name the department audited

Revision ID: 8f3c2b7d1e46
Revises: 5d21a7c3e901
Create Date: 2026-12-03 11:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base

revision: str = '8f3c2b7d1e46'
down_revision: str | None = '5d21a7c3e901'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = ptp_common.db.base.UTCDateTime(timezone=True)


def _id() -> sa.Column:
    return sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True,
                     nullable=False)


def upgrade() -> None:
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=200), nullable=True))
    op.create_table('duty_rules',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('owner_role', sa.String(length=40), nullable=True),
    sa.Column('owner_person', sa.String(length=200), nullable=True),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('due_soon_days', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('effective_from', WHEN, nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', WHEN, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_duty_rules'))
    )
    op.create_table('duty_subjects',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.String(length=200), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('since', WHEN, nullable=True),
    sa.Column('updated_at', WHEN, nullable=False),
    sa.PrimaryKeyConstraint('kind', 'subject_id', name=op.f('pk_duty_subjects'))
    )
    op.create_table('duty_fulfilments',
    _id(),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.String(length=200), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('fulfilled_at', WHEN, nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_fulfilments')),
    sa.UniqueConstraint('kind', 'subject_id', 'period', name=op.f('uq_duty_fulfilments_kind_subject_id_period'))
    )
    op.create_table('duty_misses',
    _id(),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.String(length=200), nullable=False),
    sa.Column('subject_label', sa.String(length=300), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('period_start', WHEN, nullable=False),
    sa.Column('period_end', WHEN, nullable=False),
    sa.Column('due_at', WHEN, nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('owner_role', sa.String(length=40), nullable=True),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('consecutive', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', WHEN, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_misses')),
    sa.UniqueConstraint('kind', 'subject_id', 'period', name=op.f('uq_duty_misses_kind_subject_id_period'))
    )
    with op.batch_alter_table('duty_misses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_misses_owner'), ['owner'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_misses_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    op.drop_table('duty_misses')
    op.drop_table('duty_fulfilments')
    op.drop_table('duty_subjects')
    op.drop_table('duty_rules')
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.drop_column('department')
