"""The Beranda's figures, in one call per refresh: what the acting user's roles may read and
nothing more (a kasir gets their till, pending QRIS, failed prints and low stock; whoever
reads reports also gets the outlet's sales, cash position, savings and loans; whoever
makes backups gets their state).

Sales amounts are net sales from the per-day account totals (Penjualan Anggota and
Non-Anggota less Retur Penjualan), so a month costs one indexed range read however many
sales it holds, and agrees with the books to the rupiah. Counts and the top products
read the sales table through its `business_date` index, for the current month only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select

from app.domain.auth import Actor, Permission
from app.domain.loan_quality import Bucket
from app.domain.savings import SavingsType
from app.services import loan_reports, profile, savings, settings, sync_upload
from app.services.backups import AUTO_INTERVAL
from app.services.sale_pending import PendingSale, list_pending
from app.store.models import AccountDayBalanceRow
from app.store.models_print import PrintJobRow
from app.store.models_shop import ProductRow, SaleLineRow, SaleRow, ShiftRow
from app.store.uow import UnitOfWork

SALES_ACCOUNTS = ("4101", "4102", "4103")  # credit-normal sales less the debit-normal returns
KAS, BANK = "1101", "1102"
TREND_DAYS = 30
TOP_PRODUCTS = 5
LOW_STOCK_SHOWN = 8


@dataclass(frozen=True)
class TillToday:
    till: str
    shift_no: str | None  # the open shift, if any: the figures are its own
    sales_count: int
    total_rp: int  # what the buyers paid (deposits included), completed sales


@dataclass(frozen=True)
class TopProduct:
    sku: str
    name: str
    unit: str
    qty_milli: int
    amount_rp: int  # line amounts after discount, without deposits


@dataclass(frozen=True)
class SalesFigures:
    as_of: date
    today_count: int
    daily: tuple[tuple[date, int], ...]  # net sales of the last TREND_DAYS days, oldest first
    this_month: tuple[int, ...]  # net sales per day, the 1st to today
    last_month: tuple[int, ...]  # net sales per day of the whole previous month
    top_products: tuple[TopProduct, ...]

    @property
    def today_rp(self) -> int:
        return self.daily[-1][1]

    @property
    def this_month_rp(self) -> int:
        return sum(self.this_month)

    @property
    def last_month_to_day_rp(self) -> int:
        """The previous month up to the same day of the month (or its end, if shorter)."""
        return sum(self.last_month[:len(self.this_month)])

    @property
    def last_month_rp(self) -> int:
        return sum(self.last_month)

    @property
    def change_pct(self) -> float | None:
        """This month against last month to the same day; None when last month sold nothing."""
        base = self.last_month_to_day_rp
        return round(100 * (self.this_month_rp - base) / base, 1) if base else None


@dataclass(frozen=True)
class CashPosition:
    kas_rp: int
    bank_rp: int

    @property
    def total_rp(self) -> int:
        return self.kas_rp + self.bank_rp


@dataclass(frozen=True)
class LoanSummary:
    running: int
    outstanding_rp: int
    npl_rp: int
    npl_pct: float
    health: str  # sehat | cukup sehat | tidak sehat
    by_bucket: tuple[tuple[Bucket, int, int], ...]  # (kolektibilitas, loans, outstanding)


@dataclass(frozen=True)
class LowStock:
    sku: str
    name: str
    unit: str
    qty_milli: int
    min_stock_milli: int


@dataclass(frozen=True)
class BackupState:
    last_at: datetime | None
    due: bool  # a day has passed since the last one (or there was none)
    embedded: bool  # False on PostgreSQL: pg_dump's job, not ours


@dataclass(frozen=True)
class SyncReminder:
    due_month: str | None  # "YYYY-MM": the month that ended has no district export yet
    covered_to: str | None  # the last month exported


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    updated_at: datetime  # the clock's instant when these figures were read (UTC)
    till: TillToday | None = None
    sales: SalesFigures | None = None
    cash: CashPosition | None = None
    savings_rp: dict[str, int] | None = None  # per type
    loans: LoanSummary | None = None
    low_stock_count: int | None = None
    low_stock: tuple[LowStock, ...] = ()
    pending_qris: tuple[PendingSale, ...] | None = None
    pending_scope: str | None = None  # the till, or None for every till
    failed_prints: int | None = None
    print_scope: str | None = None  # the station, or None for every station
    backup: BackupState | None = None
    sync: SyncReminder | None = None  # for whoever makes the district exports

    @property
    def savings_total_rp(self) -> int:
        return sum((self.savings_rp or {}).values())


def month_start(day: date) -> date:
    return day.replace(day=1)


def previous_month(day: date) -> tuple[date, date]:
    """First and last day of the month before `day`'s."""
    last = month_start(day) - timedelta(days=1)
    return last.replace(day=1), last


