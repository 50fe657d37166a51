"""customer inquiries (customer_service) and consulting/training sessions (tech_support)

Revision ID: 9e4b6d2f7a15
Revises: 3a8f0c1d5e72
Create Date: 2026-12-03 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base

revision: str = '9e4b6d2f7a15'
down_revision: str | None = '3a8f0c1d5e72'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = ptp_common.db.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('inquiries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('received_at', WHEN, nullable=False),
    sa.Column('taken_by', sa.String(length=200), nullable=False),
    sa.Column('responded_at', WHEN, nullable=True),
    sa.Column('responded_by', sa.String(length=200), nullable=True),
    sa.Column('first_response', sa.Text(), nullable=True),
    sa.Column('response_minutes', sa.Float(), nullable=True),
    sa.Column('resolved_at', WHEN, nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('resolution_minutes', sa.Float(), nullable=True),
    sa.Column('created_at', WHEN, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_inquiries_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiries'))
    )
    with op.batch_alter_table('inquiries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiries_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_taken_by'), ['taken_by'], unique=False)
    op.create_table('service_sessions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('given_by', sa.String(length=200), nullable=False),
    sa.Column('started_at', WHEN, nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', WHEN, nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_service_sessions_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_sessions'))
    )
    with op.batch_alter_table('service_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_sessions_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_sessions_given_by'), ['given_by'], unique=False)


def downgrade() -> None:
    op.drop_table('service_sessions')
    op.drop_table('inquiries')
