"""The treasurer's summary of a month's member statements: totals per savings type,
loans outstanding and repaid, purchases, signature lines, then one line per member
(PDF), and the same list as XLSX for checking against the books."""

from __future__ import annotations

from pathlib import Path


from app.documents import tables
from app.documents.monthly_statement import (BOLD, BOTTOM, LEFT, RIGHT, ROW, TOP, WIDTH, Col, Page, Pen, Row,
                                             _canvas, _cells, _columns, _gap, _head, _heading, _line, _rule, _text,
                                             paginate, put_pages, save)
from app.documents.pdf_base import GREY, RED, SHADE
from app.domain.fmt import day, local_datetime, number, rupiah
from app.domain.monthly_statement import MonthlyStatements
from app.domain.savings import TYPE_LABELS, SavingsType


def _title(data: MonthlyStatements) -> Row:
    co = data.cooperative

    def draw(c: Pen, y: float) -> None:
        _text(c, LEFT, y - 13, co.name, font=BOLD, size=13, width=WIDTH * 0.6)
        place = ", ".join(p for p in (co.desa, co.kecamatan and f"Kec. {co.kecamatan}", co.kabupaten) if p)
        _text(c, LEFT, y - 25, place, size=7.5, color=GREY, width=WIDTH * 0.6)
        _text(c, RIGHT, y - 12, "RINGKASAN REKENING KORAN", font=BOLD, size=11.5, color=RED, right=True)
        _text(c, RIGHT, y - 24, f"Periode {data.label}", font=BOLD, size=9, right=True)
        _text(c, RIGHT, y - 34, data.range_text, size=7.5, color=GREY, right=True)
        _rule(c, y - 42, RED, 1.6)
    return Row(50, draw)


_TOTAL_COLS = (Col("Jenis simpanan", 0), Col("Saldo awal", 86, True), Col("Masuk", 86, True),
               Col("Keluar", 86, True), Col("Saldo akhir", 86, True))
_FIG_COLS = (Col("", 0), Col("", 140, True))
_LIST_COLS = (Col("No. anggota", 56), Col("Nama", 0), Col("Pokok", 50, True), Col("Wajib", 52, True),
              Col("Sukarela", 58, True), Col("Simpanan", 60, True), Col("Sisa pinjaman", 62, True),
              Col("Belanja", 56, True))


def summary_rows(data: MonthlyStatements) -> list[Row]:
    rows = [_title(data), _heading("Simpanan anggota", f"{len(data.members)} anggota aktif · Rp")]
    cols = _columns(_TOTAL_COLS)
    rows.append(_head(cols))
    totals = data.type_totals()
    for i, t in enumerate(totals):
        rows.append(Row(ROW, _cells(cols, [TYPE_LABELS[SavingsType(t.type)], number(t.opening_rp), number(t.in_rp),
                                           number(t.out_rp), number(t.closing_rp)], shade=SHADE if i % 2 else None)))
    sums = [sum(getattr(t, k) for t in totals) for k in ("opening_rp", "in_rp", "out_rp", "closing_rp")]
    total_row = _cells(cols, ["Jumlah", *(number(v) for v in sums)], font=BOLD)

    def draw_total(c: Pen, y: float) -> None:
        _rule(c, y)
        total_row(c, y)
    rows += [Row(ROW + 2, draw_total), _gap(6)]

    figs = _columns(_FIG_COLS)
    rows.append(_heading("Pinjaman dan belanja"))
    for i, (label, value) in enumerate((
            ("Pinjaman dengan sisa pokok pada akhir bulan", f"{data.loans_count} pinjaman"),
            ("Sisa pokok pinjaman akhir bulan", rupiah(data.loans_closing_rp)),
            ("Angsuran pokok dibayar bulan ini", rupiah(data.loans_paid_principal_rp)),
            ("Pembayaran pinjaman bulan ini (pokok, jasa, denda)", rupiah(data.loans_paid_rp)),
            ("Anggota yang berbelanja", f"{data.buyers} dari {len(data.members)}"),
            ("Transaksi belanja anggota", f"{data.purchases_count} transaksi"),
            ("Jumlah belanja anggota", rupiah(data.purchases_rp)),
            ("Retur belanja anggota bulan ini", rupiah(data.returns_rp)))):
        rows.append(Row(ROW, _cells(figs, [label, value], font=BOLD if "Jumlah" in label or "Sisa" in label
                                    else "Helvetica", shade=SHADE if i % 2 else None)))
    rows += [_gap(4), _line("Setiap anggota mendapat satu PDF sendiri dan satu bagian (mulai halaman baru) pada berkas "
                            "gabungan."),
             _line(f"Dicetak {local_datetime(data.printed_at, data.zone)} oleh {data.printed_by}."), _gap(6)]

    rows.append(_signatures(data))
    rows.append(_gap(8))
    cols = _columns(_LIST_COLS)
    head = _head(cols)
    rows += [_heading("Daftar anggota", "saldo akhir bulan dan belanja (Rp)"), head]
    for i, m in enumerate(data.members):
        c = m.closing
        rows.append(Row(ROW, _cells(cols, [m.member.member_no, m.member.name, number(c["pokok"]), number(c["wajib"]),
                                           number(c["sukarela"]), number(m.closing_total_rp),
                                           number(m.loans_closing_rp) if m.loans_closing_rp else "-",
                                           number(m.purchases.total_rp) if m.purchases.count else "-"],
                                    shade=SHADE if i % 2 else None), head=head))
    return rows


