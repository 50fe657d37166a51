"""Tables of the contracts service (its own database; outbox/inbox come with the base).

Contract terms that are edited as one document (clauses, deliverables, milestones,
acceptance criteria) are JSON lists of structured records with contract-local ids
(e.g. milestone "M1"): projects refers to a milestone by (contract_id, milestone_id).
Everything that carries its own state or money (installments, invoices, payments,
signatures, settlements) has its own table.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ptp_common.db import service_metadata
from ptp_common.db.base import Money, UTCDateTime
from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    metadata = service_metadata()


ID = String(36)
ACTOR = String(200)


class Contract(Base):
    __tablename__ = "contracts"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(100), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(ACTOR, index=True)
    title: Mapped[str] = mapped_column(String(300))
    scope: Mapped[str] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column(Money)
    effective_date: Mapped[dt.date | None]
    expiry_date: Mapped[dt.date | None]
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    guarantee: Mapped[str | None] = mapped_column(Text)
    solution_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Drafted by hand without an accepted solution: the manager's reason and who approved it.
    exception_reason: Mapped[str | None] = mapped_column(Text)
    exception_approved_by: Mapped[str | None] = mapped_column(ACTOR)
    status: Mapped[str] = mapped_column(String(30), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The revision legal approved last; signing needs it to be the current one (domain.review).
    approved_revision: Mapped[int | None] = mapped_column(Integer)
    clauses: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    deliverables: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    milestones: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    acceptance_criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    policy_override_by: Mapped[str | None] = mapped_column(ACTOR)
    policy_override_reason: Mapped[str | None] = mapped_column(Text)
    policy_override_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The policy the manager overrode (domain.signing.policy_key); a stricter one later needs a new override.
    policy_override_of: Mapped[str | None] = mapped_column(String(100))
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    end_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(ACTOR)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    installments: Mapped[list[Installment]] = relationship(
        back_populates="contract",
        lazy="selectin",
        order_by="Installment.position",
        cascade="all, delete-orphan",
    )
    signatures: Mapped[list[Signature]] = relationship(
        lazy="selectin", order_by="Signature.signed_at", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Revision(Base):
    """One numbered revision of a contract: who changed what, when."""

    __tablename__ = "contract_revisions"
    __table_args__ = (UniqueConstraint("contract_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"))
    number: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(ACTOR)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text)
    changed_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    # {field: {"from": old value, "to": new value}}, values as JSON (money as text).
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Review(Base):
    """A legal review decision on one revision."""

    __tablename__ = "legal_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    reviewer: Mapped[str] = mapped_column(ACTOR)
    decision: Mapped[str] = mapped_column(String(20))
    comments: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Signature(Base):
    """One side's signature by its authorised representative."""

    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("contract_id", "side"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"))
    side: Mapped[str] = mapped_column(String(20))
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_title: Mapped[str] = mapped_column(String(200))
    signer_identity: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The account that signed or recorded it (never the same one for both sides).
    recorded_by: Mapped[str] = mapped_column(ACTOR)
    # domain.signing.Authority: the signer's own account, or staff recording the signed document.
    authority: Mapped[str | None] = mapped_column(String(30))
    # Evidence of a signature recorded by staff (required then): the signed document and the seal.
    document_reference: Mapped[str | None] = mapped_column(String(300))
    seal_reference: Mapped[str | None] = mapped_column(String(300))


class Installment(Base):
    __tablename__ = "installments"
    __table_args__ = (Index("ix_installments_unpaid_due", "status", "due_date"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(Money)
    trigger: Mapped[str] = mapped_column(String(20))
    milestone_id: Mapped[str | None] = mapped_column(String(100))
    # Set when the installment is invoiced (fixed_date: known from the start).
    due_date: Mapped[dt.date | None]
    # scheduled -> invoiced -> paid; cancelled when the contract ended before it was invoiced.
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # Deducted by a settlement adjustment: no longer owed, though never paid.
    credited: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    contract: Mapped[Contract] = relationship(back_populates="installments")


class Invoice(Base):
    """An installment made due. Its status (open, overdue, paid, cancelled) is computed from the
    installment and the date (domain.invoices.invoice_status), so it cannot drift from the money."""

    __tablename__ = "invoices"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # INV-<year>-<6-digit sequence>, from invoice_counters in the issuing transaction.
    number: Mapped[str] = mapped_column(String(30), unique=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    # One invoice per installment, however often its trigger is delivered.
    installment_id: Mapped[str] = mapped_column(ForeignKey("installments.id"), unique=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    due_date: Mapped[dt.date]

    installment: Mapped[Installment] = relationship(lazy="joined", innerjoin=True)


class InvoiceCounter(Base):
    """The last invoice number issued per year; its row lock serialises concurrent issuers."""

    __tablename__ = "invoice_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), index=True)
    installment_id: Mapped[str] = mapped_column(ForeignKey("installments.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reference: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(ACTOR)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class OverdueNotice(Base):
    """payment.overdue already emitted for (installment, threshold): the job's memory across restarts."""

    __tablename__ = "overdue_notices"
    __table_args__ = (UniqueConstraint("installment_id", "threshold_days"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    installment_id: Mapped[str] = mapped_column(ForeignKey("installments.id"))
    threshold_days: Mapped[int] = mapped_column(Integer)
    emitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CustomerPolicy(Base):
    """The local signing policy per customer, kept from risk's events."""

    __tablename__ = "customer_signing_policies"

    customer_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    mode: Mapped[str] = mapped_column(String(30), default="allow")
    # Kept as exact decimal text: a ratio may need more than money's two decimals.
    min_prepayment_ratio: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(50))
    level: Mapped[str | None] = mapped_column(String(20))
    # Time of the newest risk event applied to each part: older ones arriving late are ignored.
    policy_as_of: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    rating_as_of: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Settlement(Base):
    __tablename__ = "settlements"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # One settlement per contract, even when project.accepted arrives twice.
    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"), unique=True)
    project_id: Mapped[str | None] = mapped_column(String(100))
    # acceptance (opened by projects.project.accepted) | termination (a manager, on a terminated contract)
    kind: Mapped[str] = mapped_column(String(20), default="acceptance")
    # Why a manager opened a termination settlement.
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Money)
    adjustments: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    adjustment_note: Mapped[str] = mapped_column(Text, default="")
    acceptance_results: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    opened_by: Mapped[str] = mapped_column(ACTOR)
    submitted_by: Mapped[str | None] = mapped_column(ACTOR)
    decided_by: Mapped[str | None] = mapped_column(ACTOR)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    paid_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    paid_by: Mapped[str | None] = mapped_column(ACTOR)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    # Loaded with the settlement: its balance is read from the contract's installments.
    contract: Mapped[Contract] = relationship(lazy="selectin")

    __mapper_args__ = {"version_id_col": version}


class KnownCustomer(Base):
    """A customer crm registered, kept from crm's events: a contract may only name one of these."""

    __tablename__ = "known_customers"

    customer_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Time of the newest crm event applied: an older one arriving late does not undo it.
    as_of: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AcceptedSolution(Base):
    """A solution the client accepted (crm.solution.accepted): what a contract starts from."""

    __tablename__ = "accepted_solutions"

    solution_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(300))
    accepted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
