"""SHU distribution: one row per distributed year (its journal, the figures and the rules
as approved) and each member's share with the payout, once paid. The shares are frozen at
distribution: the payout pays what the RAT approved, whatever happens to savings later."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime


class ShuDistributionRow(Base):
    __tablename__ = "shu_distributions"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)  # one distribution per year
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"))
    shu_rp: Mapped[int] = mapped_column(BigInteger)
    shu_anggota_rp: Mapped[int] = mapped_column(BigInteger)
    shu_non_anggota_rp: Mapped[int] = mapped_column(BigInteger)
    cadangan_rp: Mapped[int] = mapped_column(BigInteger)  # to 3104: cadangan part + non-member SHU
    dana_rp: Mapped[int] = mapped_column(BigInteger)  # to 2105
    anggota_rp: Mapped[int] = mapped_column(BigInteger)  # to 2106: JMA + JUA
    rules: Mapped[str] = mapped_column(Text)  # JSON: the rules applied
    pools: Mapped[str] = mapped_column(Text)  # JSON: part -> [pct, amount_rp]
    members: Mapped[int] = mapped_column(Integer)
    distributed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    distributed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (
        CheckConstraint("cadangan_rp >= 0 AND dana_rp >= 0 AND anggota_rp >= 0", name="parts_non_negative"),
        CheckConstraint("cadangan_rp + dana_rp + anggota_rp = shu_rp", name="parts_add_up"),
    )


class ShuShareRow(Base):
    __tablename__ = "shu_shares"
    year: Mapped[int] = mapped_column(ForeignKey("shu_distributions.year"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    modal_rp: Mapped[int] = mapped_column(BigInteger)
    purchases_rp: Mapped[int] = mapped_column(BigInteger)
    interest_rp: Mapped[int] = mapped_column(BigInteger)
    jma_rp: Mapped[int] = mapped_column(BigInteger)
    jua_rp: Mapped[int] = mapped_column(BigInteger)
    paid_method: Mapped[str | None] = mapped_column(String(10), nullable=True)  # tunai | transfer | sukarela
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    paid_doc: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the payout journal's number
    paid_journal_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True)
    paid_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    __table_args__ = (
        CheckConstraint("jma_rp >= 0 AND jua_rp >= 0", name="shares_non_negative"),
        CheckConstraint("paid_method IS NULL OR paid_method IN ('tunai','transfer','sukarela')", name="known_method"),
        CheckConstraint("(paid_method IS NULL) = (paid_journal_id IS NULL)", name="paid_with_journal"),
    )
