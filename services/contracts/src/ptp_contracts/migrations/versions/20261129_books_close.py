"""books close: installment credits, numbered invoices, settlement kind and reason

Revision ID: 0faa5991ee8f
Revises: 857a2f9af364
Create Date: 2026-11-29 10:00:00.000000
"""
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import ptp_common.db.base


revision: str = '0faa5991ee8f'
down_revision: str | None = '857a2f9af364'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _year(issued_at: Any) -> int:
    # SQLite may hand the stored text back rather than a datetime.
    return issued_at.year if hasattr(issued_at, "year") else int(str(issued_at)[:4])


def _number_existing_invoices() -> None:
    """Invoices issued before numbers existed get INV-<year>-<sequence> in issue order; each year's
    counter continues after them."""
    invoices = sa.table("invoices", sa.column("id", sa.String), sa.column("issued_at"), sa.column("number"))
    counters = sa.table("invoice_counters", sa.column("year", sa.Integer), sa.column("last_number", sa.Integer))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(invoices.c.id, invoices.c.issued_at).order_by(invoices.c.issued_at, invoices.c.id)
    ).all()
    last: dict[int, int] = {}
    for invoice_id, issued_at in rows:
        year = _year(issued_at)
        last[year] = last.get(year, 0) + 1
        bind.execute(
            invoices.update()
            .where(invoices.c.id == invoice_id)
            .values(number=f"INV-{year}-{last[year]:06d}")
        )
    if last:
        op.bulk_insert(counters, [{"year": y, "last_number": n} for y, n in sorted(last.items())])


def upgrade() -> None:
    op.create_table('invoice_counters',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_invoice_counters'))
    )
    with op.batch_alter_table('installments', schema=None) as batch_op:
        # Nothing was credited before adjustments became credits.
        batch_op.add_column(sa.Column('credited', ptp_common.db.base.Money(precision=18, scale=2), nullable=False, server_default='0'))

    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=30), nullable=True))
    _number_existing_invoices()
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.alter_column('number', existing_type=sa.String(length=30), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_invoices_number'), ['number'])

    with op.batch_alter_table('settlements', schema=None) as batch_op:
        # Settlements opened before kinds existed were opened for delivered work: acceptance.
        batch_op.add_column(sa.Column('kind', sa.String(length=20), nullable=False, server_default='acceptance'))
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.drop_column('reason')
        batch_op.drop_column('kind')

    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_invoices_number'), type_='unique')
        batch_op.drop_column('number')

    with op.batch_alter_table('installments', schema=None) as batch_op:
        batch_op.drop_column('credited')

    op.drop_table('invoice_counters')
