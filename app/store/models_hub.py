"""The district hub's tables: a database of its own, with its own metadata and migrations
(migrations/hub/), never mixed with an outlet's tables.

Rows here are written only by app/services/hub*.py, one package per transaction. Instants
are UTC; the manifest is kept as the exact signed bytes (text), so the hub can hand back
the same acknowledgement and re-verify a package years later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (CheckConstraint, ForeignKey, Integer, LargeBinary, MetaData, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.models import NAMING
from app.store.types import UTCDateTime


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class HubSettingRow(HubBase):
    __tablename__ = "hub_settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class HubCooperativeRow(HubBase):
    __tablename__ = "cooperatives"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nib: Mapped[str] = mapped_column(String(13), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(Text, default="{}")  # JSON: provinsi, kabupaten, kecamatan, desa, kode_wilayah
    public_key_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(39))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (CheckConstraint("length(nib) = 13", name="nib_13_digits"),)


class HubKeyChangeRow(HubBase):
    """Every registration and key replacement: who the hub trusted, from when."""
    __tablename__ = "key_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(ForeignKey("cooperatives.id"), index=True)
    old_fingerprint: Mapped[str | None] = mapped_column(String(39), nullable=True)
    old_public_key_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_fingerprint: Mapped[str] = mapped_column(String(39))
    reason: Mapped[str] = mapped_column(String(300), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class HubPackageRow(HubBase):
    __tablename__ = "packages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(ForeignKey("cooperatives.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    period_from: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    period_to: Mapped[str] = mapped_column(String(7))
    kind: Mapped[str] = mapped_column(String(12))
    correction_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    manifest_json: Mapped[str] = mapped_column(Text)  # the exact signed bytes, UTF-8
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_name: Mapped[str] = mapped_column(String(120))
    indicators_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))  # the outlet's claim, as written in the manifest
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (
        UniqueConstraint("cooperative_id", "sequence", name="uq_packages_cooperative_sequence"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        CheckConstraint("period_from <= period_to", name="period_ordered"),
    )


class HubPackageBlobRow(HubBase):
    """The package exactly as received (the signed original, for audit and re-verification)."""
    __tablename__ = "package_blobs"
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    zip_bytes: Mapped[bytes] = mapped_column(LargeBinary)


class HubIncidentRow(HubBase):
    """A package refused for a reason the district should see: a gap or fork in a chain, or
    a package of a registered cooperative that failed verification."""
    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cooperative_id: Mapped[int | None] = mapped_column(ForeignKey("cooperatives.id"), nullable=True, index=True)
    nib: Mapped[str] = mapped_column(String(13), default="")
    kind: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    manifest_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (CheckConstraint("kind IN ('gap','fork','refused')", name="known_kind"),)
