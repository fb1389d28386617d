"""LPG 3 kg (and other subsidised goods): buyer NIK and type, optional per-NIK limits,
and the daily logbook that pengurus enter into Pertamina's merchant app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.domain.auth import Actor, Permission
from app.domain.catalogue import MILLI, format_qty
from app.domain.errors import DomainError
from app.domain.nik import NikInfo, parse_nik
from app.domain.periods import month_bounds, month_key
from app.domain.sale import BUYER_TYPE_LABELS, BuyerType
from app.services import profile, settings
from app.store.models_shop import ProductRow, SaleLineRow, SaleReturnLineRow, SaleRow
from app.store.uow import UnitOfWork


def _bought(uow: UnitOfWork, nik: str, first: date, last: date) -> int:
    """Subsidised quantity (milli) this NIK bought in the period, net of returns."""
    sold = uow.session.execute(
        select(func.coalesce(func.sum(SaleLineRow.qty_milli), 0))
        .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
        # A sale waiting for its QRIS payment counts too: the cylinders may already be gone.
        .where(SaleRow.buyer_nik == nik, SaleRow.status.in_(("completed", "pending")), ProductRow.subsidized.is_(True),
               SaleRow.business_date.between(first, last))).scalar_one()
    back = uow.session.execute(
        select(func.coalesce(func.sum(SaleReturnLineRow.qty_milli), 0))
        .join(SaleLineRow, SaleLineRow.id == SaleReturnLineRow.sale_line_id)
        .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
        .where(SaleRow.buyer_nik == nik, SaleRow.status == "completed", ProductRow.subsidized.is_(True),
               SaleRow.business_date.between(first, last))).scalar_one()
    return int(sold) - int(back)


def check_buyer(uow: UnitOfWork, nik: str | None, buyer_type: str | None, qty_milli: int, day: date) -> NikInfo:
    """Refuse a subsidised sale without a valid NIK and buyer type, or over a set limit."""
    if not nik:
        raise DomainError("nik_required", "Barang bersubsidi (LPG 3 kg): NIK pembeli wajib diisi.")
    info = parse_nik(nik, today=day)
    try:
        kind = BuyerType(buyer_type or "")
    except ValueError:
        raise DomainError("buyer_type_required",
                          "Pilih jenis pembeli: rumah tangga, usaha mikro, atau pengecer.") from None
    first, last = month_bounds(month_key(day))
    for period, start, label in (("day", day, "hari ini"), ("month", first, "bulan ini")):
        limit = settings.get(uow, f"lpg.limit.{kind.value}.{period}")
        if not limit:
            continue
        already = _bought(uow, info.nik, start, day if period == "day" else last)
        if already + qty_milli > limit * MILLI:
            raise DomainError("lpg_limit",
                              f"Batas {BUYER_TYPE_LABELS[kind].lower()} {limit} tabung per {label[:-4]} terlampaui: "
                              f"NIK ini sudah membeli {format_qty(already)} {label}.")
    return info


@dataclass(frozen=True)
class LogbookRow:
    at: datetime
    sale_no: str
    nik: str  # in full: Pertamina's app needs it; screens mask it
    name: str
    buyer_type: str
    product: str
    qty_milli: int
    unit_price_rp: int


def logbook(uow: UnitOfWork, actor: Actor, day: date) -> list[LogbookRow]:
    actor.require(Permission.LPG_LOGBOOK)
    with uow:
        rows = uow.session.execute(
            select(SaleRow.at, SaleRow.number, SaleRow.buyer_nik, SaleRow.buyer_name, SaleRow.buyer_type,
                   ProductRow.name, SaleLineRow.qty_milli, SaleLineRow.unit_price_rp)
            .join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
            .where(SaleRow.business_date == day, SaleRow.status == "completed", ProductRow.subsidized.is_(True))
            .order_by(SaleRow.at, SaleRow.id, SaleLineRow.line_no)).all()
        return [LogbookRow(*r) for r in rows]


def record_export(uow: UnitOfWork, actor: Actor, day: date, rows: int, target: str) -> None:
    """Full NIKs left the application (for Pertamina's app): who, when, which day, where."""
    actor.require(Permission.LPG_LOGBOOK)
    with uow:
        from app.services import audit
        audit.append(uow, actor.username, "lpg.export", day.isoformat(), {"rows": rows, "file": target})
        uow.commit()


def logbook_today(uow: UnitOfWork, actor: Actor) -> tuple[date, list[LogbookRow]]:
    with uow:
        day = profile.business_date(uow)
    return day, logbook(uow, actor, day)
