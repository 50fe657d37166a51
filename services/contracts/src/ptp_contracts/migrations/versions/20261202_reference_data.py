"""reference data from crm: known customers, accepted solutions; a contract's exception

Revision ID: 8d4f1a6c2e93
Revises: 3c9d2b7a41e5
Create Date: 2026-12-02 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '8d4f1a6c2e93'
down_revision: str | None = '3c9d2b7a41e5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('known_customers',
    sa.Column('customer_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('as_of', ptp_common.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_known_customers'))
    )
    op.create_table('accepted_solutions',
    sa.Column('solution_id', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('accepted_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('solution_id', name=op.f('pk_accepted_solutions'))
    )
    with op.batch_alter_table('accepted_solutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accepted_solutions_customer_id'), ['customer_id'], unique=False)
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exception_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('exception_approved_by', sa.String(length=200), nullable=True))
    # crm does not replay its past events: the customers and solutions contracts already holds
    # contracts for were accepted before this rule, so they stay usable (a later crm event about
    # them refreshes the row).
    op.execute(
        "INSERT INTO known_customers (customer_id, name, as_of) "
        "SELECT customer_id, MAX(COALESCE(customer_name, customer_id)), MIN(created_at) "
        "FROM contracts GROUP BY customer_id"
    )
    op.execute(
        "INSERT INTO accepted_solutions (solution_id, version, customer_id, title, accepted_at) "
        "SELECT solution_id, 1, customer_id, title, created_at FROM contracts WHERE solution_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_column('exception_approved_by')
        batch_op.drop_column('exception_reason')
    with op.batch_alter_table('accepted_solutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accepted_solutions_customer_id'))
    op.drop_table('accepted_solutions')
    op.drop_table('known_customers')
