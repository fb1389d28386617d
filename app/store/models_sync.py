"""District sync on the outlet: every export package made (the manifest exactly as signed, so
a re-export gives back the same bytes) and the upload queue that delivers them to the hub."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base
from app.store.types import UTCDateTime

EXPORT_STATUSES = ("exported", "sent", "acknowledged")
UPLOAD_STATUSES = ("queued", "sent", "refused")


class SyncExportRow(Base):
    __tablename__ = "sync_exports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)  # the first request that made it
    sequence: Mapped[int] = mapped_column(Integer, unique=True)  # the chain: 1, 2, 3...
    period_from: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    period_to: Mapped[str] = mapped_column(String(7))
    kind: Mapped[str] = mapped_column(String(12))  # month | since_last
    correction_of: Mapped[int | None] = mapped_column(Integer, nullable=True)  # an earlier sequence
    file_name: Mapped[str] = mapped_column(String(80))
    manifest_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    manifest_json: Mapped[str] = mapped_column(Text)  # the exact signed bytes, as UTF-8 text
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(12), default="exported")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ack_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # the hub's acknowledgement
    __table_args__ = (
        CheckConstraint("status IN ('exported','sent','acknowledged')", name="known_status"),
        CheckConstraint("kind IN ('month','since_last')", name="known_kind"),
        CheckConstraint("period_from <= period_to", name="period_ordered"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        CheckConstraint("correction_of IS NULL OR correction_of < sequence", name="corrects_an_earlier_one"),
        CheckConstraint("(status = 'acknowledged') = (ack_json IS NOT NULL)", name="acknowledged_with_ack"),
        Index("ix_sync_exports_period", "period_from", "period_to"),
    )


class SyncUploadRow(Base):
    """One delivery of an export to the configured hub (services/sync_upload.py)."""

    __tablename__ = "sync_uploads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("sync_exports.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (
        CheckConstraint("status IN ('queued','sent','refused')", name="known_status"),
        CheckConstraint("attempts >= 0", name="attempts_non_negative"),
        Index("ix_sync_uploads_due", "status", "next_attempt_at"),
    )
