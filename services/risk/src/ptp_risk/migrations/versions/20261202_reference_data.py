"""reference data: the customers, contracts and projects risk learnt of from other services' events

Revision ID: 5b8e2d7f4a16
Revises: 7c1e5b2a9d40
Create Date: 2026-12-02 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '5b8e2d7f4a16'
down_revision: str | None = '7c1e5b2a9d40'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('known_customers',
    sa.Column('customer_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('as_of', ptp_common.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_known_customers'))
    )
    op.create_table('known_contracts',
    sa.Column('contract_id', sa.String(length=100), nullable=False),
    sa.Column('customer_id', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('contract_id', name=op.f('pk_known_contracts'))
    )
    op.create_table('known_projects',
    sa.Column('project_id', sa.String(length=100), nullable=False),
    sa.Column('contract_id', sa.String(length=100), nullable=False),
    sa.Column('customer_id', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('project_id', name=op.f('pk_known_projects'))
    )
    # Nothing is replayed: what the events already applied here tell is kept, so records risk
    # already holds facts or risks for stay linkable.
    op.execute(
        "INSERT INTO known_contracts (contract_id, customer_id) "
        "SELECT contract_id, customer_id FROM credit_contract_facts"
    )
    op.execute(
        "INSERT INTO known_customers (customer_id, as_of) "
        "SELECT customer_id, MIN(created_at) FROM credit_profiles GROUP BY customer_id"
    )
    op.execute(
        "INSERT INTO known_projects (project_id, contract_id, customer_id) "
        "SELECT project_id, MAX(contract_id), MAX(customer_id) FROM risks WHERE source_key IS NOT NULL "
        "AND project_id IS NOT NULL AND contract_id IS NOT NULL AND customer_id IS NOT NULL "
        "GROUP BY project_id"
    )


def downgrade() -> None:
    op.drop_table('known_projects')
    op.drop_table('known_contracts')
    op.drop_table('known_customers')
