"""Printers and the print queue.

Every print (receipt, reprint, shift report, slip, test page) is a row in
`print_jobs` holding the exact ESC/POS bytes, so a printer that is off or out of
paper loses nothing: the worker retries, and the cashier can retry or cancel.
Each PC (station, e.g. KASIR-1) has its own printer and prints only its own jobs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime

JOB_STATUSES = ("pending", "sending", "done", "failed", "cancelled")
JOB_KINDS = ("receipt", "reprint", "shift_report", "slip", "lpg_slip", "test")


class PrinterRow(Base):
    __tablename__ = "printers"
    station: Mapped[str] = mapped_column(String(30), primary_key=True)
    uri: Mapped[str] = mapped_column(String(300), default="")  # "" = no printer: jobs wait
    width_mm: Mapped[int] = mapped_column(Integer, default=58)
    has_cutter: Mapped[bool] = mapped_column(Boolean, default=False)
    native_qr: Mapped[bool] = mapped_column(Boolean, default=False)
    drawer_pin: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 2 or 5; None = no drawer
    auto_receipt: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        CheckConstraint("width_mm IN (58, 80)", name="known_width"),
        CheckConstraint("drawer_pin IS NULL OR drawer_pin IN (2, 5)", name="known_pin"),
    )


class PrintJobRow(Base):
    __tablename__ = "print_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    ref: Mapped[str] = mapped_column(String(60), default="")  # the document printed, e.g. PJ-20261123-0001
    title: Mapped[str] = mapped_column(String(120), default="")
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    # Cash drawer pin to kick before the payload, only while the job is fresh: a receipt that
    # prints an hour later, when the printer is back, must not open an unattended drawer.
    kick_pin: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    printer_uri: Mapped[str] = mapped_column(String(300), default="")  # where the last attempt went
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    __table_args__ = (
        CheckConstraint("status IN ('pending','sending','done','failed','cancelled')", name="known_status"),
        CheckConstraint(
            "kind IN ('receipt','reprint','shift_report','slip','lpg_slip','test')", name="known_kind"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        Index("ix_print_jobs_queue", "station", "status", "next_attempt_at"),
        Index("ix_print_jobs_ref", "ref"),
    )