def _signatures(data: MonthlyStatements) -> Row:
    local = data.printed_at.astimezone(data.zone.tzinfo).date()
    place = data.cooperative.desa or data.cooperative.kabupaten

    def draw(c: Pen, y: float) -> None:
        _text(c, RIGHT, y - 10, f"{place}, {day(local)}", size=8.5, right=True)
        w = WIDTH / 3
        for i, who in enumerate(("Ketua", "Bendahara", "Pengawas")):
            x = LEFT + i * w + 10
            _text(c, x, y - 24, f"{who},", size=8.5)
            _text(c, x, y - 62, "(" + "." * 36 + ")", size=8.5)
    return Row(70, draw, keep=0)


def summary_pdf(data: MonthlyStatements, path: Path) -> int:
    """Write the summary; returns its page count."""
    pages: list[Page] = paginate(summary_rows(data))
    out = []
    for i, page in enumerate(pages, start=1):
        pen = Pen()
        for row, y in page.rows:
            row.draw(pen, y)
        if i > 1:
            _text(pen, LEFT, TOP - 2, f"Ringkasan Rekening Koran Anggota · {data.label}", size=7.5, color=GREY)
            _rule(pen, TOP - 6, RED, 1)
        _rule(pen, BOTTOM - 8, GREY, 0.3)
        _text(pen, RIGHT, BOTTOM - 17, f"Halaman {i} dari {len(pages)}", font=BOLD, size=7.5, color=GREY, right=True)
        out.append(pen.ops())
    c = _canvas(path, f"Ringkasan Rekening Koran Anggota {data.label}", data, "Ringkasan Rekening Koran Anggota")
    put_pages(c, out)
    save(c)
    return len(pages)


XLSX_COLUMNS = ("no_anggota", "nama", "pokok_awal", "wajib_awal", "sukarela_awal", "masuk", "keluar", "pokok_akhir",
                "wajib_akhir", "sukarela_akhir", "simpanan_akhir", "pinjaman_dibayar", "sisa_pinjaman",
                "belanja_transaksi", "belanja_jumlah", "retur")


def summary_xlsx(data: MonthlyStatements, path: Path) -> None:
    rows = []
    for m in data.members:
        o, c = m.opening, m.closing
        rows.append((m.member.member_no, m.member.name, o["pokok"], o["wajib"], o["sukarela"],
                     sum(s.in_rp for s in m.sections), sum(s.out_rp for s in m.sections), c["pokok"], c["wajib"],
                     c["sukarela"], m.closing_total_rp, m.loans_paid_rp, m.loans_closing_rp, m.purchases.count,
                     m.purchases.total_rp, m.purchases.returns_rp))
    if rows:
        rows.append(("JUMLAH", f"{len(rows)} anggota", *(sum(r[i] for r in rows) for i in range(2, len(XLSX_COLUMNS)))))
    tables.write_table(path, XLSX_COLUMNS, rows, sheet=f"Rekening Koran {data.month}", text_columns=("no_anggota",),
                       widths=(14, 30) + (13,) * (len(XLSX_COLUMNS) - 2))
