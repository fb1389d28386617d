"""The district report: one row per registered cooperative for a month, from the indicators
of the latest accepted package covering that month, and the district's totals.

Pure: the hub service hands in what it read (docs/ARCHITECTURE.md, "District sync"). The
indicators come from another machine, so every figure is read defensively: a missing or
malformed value is shown as unknown, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from app.domain.errors import DomainError
from app.domain.fmt import MONTH_NAMES_ID, day
from app.domain.reports_table import COUNT, MONEY, TEXT, Column, ReportTable, Row

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
OPERATING, NOT_OPERATING, NOT_REPORTED = "beroperasi", "tidak_beroperasi", "belum_lapor"
STATUS_LABELS = {OPERATING: "Beroperasi", NOT_OPERATING: "Tidak beroperasi", NOT_REPORTED: "Belum lapor"}


def check_period(period: str) -> str:
    if not isinstance(period, str) or not _MONTH.match(period):
        raise DomainError("bad_period", f"Periode harus berbentuk TTTT-BB (mis. 2026-10), bukan {period!r}.")
    return period


def period_label(period: str) -> str:
    y, m = check_period(period).split("-")
    return f"{MONTH_NAMES_ID[int(m) - 1]} {y}"


@dataclass(frozen=True)
class PackageRef:
    sequence: int
    period_from: str
    period_to: str
    imported_at: datetime  # aware UTC


@dataclass(frozen=True)
class CooperativeFacts:
    """What the hub knows of one cooperative for the report (read by the service)."""
    nib: str
    name: str
    region: dict
    indicators: dict | None  # of the package used for the period; None: nothing covers it
    package: PackageRef | None  # the package the indicators come from
    last_package: PackageRef | None  # the newest package of any period


@dataclass(frozen=True)
class DistrictRow:
    nib: str
    name: str
    region: dict
    status: str  # beroperasi | tidak_beroperasi | belum_lapor
    days_open: int | None
    outlet: bool | None
    assets_rp: int | None
    business_units: tuple[str, ...]
    partnerships: tuple[str, ...]
    members_total: int | None
    members_active: int | None
    turnover_rp: int | None
    savings_rp: int | None
    loans_outstanding_rp: int | None
    npl_pct: Decimal | None
    package: PackageRef | None
    last_package: PackageRef | None

    @property
    def reported(self) -> bool:
        return self.status != NOT_REPORTED

    @property
    def region_label(self) -> str:
        """Desa, kecamatan (the report's column is titled so)."""
        r = self.region
        return ", ".join(str(x) for x in (r.get("desa"), r.get("kecamatan")) if x) or str(r.get("kabupaten") or "")


def _dig(d: Any, *keys: str) -> Any:
    for k in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def _int(d: Any, *keys: str) -> int | None:
    v = _dig(d, *keys)
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _bool(d: Any, *keys: str) -> bool | None:
    v = _dig(d, *keys)
    return v if isinstance(v, bool) else None


def _pct(d: Any, *keys: str) -> Decimal | None:
    v = _dig(d, *keys)
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        return None
    try:
        out = Decimal(str(v))
    except InvalidOperation:
        return None
    return out if out.is_finite() and 0 <= out <= 100 else None


def _names(items: Any, key: str | None = None) -> tuple[str, ...]:
    if not isinstance(items, list):
        return ()
    out = []
    for x in items:
        v = x.get(key) if key and isinstance(x, dict) else x
        if isinstance(v, str) and v:
            out.append(v)
    return tuple(out)


def district_row(f: CooperativeFacts) -> DistrictRow:
    ind = f.indicators
    if ind is None:
        return DistrictRow(f.nib, f.name, f.region, NOT_REPORTED, None, None, None, (), (), None, None, None, None,
                           None, None, None, f.last_package)
    operating = _bool(ind, "operating", "operating")
    savings = _int(ind, "savings", "total_rp")
    if savings is None:
        parts = [_int(ind, "savings", k) for k in ("pokok_rp", "wajib_rp", "sukarela_rp")]
        savings = sum(parts) if all(p is not None for p in parts) else None
    return DistrictRow(
        f.nib, f.name, f.region, OPERATING if operating else NOT_OPERATING,
        _int(ind, "operating", "days_open"), _bool(ind, "operating", "outlet"), _int(ind, "assets", "total_rp"),
        _names(ind.get("business_units")), _names(ind.get("partnerships"), "kind"),
        _int(ind, "members", "total"), _int(ind, "members", "active"), _int(ind, "sales", "total_rp"), savings,
        _int(ind, "loans", "outstanding_rp"), _pct(ind, "loans", "npl_pct"), f.package, f.last_package)


def _sum(values) -> int:
    return sum(v for v in values if v is not None)


@dataclass(frozen=True)
class DistrictReport:
    period: str  # YYYY-MM
    hub: str
    generated_at: datetime
    rows: tuple[DistrictRow, ...]

    @property
    def registered(self) -> int:
        return len(self.rows)

    @property
    def reported(self) -> int:
        return sum(1 for r in self.rows if r.reported)

    @property
    def operating(self) -> int:
        return sum(1 for r in self.rows if r.status == OPERATING)

    @property
    def with_outlet(self) -> int:
        return sum(1 for r in self.rows if r.outlet)

    @property
    def assets_rp(self) -> int:
        return _sum(r.assets_rp for r in self.rows)

    @property
    def turnover_rp(self) -> int:
        return _sum(r.turnover_rp for r in self.rows)

    @property
    def savings_rp(self) -> int:
        return _sum(r.savings_rp for r in self.rows)

    @property
    def loans_outstanding_rp(self) -> int:
        return _sum(r.loans_outstanding_rp for r in self.rows)

    @property
    def members_total(self) -> int:
        return _sum(r.members_total for r in self.rows)

    @property
    def members_active(self) -> int:
        return _sum(r.members_active for r in self.rows)

    @property
    def npl_pct(self) -> Decimal | None:
        """The district's NPL: each cooperative's NPL weighted by its loans outstanding, so the
        district uses the outlets' own definition of non-performing."""
        rows = [r for r in self.rows if r.npl_pct is not None and r.loans_outstanding_rp]
        outstanding = sum(r.loans_outstanding_rp for r in rows)  # type: ignore[misc]
        if not outstanding:
            return None
        weighted = sum(r.npl_pct * r.loans_outstanding_rp for r in rows)  # type: ignore[operator]
        return (weighted / outstanding).quantize(Decimal("0.01"), ROUND_HALF_UP)

    def as_dict(self) -> dict:
        def ref(p: PackageRef | None) -> dict | None:
            return None if p is None else {"sequence": p.sequence, "period": {"from": p.period_from,
                                                                               "to": p.period_to},
                                           "imported_at": iso(p.imported_at)}
        rows = [{"nib": r.nib, "name": r.name, "region": r.region, "status": r.status,
                 "operating": None if not r.reported else r.status == OPERATING, "days_open": r.days_open,
                 "outlet": r.outlet, "assets_rp": r.assets_rp, "business_units": list(r.business_units),
                 "partnerships": list(r.partnerships), "members": {"total": r.members_total,
                                                                  "active": r.members_active},
                 "turnover_rp": r.turnover_rp, "savings_rp": r.savings_rp,
                 "loans_outstanding_rp": r.loans_outstanding_rp,
                 "npl_pct": None if r.npl_pct is None else str(r.npl_pct),
                 "package": ref(r.package), "last_package": ref(r.last_package)} for r in self.rows]
        npl = self.npl_pct
        return {"format": "kopdes-district-report/1", "period": self.period, "hub": self.hub,
                "generated_at": iso(self.generated_at), "rows": rows,
                "totals": {"registered": self.registered, "reported": self.reported, "operating": self.operating,
                           "with_outlet": self.with_outlet, "assets_rp": self.assets_rp,
                           "members": {"total": self.members_total, "active": self.members_active},
                           "turnover_rp": self.turnover_rp, "savings_rp": self.savings_rp,
                           "loans_outstanding_rp": self.loans_outstanding_rp,
                           "npl_pct": None if npl is None else str(npl)}}


def iso(at: datetime) -> str:
    """An aware instant as the contract writes it, in UTC: 2026-11-23T03:00:00Z."""
    return at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _yes_no(v: bool | None) -> str:
    return "" if v is None else ("Ya" if v else "Tidak")


def _package_cell(p: PackageRef | None, period: str) -> str:
    if p is None:
        return "-"
    text = f"#{p.sequence} · {day(p.imported_at.date())}"
    if (p.period_from, p.period_to) != (period, period):
        text += f" ({p.period_from} s.d. {p.period_to})" if p.period_from != p.period_to else f" ({p.period_to})"
    return text


def district_table(report: DistrictReport) -> ReportTable:
    cols = (Column("No", COUNT, 0.35), Column("Koperasi", TEXT, 2.0), Column("NIB", TEXT, 1.25),
            Column("Desa, kecamatan", TEXT, 1.6), Column("Status", TEXT, 1.0), Column("Hari buka", COUNT, 0.55),
            Column("Gerai", TEXT, 0.55), Column("Aset", MONEY, 1.3), Column("Unit usaha / kemitraan", TEXT, 1.3),
            Column("Anggota", COUNT, 0.7), Column("Aktif", COUNT, 0.6), Column("Omzet", MONEY, 1.3),
            Column("Simpanan", MONEY, 1.3), Column("Pinjaman", MONEY, 1.3), Column("NPL %", TEXT, 0.55),
            Column("Paket", TEXT, 1.4))
    rows = []
    for n, r in enumerate(report.rows, start=1):
        units = ", ".join(u.replace("_", " ") for u in r.business_units)
        if r.partnerships:
            units += (" / " if units else "") + ", ".join(k.replace("_", " ") for k in r.partnerships)
        rows.append(Row((n, r.name or "(belum bernama)", r.nib, r.region_label, STATUS_LABELS[r.status],
                         r.days_open, _yes_no(r.outlet), r.assets_rp, units, r.members_total, r.members_active,
                         r.turnover_rp, r.savings_rp, r.loans_outstanding_rp,
                         "" if r.npl_pct is None else str(r.npl_pct).replace(".", ","),
                         _package_cell(r.package, report.period) if r.reported else
                         ("terakhir " + _package_cell(r.last_package, "") if r.last_package else "-"))))
    npl = report.npl_pct
    rows.append(Row(("", "JUMLAH", f"{report.registered} koperasi", "", f"{report.operating} beroperasi", None,
                     f"{report.with_outlet}", report.assets_rp, "", report.members_total, report.members_active,
                     report.turnover_rp, report.savings_rp, report.loans_outstanding_rp,
                     "" if npl is None else str(npl).replace(".", ","), f"{report.reported} melapor"), "total"))
    m = report.registered
    notes = (f"Beroperasi: {report.operating} dari {m}. Melapor untuk periode ini: {report.reported} dari {m}. "
             f"Memiliki gerai: {report.with_outlet} dari {m}.",
             "Angka dari paket terakhir yang diterima dan mencakup bulan ini; saldo per akhir periode paket, "
             "arus (omzet) selama periode paket. NPL kabupaten: rata-rata NPL koperasi ditimbang pinjaman beredar.")
    return ReportTable("LAPORAN PERKEMBANGAN KOPERASI DESA/KELURAHAN MERAH PUTIH",
                       f"{period_label(report.period)} · {report.hub}", cols, tuple(rows),
                       (("Jumlah aset", report.assets_rp), ("Jumlah omzet", report.turnover_rp),
                        ("Jumlah simpanan", report.savings_rp), ("Jumlah pinjaman beredar",
                                                                 report.loans_outstanding_rp)),
                       notes, landscape=True)
