"""The report catalogue: each report by name as a printable table, and its export to PDF or
XLSX. The GUI page and `kopdes report` both go through here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable

from app.documents.report_pdf import report_pdf
from app.documents.report_xlsx import report_xlsx
from app.domain import reports_table as rt
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, PermissionDenied
from app.domain.fmt import MONTH_NAMES_ID
from app.domain.reports import parse_period
from app.services import loan_reports, profile, reports, reports_books, reports_sales
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ReportKind:
    name: str  # as on the command line
    title: str
    build: Callable  # (uow, actor, period, account) -> result object
    table: Callable  # result -> ReportTable
    needs_account: bool = False


CATALOGUE: tuple[ReportKind, ...] = (
    ReportKind("neraca", "Neraca (Laporan Posisi Keuangan)", lambda u, a, p, acc: reports.neraca(u, a, p),
               rt.neraca_table),
    ReportKind("phu", "Laporan Perhitungan Hasil Usaha", lambda u, a, p, acc: reports.phu(u, a, p), rt.phu_table),
    ReportKind("arus-kas", "Laporan Arus Kas", lambda u, a, p, acc: reports_books.arus_kas(u, a, p),
               rt.cash_flow_table),
    ReportKind("ekuitas", "Laporan Perubahan Ekuitas", lambda u, a, p, acc: reports_books.ekuitas(u, a, p),
               rt.equity_table),
    ReportKind("trial-balance", "Neraca Saldo", lambda u, a, p, acc: reports.trial_balance(u, a, p),
               rt.trial_balance_table),
    ReportKind("jurnal-umum", "Jurnal Umum", lambda u, a, p, acc: reports_books.jurnal_umum(u, a, p),
               rt.jurnal_table),
    ReportKind("buku-besar", "Buku Besar", lambda u, a, p, acc: reports_books.buku_besar(u, a, p, acc or "1101"),
               rt.ledger_table, needs_account=True),
    ReportKind("kas-harian", "Buku Kas Harian", lambda u, a, p, acc: reports_books.kas_harian(u, a, p, acc or "1101"),
               rt.cash_book_table, needs_account=True),
    ReportKind("penjualan", "Rekap Penjualan", lambda u, a, p, acc: reports_sales.penjualan(u, a, p),
               rt.sales_table),
    ReportKind("lpg", "Rekap LPG 3 kg", lambda u, a, p, acc: reports_sales.lpg(u, a, p), rt.lpg_table),
)
NAMES = tuple(k.name for k in CATALOGUE)
FORMATS = ("pdf", "xlsx")


def kind(name: str) -> ReportKind:
    for k in CATALOGUE:
        if k.name == name:
            return k
    raise DomainError("unknown_report", f"Laporan {name!r} tidak dikenal; pilih salah satu: {', '.join(NAMES)}.")


def build(uow: UnitOfWork, actor: Actor, name: str, period: str, account: str | None = None):
    """The report's result object (what the CLI prints as JSON)."""
    return kind(name).build(uow, actor, period, account)


def table(uow: UnitOfWork, actor: Actor, name: str, period: str, account: str | None = None, *,
          charts: bool = False) -> rt.ReportTable:
    t = kind(name).table(build(uow, actor, name, period, account))
    if charts and name == "neraca":
        t = replace(t, charts=t.charts + _neraca_charts(uow, actor, period))
    return t


def _month_ends(end: date, count: int = 12) -> list[date]:
    out, y, m = [], end.year, end.month
    for _ in range(count):
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        out.append(min(end, date.fromordinal(nxt.toordinal() - 1)))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def _neraca_charts(uow: UnitOfWork, actor: Actor, period: str) -> tuple[rt.Chart, ...]:
    """Savings growth over the twelve month-ends up to the period, and loan quality at its end."""
    p = parse_period(period)
    ends = _month_ends(p.end)
    labels = tuple(f"{MONTH_NAMES_ID[d.month - 1][:3]} {d.year % 100:02d}" for d in ends)
    series: dict[str, list[int]] = {"Pokok": [], "Wajib": [], "Sukarela": []}
    with uow:
        for d in ends:
            bal = reports.cumulative(uow, d)
            for name, code in (("Pokok", "3101"), ("Wajib", "3102"), ("Sukarela", "2102")):
                series[name].append(-bal.get(code, 0))
    charts = [rt.Chart("Pertumbuhan simpanan anggota (akhir bulan)", labels,
                       tuple((k, tuple(v)) for k, v in series.items()))]
    with uow:
        as_of = min(p.end, profile.business_date(uow))  # not lateness of days still to come
    try:
        aging = loan_reports.aging(uow, actor, as_of)
    except PermissionDenied:  # loan quality is for those who may see members' loans
        return tuple(charts)
    buckets = aging.by_bucket()
    charts.append(rt.Chart(f"Kualitas pinjaman per {as_of:%d-%m-%Y} (sisa pokok)",
                           tuple(b.name.replace("Dalam Perhatian Khusus", "DPK") for b, _, _ in buckets),
                           (("Sisa pokok", tuple(out for _, _, out in buckets)),)))
    return tuple(charts)


def export(uow: UnitOfWork, actor: Actor, name: str, period: str, fmt: str, path: Path | str,
           account: str | None = None) -> Path:
    """Write the report as PDF or XLSX to `path` (beside it first, then moved into place)."""
    actor.require(Permission.REPORT_VIEW)
    fmt = fmt.strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise DomainError("bad_format", f"Format {fmt!r} tidak dikenal; pilih pdf atau xlsx.")
    t = table(uow, actor, name, period, account, charts=fmt == "pdf")
    with uow:
        co, zone, now = profile.require(uow), profile.outlet_zone(uow), uow.now()
    if fmt == "pdf":
        return report_pdf(t, path, cooperative=co, printed_at=now, zone=zone,
                          printed_by=f"{actor.full_name} ({actor.username})")
    return report_xlsx(t, path, cooperative_name=co.name)
