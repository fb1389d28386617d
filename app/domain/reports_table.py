"""Every report as one printable table: the GUI, the PDF and the XLSX all show this shape,
so the three can never disagree. Money cells are integer rupiah; text cells are str."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.fmt import MONTH_NAMES_ID, day as date_id
from app.domain.reports import Neraca, TrialBalanceReport
from app.domain.reports_books import (ACTIVITIES, ACTIVITY_TITLES, CashBook, CashFlow, EquityChanges, JournalBook,
                                      LedgerBook)
from app.domain.reports_phu import PhuReport
from app.domain.reports_sales import LpgRecap, SalesLine, SalesRecap

TEXT, MONEY, QTY, COUNT = "text", "money", "qty", "count"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = MONEY
    width: float = 1.0  # relative


@dataclass(frozen=True)
class Row:
    cells: tuple[Any, ...]
    style: str = ""  # "" | heading | subtotal | total


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    kind: str = "bar"  # bar | line


@dataclass(frozen=True)
class ReportTable:
    title: str
    subtitle: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    key_totals: tuple[tuple[str, int], ...] = ()
    notes: tuple[str, ...] = ()
    charts: tuple[Chart, ...] = field(default_factory=tuple)
    landscape: bool = False


def _h(text: str, width: int) -> Row:
    return Row((text,) + ("",) * (width - 1), "heading")


def trial_balance_table(tb: TrialBalanceReport) -> ReportTable:
    cols = (Column("Kode", TEXT, 0.5), Column("Nama akun", TEXT, 2.2), Column("Saldo awal"),
            Column("Mutasi debit"), Column("Mutasi kredit"), Column("Saldo debit"), Column("Saldo kredit"))
    rows = [Row((r.code, r.name, r.opening_rp, r.debit_rp, r.credit_rp, r.closing_debit_rp, r.closing_credit_rp))
            for r in tb.rows]
    rows.append(Row(("", "JUMLAH", sum(r.opening_rp for r in tb.rows), tb.movement_debit_rp, tb.movement_credit_rp,
                     tb.total_debit_rp, tb.total_credit_rp), "total"))
    return ReportTable("NERACA SALDO", f"{tb.period.label} (per {date_id(tb.period.end)})", cols, tuple(rows),
                       (("Jumlah saldo debit", tb.total_debit_rp), ("Jumlah saldo kredit", tb.total_credit_rp)),
                       ("Saldo awal bertanda debit (+) / kredit (-).",), landscape=True)


_NERACA_SECTIONS = (("aset", "ASET", "Jumlah Aset"), ("kewajiban", "KEWAJIBAN", "Jumlah Kewajiban"),
                    ("ekuitas", "EKUITAS", "Jumlah Ekuitas"))


def neraca_table(n: Neraca) -> ReportTable:
    cols = (Column("Kode", TEXT, 0.5), Column("Pos", TEXT, 2.6), Column(f"Per {date_id(n.as_of)}"),
            Column(f"Per {date_id(n.previous_as_of)}"), Column("Perubahan"))
    rows: list[Row] = []
    for key, title, total in _NERACA_SECTIONS:
        rows.append(_h(title, 5))
        for r in (r for r in n.rows if r.section == key):
            rows.append(Row((r.code, r.name, r.amount_rp, r.previous_rp, r.amount_rp - r.previous_rp)))
        a, b = n.total(key), n.total(key, previous=True)
        rows.append(Row(("", total, a, b, a - b), "subtotal"))
    a = n.total_kewajiban_rp + n.total_ekuitas_rp
    b = n.total("kewajiban", True) + n.total("ekuitas", True)
    rows.append(Row(("", "Jumlah Kewajiban dan Ekuitas", a, b, a - b), "total"))
    return ReportTable("NERACA (LAPORAN POSISI KEUANGAN)", f"Per {date_id(n.as_of)}", cols, tuple(rows),
                       (("Jumlah Aset", n.total_aset_rp), ("Jumlah Kewajiban", n.total_kewajiban_rp),
                        ("Jumlah Ekuitas", n.total_ekuitas_rp), ("SHU Tahun Berjalan", n.shu_berjalan_rp)),
                       ("SHU Tahun Berjalan = saldo akun 3105 ditambah pendapatan dikurangi beban yang belum "
                        "ditutup ke akun itu.",))


def phu_table(p: PhuReport) -> ReportTable:
    cols = [Column("Kode", TEXT, 0.5), Column("Pos", TEXT, 2.2), Column("Anggota"), Column("Non-anggota"),
            Column("Jumlah")]
    if p.has_previous:
        cols.append(Column("Periode lalu"))
    if p.has_ytd:
        cols.append(Column("s.d. periode ini"))
    width = len(cols)

    def cells(code, name, a, n, t, prev, ytd):
        extra = ((prev,) if p.has_previous else ()) + ((ytd,) if p.has_ytd else ())
        return (code, name, a, n, t) + extra

    rows: list[Row] = []
    for section, title, total in (("pendapatan", "PENDAPATAN", "Jumlah Pendapatan"),
                                  ("beban", "BEBAN", "Jumlah Beban")):
        rows.append(_h(title, width))
        part = [r for r in p.rows if r.section == section]
        for r in part:
            rows.append(Row(cells(r.code, r.name, r.anggota_rp, r.non_anggota_rp, r.total_rp, r.previous_rp, r.ytd_rp)))
        rows.append(Row(cells("", total, *(sum(getattr(r, f) for r in part) for f in
                                           ("anggota_rp", "non_anggota_rp", "total_rp", "previous_rp", "ytd_rp"))),
                        "subtotal"))
    rows.append(Row(cells("", "SISA HASIL USAHA", p.shu_anggota_rp, p.shu_non_anggota_rp, p.shu_rp,
                          p.previous_shu_rp, p.ytd_shu_rp), "total"))
    share = p.member_sales_rp + p.non_member_sales_rp
    pct = f"{p.member_sales_rp * 100 / share:.2f}".replace(".", ",") if share > 0 else "100"
    return ReportTable("LAPORAN PERHITUNGAN HASIL USAHA", p.period.label, tuple(cols), tuple(rows),
                       (("Jumlah Pendapatan", p.total_pendapatan_rp), ("Jumlah Beban", p.total_beban_rp),
                        ("SHU", p.shu_rp), ("SHU Anggota", p.shu_anggota_rp), ("SHU Non-anggota", p.shu_non_anggota_rp)),
                       ("Penjualan anggota/non-anggota menurut akunnya; HPP dan retur menurut status anggota "
                        "penjualannya; pendapatan jasa pinjaman seluruhnya anggota.",
                        f"Pendapatan dan beban lain dibagi menurut penjualan bersih: anggota {pct}%; "
                        "sisa pembulatan di kolom anggota.", "Jurnal tutup tahun (TT) tidak dihitung."),
                       landscape=width > 5)


def jurnal_table(j: JournalBook) -> ReportTable:
    cols = (Column("Tanggal", TEXT, 0.8), Column("Nomor", TEXT, 1.3), Column("Keterangan", TEXT, 2.2),
            Column("Akun", TEXT, 1.6), Column("Debit"), Column("Kredit"))
    rows, last = [], None
    for l in j.lines:
        first = l.number != last
        last = l.number
        rows.append(Row((date_id(l.date) if first else "", l.number if first else "", l.memo if first else "",
                         f"{l.account} {l.account_name}", l.debit_rp or None, l.credit_rp or None)))
    rows.append(Row(("", "", "", "JUMLAH", j.total_debit_rp, j.total_credit_rp), "total"))
    return ReportTable("JURNAL UMUM", j.period.label, cols, tuple(rows),
                       (("Jumlah debit", j.total_debit_rp), ("Jumlah kredit", j.total_credit_rp)), landscape=True)


def ledger_table(b: LedgerBook) -> ReportTable:
    cols = (Column("Tanggal", TEXT, 0.8), Column("Nomor", TEXT, 1.3), Column("Keterangan", TEXT, 2.4),
            Column("Debit"), Column("Kredit"), Column("Saldo"))
    rows = [Row(("", "", "Saldo awal", None, None, b.opening_rp), "subtotal")]
    rows += [Row((date_id(e.date), e.number, e.memo, e.debit_rp or None, e.credit_rp or None, e.balance_rp))
             for e in b.entries]
    rows.append(Row(("", "", "Saldo akhir", b.total_debit_rp, b.total_credit_rp, b.closing_rp), "total"))
    return ReportTable(f"BUKU BESAR {b.code} {b.name.upper()}", b.period.label, cols, tuple(rows),
                       (("Saldo awal", b.opening_rp), ("Saldo akhir", b.closing_rp)))


def cash_book_table(c: CashBook) -> ReportTable:
    cols = (Column("Tanggal", TEXT, 1.0), Column("Saldo awal"), Column("Penerimaan"), Column("Pengeluaran"),
            Column("Saldo akhir"))
    rows = [Row((date_id(d.date), d.opening_rp, d.receipts_rp, d.payments_rp, d.closing_rp)) for d in c.days]
    rows.append(Row(("JUMLAH", c.opening_rp, c.receipts_rp, c.payments_rp, c.closing_rp), "total"))
    title = "BUKU KAS HARIAN" if c.code == "1101" else f"BUKU BANK ({c.code} {c.name})"
    return ReportTable(title, c.period.label, cols, tuple(rows),
                       (("Saldo awal", c.opening_rp), ("Penerimaan", c.receipts_rp), ("Pengeluaran", c.payments_rp),
                        ("Saldo akhir", c.closing_rp)),
                       ("Rincian setiap transaksi: Buku Besar akun yang sama.",))


def cash_flow_table(f: CashFlow) -> ReportTable:
    fields = ["amount_rp"] + (["previous_rp"] if f.has_previous else []) + (["ytd_rp"] if f.has_ytd else [])
    cols = [Column("Kode", TEXT, 0.5), Column("Uraian", TEXT, 2.6), Column("Jumlah")]
    cols += ([Column("Periode lalu")] if f.has_previous else []) + ([Column("s.d. periode ini")] if f.has_ytd else [])
    blank = (None,) * (len(fields) - 1)  # balances are shown for this period only
    rows: list[Row] = []
    for act in ACTIVITIES:
        rows.append(_h(ACTIVITY_TITLES[act].upper(), len(cols)))
        rows += [Row((r.code, r.name) + tuple(getattr(r, x) for x in fields)) for r in f.rows if r.activity == act]
        rows.append(Row(("", f"Kas bersih {ACTIVITY_TITLES[act][9:]}") + tuple(f.total(act, x) for x in fields),
                        "subtotal"))
    rows += [Row(("", "Kenaikan (penurunan) kas bersih") + tuple(sum(f.total(a, x) for a in ACTIVITIES)
                                                               for x in fields), "subtotal"),
             Row(("", "Kas dan bank awal periode", f.opening_rp) + blank),
             Row(("", "Kas dan bank akhir periode", f.closing_rp) + blank, "total")]
    return ReportTable("LAPORAN ARUS KAS", f"{f.period.label} (metode langsung)", tuple(cols), tuple(rows),
                       (("Kas bersih operasi", f.total("operasi")), ("Kas bersih investasi", f.total("investasi")),
                        ("Kas bersih pendanaan", f.total("pendanaan")), ("Kas akhir", f.closing_rp)),
                       ("Akun lawan Kas (1101) dan Kas di Bank (1102) pada setiap jurnal, dikelompokkan menurut "
                        "aktivitas.",))


def equity_table(e: EquityChanges) -> ReportTable:
    cols = (Column("Kode", TEXT, 0.5), Column("Komponen ekuitas", TEXT, 2.2), Column("Saldo awal"),
            Column("Penambahan"), Column("Pengurangan"), Column("Saldo akhir"))
    rows = [Row((r.code, r.name, r.opening_rp, r.increase_rp, r.decrease_rp, r.closing_rp)) for r in e.rows]
    rows.append(Row(("", "JUMLAH EKUITAS", e.opening_rp, sum(r.increase_rp for r in e.rows),
                     sum(r.decrease_rp for r in e.rows), e.closing_rp), "total"))
    return ReportTable("LAPORAN PERUBAHAN EKUITAS", e.period.label, cols, tuple(rows),
                       (("Ekuitas awal", e.opening_rp), ("Ekuitas akhir", e.closing_rp)))


def _sales_rows(lines: tuple[SalesLine, ...]) -> list[Row]:
    return [Row((l.label, l.sales, l.qty_milli, l.member_rp, l.non_member_rp, l.net_rp, l.cost_rp, l.margin_rp))
            for l in lines]


def sales_table(s: SalesRecap) -> ReportTable:
    cols = (Column("Uraian", TEXT, 2.4), Column("Transaksi", COUNT, 0.7), Column("Jumlah", QTY, 0.8),
            Column("Anggota"), Column("Non-anggota"), Column("Penjualan bersih"), Column("HPP"), Column("Laba kotor"))
    rows: list[Row] = []
    for title, part in (("PER HARI", s.by_day), ("PER KATEGORI", s.by_category), ("PER BARANG", s.by_product)):
        rows.append(_h(title, 8))
        rows += _sales_rows(part)
    rows.append(Row(("JUMLAH", s.sales, None, s.member_rp, s.non_member_rp, s.net_rp, s.cost_rp,
                     s.net_rp - s.cost_rp), "total"))
    change = s.net_rp - s.previous_net_rp
    return ReportTable("REKAP PENJUALAN", s.period_label, cols, tuple(rows),
                       (("Penjualan bersih", s.net_rp), ("Retur", s.returns_rp),
                        ("Periode lalu", s.previous_net_rp), ("Perubahan", change)),
                       ("Penjualan selesai, setelah diskon, tanpa deposit tabung; retur dicatat terpisah.",),
                       (_sales_trend(s),), landscape=True)


def _sales_trend(s: SalesRecap) -> Chart:
    """Per day for a month; per month for a year (365 bars would say nothing)."""
    if len(s.by_day) <= 31:
        return Chart("Tren penjualan bersih per hari", tuple(l.label[:5] for l in s.by_day),
                     (("Anggota", tuple(l.member_rp for l in s.by_day)),
                      ("Non-anggota", tuple(l.non_member_rp for l in s.by_day))))
    months: dict[str, list[int]] = {}
    for l in s.by_day:  # key: ISO date
        m = months.setdefault(l.key[:7], [0, 0])
        m[0] += l.member_rp
        m[1] += l.non_member_rp
    labels = tuple(f"{MONTH_NAMES_ID[int(k[5:7]) - 1][:3]}" for k in months)
    return Chart("Tren penjualan bersih per bulan", labels,
                 (("Anggota", tuple(v[0] for v in months.values())),
                  ("Non-anggota", tuple(v[1] for v in months.values()))))


def lpg_table(r: LpgRecap) -> ReportTable:
    cols = (Column("Uraian", TEXT, 2.0), Column("Transaksi", COUNT, 0.8), Column("NIK berbeda", COUNT, 0.8),
            Column("Tabung", QTY, 0.8), Column("Nilai"))
    rows: list[Row] = [_h("PER JENIS PEMBELI", 5)]
    rows += [Row((l.label, l.sales, l.buyers, l.qty_milli, l.amount_rp)) for l in r.by_type]
    rows.append(_h("PER HARI", 5))
    rows += [Row((l.label, l.sales, l.buyers, l.qty_milli, l.amount_rp)) for l in r.by_day]
    rows.append(Row(("JUMLAH", r.sales, r.buyers, r.qty_milli, r.amount_rp), "total"))
    return ReportTable("REKAP PENJUALAN LPG 3 KG", r.period_label, cols, tuple(rows),
                       (("Nilai penjualan", r.amount_rp),), ("NIK tidak dicetak pada rekap ini.",))
