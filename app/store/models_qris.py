"""QRIS settlement: the acquirer's settlement (or bank mutation) files, their lines, and the
column presets used to read them. A settlement line matched to a captured QRIS payment
moves its amount from Piutang QRIS to Kas di Bank (less MDR)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime


class QrisPresetRow(Base):
    __tablename__ = "qris_presets"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    config: Mapped[str] = mapped_column(Text)  # JSON: delimiter, header row, column names, amount unit, date format


class QrisSettlementImportRow(Base):
    __tablename__ = "qris_settlement_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # the same file is never imported twice
    preset: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    line_count: Mapped[int] = mapped_column(Integer)


class QrisSettlementLineRow(Base):
    __tablename__ = "qris_settlement_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("qris_settlement_imports.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)  # row in the file
    reference: Mapped[str] = mapped_column(String(60), default="")  # RRN / transaction id as the file has it
    txn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    settled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    amount_rp: Mapped[int] = mapped_column(BigInteger)  # gross: what the buyer paid
    mdr_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    description: Mapped[str] = mapped_column(String(300), default="")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("sale_payments.id"), nullable=True, unique=True)
    match_kind: Mapped[str | None] = mapped_column(String(10), nullable=True)
    journal_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True)
    __table_args__ = (
        CheckConstraint("match_kind IS NULL OR match_kind IN ('reference','amount','manual')", name="known_match"),
        CheckConstraint("(payment_id IS NULL) = (match_kind IS NULL)", name="matched_with_kind"),
        CheckConstraint("amount_rp > 0 AND mdr_rp >= 0 AND mdr_rp <= amount_rp", name="sane_amounts"),
        Index("ix_qris_settlement_lines_reference", "reference"),
    )
