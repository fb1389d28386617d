"""Member loans: products (terms as JSON, checked by app/domain/loan_product.py), loans
with their frozen terms and status, the installment schedule with what has been paid
on each, and payments (immutable) with how each was allocated."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime

LOAN_STATUSES = ("diajukan", "disetujui", "ditolak", "cair", "lunas", "direstrukturisasi", "dihapus")


class LoanProductRow(Base):
    __tablename__ = "loan_products"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    config: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LoanRow(Base):
    __tablename__ = "loans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(12))
    terms: Mapped[str] = mapped_column(Text)  # the product as it was at application (JSON)
    principal_rp: Mapped[int] = mapped_column(BigInteger)
    term: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(200))
    collateral: Mapped[str] = mapped_column(String(200), default="")
    guarantor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    applied_on: Mapped[date] = mapped_column(Date)
    applied_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_note: Mapped[str] = mapped_column(String(200), default="")
    disbursed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    disburse_method: Mapped[str | None] = mapped_column(String(10), nullable=True)
    fee_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    disburse_journal_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True)
    outstanding_rp: Mapped[int] = mapped_column(BigInteger, default=0)  # principal still owed (Piutang Pinjaman)
    written_off_rp: Mapped[int] = mapped_column(BigInteger, default=0)  # claim kept after hapus buku, less recoveries
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"), nullable=True)  # rescheduled from
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (
        CheckConstraint("status IN ('diajukan','disetujui','ditolak','cair','lunas','direstrukturisasi','dihapus')",
                        name="known_status"),
        CheckConstraint("principal_rp > 0 AND term > 0", name="positive_terms"),
        CheckConstraint("outstanding_rp >= 0 AND outstanding_rp <= principal_rp", name="outstanding_in_range"),
        CheckConstraint("written_off_rp >= 0", name="written_off_non_negative"),
        CheckConstraint("status = 'cair' OR outstanding_rp = 0", name="outstanding_only_when_running"),
        Index("ix_loans_status", "status"),
    )


class LoanInstallmentRow(Base):
    __tablename__ = "loan_installments"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), primary_key=True)
    no: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    principal_rp: Mapped[int] = mapped_column(BigInteger)
    interest_rp: Mapped[int] = mapped_column(BigInteger)
    paid_principal_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_interest_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_penalty_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    __table_args__ = (
        CheckConstraint("paid_principal_rp BETWEEN 0 AND principal_rp", name="principal_paid_in_range"),
        CheckConstraint("paid_interest_rp BETWEEN 0 AND interest_rp", name="interest_paid_in_range"),
        CheckConstraint("paid_penalty_rp >= 0", name="penalty_non_negative"),
        Index("ix_loan_installments_due", "due_date"),
    )


class LoanPaymentRow(Base):
    __tablename__ = "loan_payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loans.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # its journal's number
    kind: Mapped[str] = mapped_column(String(12))  # angsuran | pelunasan | pemulihan
    method: Mapped[str] = mapped_column(String(10))  # tunai | transfer
    business_date: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    amount_rp: Mapped[int] = mapped_column(BigInteger)
    principal_rp: Mapped[int] = mapped_column(BigInteger)
    interest_rp: Mapped[int] = mapped_column(BigInteger)
    penalty_rp: Mapped[int] = mapped_column(BigInteger)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    memo: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        CheckConstraint("kind IN ('angsuran','pelunasan','pemulihan')", name="known_kind"),
        CheckConstraint("amount_rp > 0 AND amount_rp = principal_rp + interest_rp + penalty_rp",
                        name="parts_add_up"),
    )


class LoanPaymentItemRow(Base):
    """How one payment was spread over the installments."""

    __tablename__ = "loan_payment_items"
    payment_id: Mapped[int] = mapped_column(ForeignKey("loan_payments.id"), primary_key=True)
    installment_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    principal_rp: Mapped[int] = mapped_column(BigInteger)
    interest_rp: Mapped[int] = mapped_column(BigInteger)
    penalty_rp: Mapped[int] = mapped_column(BigInteger)
