"""credit contract facts: the contract's end (completed/terminated); currency unknown until money is seen

Revision ID: 26def40fca9e
Revises: dc4eb10853a3
Create Date: 2026-11-29 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '26def40fca9e'
down_revision: str | None = 'dc4eb10853a3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot alter a column's nullability in place.
    with op.batch_alter_table('credit_contract_facts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('end_status', sa.String(length=20), nullable=True))
        batch_op.alter_column('currency', existing_type=sa.String(length=3), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM credit_contract_facts WHERE currency IS NULL")
    with op.batch_alter_table('credit_contract_facts', schema=None) as batch_op:
        batch_op.alter_column('currency', existing_type=sa.String(length=3), nullable=False)
        batch_op.drop_column('end_status')
        batch_op.drop_column('ended_at')
