"""The bytes an upload sends: the package zip exactly as exported, kept beside its
`sync_uploads` row until the hub has it (as a print job keeps its ESC/POS bytes), so a
queued upload survives a restart and needs neither the USB stick nor a rebuild."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base


class SyncUploadPayloadRow(Base):
    __tablename__ = "sync_upload_payloads"
    upload_id: Mapped[int] = mapped_column(Integer, ForeignKey("sync_uploads.id", ondelete="CASCADE"),
                                           primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