def dashboard(uow: UnitOfWork, actor: Actor, *, till: str | None = None) -> Dashboard:
    """Everything the Beranda shows for `actor`; `till` is this PC's till and print station."""
    till = till.strip().upper() if till else None
    as_of = profile.today(uow)
    books = actor.can(Permission.REPORT_VIEW)
    own_till_only = actor.can(Permission.SALE_SELL) and not books  # a kasir: its till and station only
    loans = _loans(uow, actor, as_of) if books and actor.can(Permission.MEMBER_VIEW) else None
    pending = None
    if actor.can(Permission.SALE_VIEW) and (till or not own_till_only):
        pending = tuple(list_pending(uow, actor, till=till if own_till_only else None))
    with uow:
        out = dict(as_of=as_of, updated_at=uow.now(), loans=loans, pending_qris=pending,
                   pending_scope=till if own_till_only and pending is not None else None)
        if till and actor.can(Permission.SALE_SELL):
            out["till"] = _till_today(uow, till, as_of)
        if books:
            out["sales"] = _sales(uow, as_of)
            balances = _balances(uow, (KAS, BANK), as_of)
            out["cash"] = CashPosition(balances[KAS], balances[BANK])
            out["savings_rp"] = {t.value: savings.total_in(uow, t) for t in SavingsType}
        if actor.can(Permission.STOCK_VIEW):
            out["low_stock_count"], out["low_stock"] = _low_stock(uow)
        if actor.can(Permission.PRINT) and (till or not own_till_only):
            station = till if own_till_only else None
            out["failed_prints"], out["print_scope"] = _failed_prints(uow, station), station
        if actor.can(Permission.BACKUP_CREATE) or actor.can(Permission.BACKUP_RESTORE):
            out["backup"] = _backup(uow)
        if actor.can(Permission.SYNC_EXPORT):
            out["sync"] = SyncReminder(sync_upload.due_month_in(uow, as_of), sync_upload.covered_to_in(uow))
        return Dashboard(**out)


# ------------------------------------------------------------------ the parts

def _net_sales_by_day(uow: UnitOfWork, start: date, end: date) -> dict[date, int]:
    rows = uow.session.execute(
        select(AccountDayBalanceRow.day,
               func.sum(AccountDayBalanceRow.credit_rp) - func.sum(AccountDayBalanceRow.debit_rp))
        .where(AccountDayBalanceRow.account_code.in_(SALES_ACCOUNTS),
               AccountDayBalanceRow.day >= start, AccountDayBalanceRow.day <= end)
        .group_by(AccountDayBalanceRow.day))
    return {day: int(net) for day, net in rows}  # int(): SUM is Decimal on PostgreSQL


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _sales(uow: UnitOfWork, as_of: date) -> SalesFigures:
    last_first, last_end = previous_month(as_of)
    trend_start = as_of - timedelta(days=TREND_DAYS - 1)
    by_day = _net_sales_by_day(uow, min(last_first, trend_start), as_of)
    first = month_start(as_of)
    count = uow.session.execute(select(func.count()).select_from(SaleRow).where(
        SaleRow.business_date == as_of, SaleRow.status == "completed")).scalar_one()
    # Grouped by product id first; only the few winners are looked up in the catalogue.
    amount = func.sum(SaleLineRow.gross_rp - SaleLineRow.discount_rp).label("amount")
    per_product = (select(SaleLineRow.product_id, func.sum(SaleLineRow.qty_milli).label("qty"), amount)
                   .join(SaleRow, SaleRow.id == SaleLineRow.sale_id)
                   .where(SaleRow.business_date >= first, SaleRow.business_date <= as_of,
                          SaleRow.status == "completed")
                   .group_by(SaleLineRow.product_id).subquery())
    top = uow.session.execute(
        select(ProductRow.sku, ProductRow.name, ProductRow.unit, per_product.c.qty, per_product.c.amount)
        .join(per_product, per_product.c.product_id == ProductRow.id)
        .order_by(per_product.c.amount.desc(), ProductRow.sku).limit(TOP_PRODUCTS)).all()
    return SalesFigures(
        as_of, int(count),
        tuple((d, by_day.get(d, 0)) for d in _days(trend_start, as_of)),
        tuple(by_day.get(d, 0) for d in _days(first, as_of)),
        tuple(by_day.get(d, 0) for d in _days(last_first, last_end)),
        tuple(TopProduct(sku, name, unit, int(qty), int(rp)) for sku, name, unit, qty, rp in top))


