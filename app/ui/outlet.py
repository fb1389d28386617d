"""Quick one-row reads the windows need everywhere: the outlet's zone, business date
and the "last backup" text. Each is a single small query, fine on the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain import fmt
from app.domain.clock import OutletZone, zone
from app.services import backups, profile
from app.services.context import ServiceContext


def outlet_zone(ctx: ServiceContext) -> OutletZone:
    p = profile.get(ctx.reader())
    return zone(p.timezone if p else "WIB")


def business_date(ctx: ServiceContext) -> date:
    return profile.today(ctx.reader())


def last_backup_text(ctx: ServiceContext) -> str:
    if ctx.sqlite_path is None:
        return QCoreApplication.translate("Outlet", "pg_dump (PostgreSQL)")
    at = backups.last_backup_at(ctx)
    if at is None:
        return QCoreApplication.translate("Outlet", "belum pernah")
    return fmt.local_datetime(at, outlet_zone(ctx))
