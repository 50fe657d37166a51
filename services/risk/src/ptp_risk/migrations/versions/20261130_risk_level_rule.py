"""risk level by one rule: per-method levels, indicator breaches, manager override; approved accepts

Revision ID: 7c1e5b2a9d40
Revises: 26def40fca9e
Create Date: 2026-11-30 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '7c1e5b2a9d40'
down_revision: str | None = '26def40fca9e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LATEST_LEVEL = (
    "(SELECT a.level FROM risk_assessments a WHERE a.risk_id = risks.id AND a.method = '{method}' "
    "ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1)"
)


def upgrade() -> None:
    with op.batch_alter_table('risks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qualitative_level', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('quantitative_level', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('indicator_level', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('override_level', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('override_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('override_by', sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column('override_at', ptp_common.db.base.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table('risk_indicators', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('raises_level', sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table('risk_responses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approval_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('approved_by', sa.String(length=200), nullable=True))
    # Existing risks: the per-method levels from their history, and the level by the new rule (the
    # more severe of the two) instead of the newest assessment's. Indicators count from their next
    # reading on; the credit risks' own overdue-rate series never raises the level.
    op.execute(
        "UPDATE risks SET qualitative_level = " + LATEST_LEVEL.format(method="qualitative")
        + ", quantitative_level = " + LATEST_LEVEL.format(method="quantitative")
    )
    op.execute(
        "UPDATE risks SET level = CASE"
        " WHEN qualitative_level = 'high' OR quantitative_level = 'high' THEN 'high'"
        " WHEN qualitative_level = 'medium' OR quantitative_level = 'medium' THEN 'medium'"
        " WHEN qualitative_level = 'low' OR quantitative_level = 'low' THEN 'low'"
        " ELSE level END"
    )
    op.execute(
        "UPDATE risk_indicators SET raises_level = false WHERE created_by = 'service:risk'"
        " AND name = 'overdue receivables rate'"
    )


def downgrade() -> None:
    with op.batch_alter_table('risk_responses', schema=None) as batch_op:
        batch_op.drop_column('approved_by')
        batch_op.drop_column('approval_reason')
    with op.batch_alter_table('risk_indicators', schema=None) as batch_op:
        batch_op.drop_column('raises_level')
    with op.batch_alter_table('risks', schema=None) as batch_op:
        for column in (
            'override_at', 'override_by', 'override_reason', 'override_level',
            'indicator_level', 'quantitative_level', 'qualitative_level',
        ):
            batch_op.drop_column(column)