def _balances(uow: UnitOfWork, codes: tuple[str, ...], as_of: date) -> dict[str, int]:
    """Debit-normal balances of the accounts at the end of `as_of`."""
    rows = dict(uow.session.execute(
        select(AccountDayBalanceRow.account_code,
               func.sum(AccountDayBalanceRow.debit_rp) - func.sum(AccountDayBalanceRow.credit_rp))
        .where(AccountDayBalanceRow.account_code.in_(codes), AccountDayBalanceRow.day <= as_of)
        .group_by(AccountDayBalanceRow.account_code)).all())
    return {code: int(rows.get(code, 0)) for code in codes}


def _till_today(uow: UnitOfWork, till: str, as_of: date) -> TillToday:
    """The open shift's completed sales (a shift past midnight stays one shift), else the
    till's sales of today's business date."""
    shift = uow.session.execute(select(ShiftRow.id, ShiftRow.number).where(
        ShiftRow.till == till, ShiftRow.status == "open")).one_or_none()
    q = (select(func.count(SaleRow.id), func.coalesce(func.sum(SaleRow.total_rp), 0))
         .where(SaleRow.status == "completed"))
    if shift is not None:
        q = q.where(SaleRow.shift_id == shift.id)
    else:
        q = q.join(ShiftRow, ShiftRow.id == SaleRow.shift_id).where(ShiftRow.till == till,
                                                                    SaleRow.business_date == as_of)
    count, total = uow.session.execute(q).one()
    return TillToday(till, shift.number if shift else None, int(count), int(total))


def _loans(uow: UnitOfWork, actor: Actor, as_of: date) -> LoanSummary:
    report = loan_reports.aging(uow, actor, as_of)
    return LoanSummary(len(report.rows), report.outstanding_rp, report.npl_rp, report.npl_ratio_pct,
                       report.health, tuple(report.by_bucket()))


def _low_stock(uow: UnitOfWork) -> tuple[int, tuple[LowStock, ...]]:
    """The catalogue's own rule ("Stok menipis saja"): active and at or below the minimum.
    The emptiest (relative to the minimum) first."""
    low = (ProductRow.active.is_(True), ProductRow.qty_milli <= ProductRow.min_stock_milli)
    count = uow.session.execute(select(func.count()).select_from(ProductRow).where(*low)).scalar_one()
    shortfall = ProductRow.min_stock_milli - ProductRow.qty_milli
    rows = uow.session.execute(
        select(ProductRow.sku, ProductRow.name, ProductRow.unit, ProductRow.qty_milli, ProductRow.min_stock_milli)
        .where(*low).order_by(case((ProductRow.qty_milli <= 0, 0), else_=1), shortfall.desc(), ProductRow.name)
        .limit(LOW_STOCK_SHOWN)).all()
    return int(count), tuple(LowStock(*r) for r in rows)


def _failed_prints(uow: UnitOfWork, station: str | None) -> int:
    """Jobs that gave up retrying and wait for someone (as the status bar counts them)."""
    q = select(func.count()).select_from(PrintJobRow).where(
        PrintJobRow.status == "failed", PrintJobRow.next_attempt_at.is_(None), PrintJobRow.kind != "test")
    if station:
        q = q.where(PrintJobRow.station == station)
    return int(uow.session.execute(q).scalar_one())


def _backup(uow: UnitOfWork) -> BackupState:
    embedded = uow.session.get_bind().dialect.name == "sqlite"
    text = settings.get(uow, "backup.last_at")
    last = datetime.fromisoformat(text) if text else None
    return BackupState(last, embedded and (last is None or uow.now() - last >= AUTO_INTERVAL), embedded)
