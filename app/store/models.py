"""Tables. Money columns are integer rupiah (`*_rp`, BIGINT); instants are UTC.

Rows of posted journals, their lines and the audit log are immutable: the
database refuses UPDATE and DELETE on them (see app/store/ddl.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer,
                        MetaData, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CooperativeRow(Base):
    __tablename__ = "cooperative"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    nib: Mapped[str] = mapped_column(String(13))
    legal_entity_no: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(300))
    desa: Mapped[str] = mapped_column(String(100))
    kecamatan: Mapped[str] = mapped_column(String(100))
    kabupaten: Mapped[str] = mapped_column(String(100))
    provinsi: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(String(4))
    phone: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    credential_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class UserRoleRow(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (
        CheckConstraint("role IN ('kasir','pengurus','bendahara','pengawas','admin')", name="known_role"),
    )


class AccountRow(Base):
    __tablename__ = "accounts"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(12))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("accounts.code"), nullable=True)
    postable: Mapped[bool] = mapped_column(Boolean)
    contra: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        CheckConstraint("type IN ('aset','kewajiban','ekuitas','pendapatan','beban')", name="known_type"),
    )


class JournalRow(Base):
    __tablename__ = "journals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    doc_type: Mapped[str] = mapped_column(String(8))
    date: Mapped[date] = mapped_column(Date, index=True)
    memo: Mapped[str] = mapped_column(String(500))
    # A reversal points at its original; the unique constraint allows one live reversal.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("journals.id"), nullable=True, unique=True)
    # The business document that posted this journal (sale, deposit, ...), when not manual.
    source_type: Mapped[str | None] = mapped_column(String(30), nullable=True)
    source_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    posted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (Index("ix_journals_source", "source_type", "source_id"),)


class JournalLineRow(Base):
    __tablename__ = "journal_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journals.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    account_code: Mapped[str] = mapped_column(ForeignKey("accounts.code"))
    debit_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    credit_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    memo: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        CheckConstraint("debit_rp >= 0 AND credit_rp >= 0", name="non_negative"),
        CheckConstraint("(debit_rp > 0 AND credit_rp = 0) OR (debit_rp = 0 AND credit_rp > 0)",
                        name="one_side"),
        UniqueConstraint("journal_id", "line_no", name="uq_journal_lines_journal_line"),
        Index("ix_journal_lines_account", "account_code", "journal_id"),
    )


class AccountDayBalanceRow(Base):
    """Per account and day, the sum of posted debits and credits: kept in the same
    transaction as the journal so a trial balance reads days, not millions of lines."""

    __tablename__ = "account_day_balances"
    account_code: Mapped[str] = mapped_column(ForeignKey("accounts.code"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    debit_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    credit_rp: Mapped[int] = mapped_column(BigInteger, default=0)
    __table_args__ = (Index("ix_account_day_balances_day", "day"),)


class DocCounterRow(Base):
    __tablename__ = "doc_counters"
    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer)


class PeriodRow(Base):
    __tablename__ = "periods"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    status: Mapped[str] = mapped_column(String(10))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (CheckConstraint("status IN ('open','closed')", name="known_status"),)


class AuditRow(Base):
    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """One row: the chain's tip. Appenders lock it, so concurrent tills never fork the chain."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


# The gerai's tables live in their own module; importing it here puts them on the same
# metadata wherever the models are loaded (migrations, checks, services).
from app.store import models_shop  # noqa: E402,F401
from app.store import models_print  # noqa: E402,F401
from app.store import models_qris  # noqa: E402,F401
from app.store import models_savings  # noqa: E402,F401
from app.store import models_loans  # noqa: E402,F401
from app.store import models_shu  # noqa: E402,F401
from app.store import models_sync  # noqa: E402,F401
from app.store import models_sync_upload  # noqa: E402,F401
