"""deal integrity: the revision legal approved, signing authority and evidence on signatures

Revision ID: 3c9d2b7a41e5
Revises: 0faa5991ee8f
Create Date: 2026-11-29 09:40:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3c9d2b7a41e5'
down_revision: str | None = '0faa5991ee8f'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved_revision', sa.Integer(), nullable=True))
    # The revision each contract had approved, from its review history: a contract changed since
    # then must go back to legal before it is signed.
    op.execute(
        "UPDATE contracts SET approved_revision = (SELECT MAX(r.revision) FROM legal_reviews r "
        "WHERE r.contract_id = contracts.id AND r.decision = 'approved')"
    )
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        # Signatures given before these columns existed keep them empty (no evidence was asked).
        batch_op.add_column(sa.Column('authority', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('document_reference', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('seal_reference', sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('signatures', schema=None) as batch_op:
        batch_op.drop_column('seal_reference')
        batch_op.drop_column('document_reference')
        batch_op.drop_column('authority')
    with op.batch_alter_table('contracts', schema=None) as batch_op:
        batch_op.drop_column('approved_revision')
