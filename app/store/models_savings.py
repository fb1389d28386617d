"""Member savings: one balance row per member and type (the sub-ledger the books are
checked against) and every movement, with the balance after it. A movement is never
changed or deleted; a mistake is corrected by a reversing movement linked to it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime

_TYPES = "type IN ('pokok','wajib','sukarela')"


class SavingsBalanceRow(Base):
    __tablename__ = "savings_balances"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    type: Mapped[str] = mapped_column(String(10), primary_key=True)
    balance_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    __table_args__ = (
        CheckConstraint(_TYPES, name="known_type"),
        CheckConstraint("balance_rp >= 0", name="never_negative"),
    )


class SavingsMoveRow(Base):
    __tablename__ = "savings_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    type: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(12))  # setor | tarik | jasa | saldo_awal | keluar | koreksi
    method: Mapped[str | None] = mapped_column(String(10), nullable=True)  # tunai | transfer
    amount_rp: Mapped[int] = mapped_column(BigInteger)  # + into the member's savings, - out
    balance_after_rp: Mapped[int] = mapped_column(BigInteger)
    business_date: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    doc_number: Mapped[str] = mapped_column(String(40), index=True)  # its journal's number
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    memo: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("savings_moves.id"), unique=True, nullable=True)
    __table_args__ = (
        CheckConstraint(_TYPES, name="known_type"),
        CheckConstraint("kind IN ('setor','tarik','jasa','saldo_awal','keluar','koreksi')", name="known_kind"),
        CheckConstraint("method IS NULL OR method IN ('tunai','transfer')", name="known_method"),
        CheckConstraint("amount_rp <> 0", name="not_zero"),
        CheckConstraint("balance_after_rp >= 0", name="balance_never_negative"),
        Index("ix_savings_moves_member_type", "member_id", "type", "id"),
        Index("ix_savings_moves_date", "business_date"),
    )


class SavingsJasaRunRow(Base):
    """One posting of jasa on sukarela per month: posting the same month twice is refused."""

    __tablename__ = "savings_jasa_runs"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))
    rate_bp: Mapped[int] = mapped_column(Integer)
    members: Mapped[int] = mapped_column(Integer)
    total_rp: Mapped[int] = mapped_column(BigInteger)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    posted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
