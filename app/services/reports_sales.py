"""Rekap penjualan and the LPG recap, read from the sales tables (completed sales only)."""

from __future__ import annotations

from sqlalchemy import case, distinct, func, select

from app.domain.auth import Actor, Permission
from app.domain.reports import Period, parse_period
from app.domain.reports_sales import BUYER_TYPES, LpgLine, LpgRecap, SalesLine, SalesRecap, day_label
from app.store.models_shop import ProductRow, SaleLineRow, SaleReturnLineRow, SaleReturnRow, SaleRow
from app.store.uow import UnitOfWork

_NET = SaleLineRow.gross_rp - SaleLineRow.discount_rp


def _in(p: Period):
    return (SaleRow.status == "completed", SaleRow.business_date >= p.start, SaleRow.business_date <= p.end)


def _grouped(uow: UnitOfWork, p: Period, key, label) -> list[tuple]:
    member = SaleRow.member_id.is_not(None)
    return uow.session.execute(
        select(key, label, func.count(distinct(SaleRow.id)), func.sum(SaleLineRow.qty_milli),
               func.sum(case((member, _NET), else_=0)), func.sum(case((member, 0), else_=_NET)),
               func.sum(SaleLineRow.cost_rp))
        .join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id).join(ProductRow, ProductRow.id == SaleLineRow.product_id)
        .where(*_in(p)).group_by(key, label).order_by(key)).all()


def _lines(rows, fmt=str) -> tuple[SalesLine, ...]:
    return tuple(SalesLine(str(k), fmt(l), int(n), int(q), int(m), int(nm), int(c)) for k, l, n, q, m, nm, c in rows)


def net_sales(uow: UnitOfWork, p: Period) -> int:
    return int(uow.session.execute(select(func.coalesce(func.sum(_NET), 0))
                                   .join(SaleRow, SaleRow.id == SaleLineRow.sale_id).where(*_in(p))).scalar_one())


def penjualan(uow: UnitOfWork, actor: Actor, period: str) -> SalesRecap:
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)
    with uow:
        by_day = _lines(_grouped(uow, p, SaleRow.business_date, SaleRow.business_date), day_label)
        by_product = _lines(_grouped(uow, p, ProductRow.sku, ProductRow.name))
        by_category = _lines(_grouped(uow, p, ProductRow.category, ProductRow.category),
                             lambda c: c or "(tanpa kategori)")
        returns = uow.session.execute(
            select(func.coalesce(func.sum(SaleReturnLineRow.amount_rp), 0))
            .join(SaleReturnRow, SaleReturnRow.id == SaleReturnLineRow.return_id)
            .where(SaleReturnRow.business_date >= p.start, SaleReturnRow.business_date <= p.end)).scalar_one()
        return SalesRecap(p.key, p.label, by_day, by_product, by_category, int(returns), net_sales(uow, p.previous()))


def lpg(uow: UnitOfWork, actor: Actor, period: str) -> LpgRecap:
    """Subsidised LPG sold in the period: per buyer type and per day, with distinct NIKs."""
    actor.require(Permission.REPORT_VIEW)
    p = parse_period(period)

    def grouped(key):
        return uow.session.execute(
            select(key, func.count(distinct(SaleRow.id)), func.count(distinct(SaleRow.buyer_nik)),
                   func.sum(SaleLineRow.qty_milli), func.sum(_NET))
            .join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id)
            .join(ProductRow, ProductRow.id == SaleLineRow.product_id)
            .where(*_in(p), ProductRow.subsidized.is_(True)).group_by(key).order_by(key)).all()

    with uow:
        by_type = tuple(LpgLine(t or "-", BUYER_TYPES.get(t or "", t or "(tanpa jenis)"), int(n), int(b), int(q), int(a))
                        for t, n, b, q, a in grouped(SaleRow.buyer_type))
        by_day = tuple(LpgLine(str(d), day_label(d), int(n), int(b), int(q), int(a))
                       for d, n, b, q, a in grouped(SaleRow.business_date))
        buyers = uow.session.execute(
            select(func.count(distinct(SaleRow.buyer_nik))).join(SaleLineRow, SaleLineRow.sale_id == SaleRow.id)
            .join(ProductRow, ProductRow.id == SaleLineRow.product_id)
            .where(*_in(p), ProductRow.subsidized.is_(True))).scalar_one()
        return LpgRecap(p.key, p.label, by_type, by_day, int(buyers))
