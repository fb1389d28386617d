"""The portfolio lists, from `app.domain.loan_documents.PortfolioData`:

- Daftar Nominatif Pinjaman: every running loan with kolektibilitas, outstanding
  principal, arrears, days past due and PPAP; totals per kolektibilitas; the NPL ratio
  and what it says about the cooperative's health.
- Daftar Tunggakan: the loans in arrears, most days past due first, with what each
  member should pay now (arrears and penalty) and a phone number to call.

PDF: landscape A4, the cooperative and the as-of date at the top, "Halaman x dari y" on
every page, column heads repeated on every page. XLSX: one sheet with a header row
(frozen, filtered), whole-rupiah cells formatted `#,##0`, column widths and a totals row
(values, not formulas: every viewer shows them); a second sheet with the cooperative,
the date and the totals per kolektibilitas. Both are written beside the target and moved
into place when complete.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.documents.loan_pdf import CELL, H2, SMALL, b, build, header, numbered_canvas, p, signature_place
from app.documents.pdf_base import GREY, INK, PINK, RED, RULE, SHADE, write_atomically
from app.domain.fmt import day, number, rupiah
from app.domain.loan_documents import PortfolioData, PortfolioRow, pct_text

PAGE = landscape(A4)
PAGE_W, PAGE_H = PAGE
LEFT = RIGHT = 12 * mm
TOP, BOTTOM = 13 * mm, 18 * mm
WIDTH = PAGE_W - LEFT - RIGHT
MONEY = "#,##0"
DATE = "dd-mm-yyyy"

NOMINATIF = "Daftar Nominatif Pinjaman"
TUNGGAKAN = "Daftar Tunggakan Pinjaman"


# ------------------------------------------------------------------ columns

class Col:
    """One column in both the PDF (width in mm, None = what is left) and the XLSX (width in characters)."""

    def __init__(self, title: str, value: Callable[[int, PortfolioRow], Any], *, pdf_mm: float | None,
                 xlsx: int, money: bool = False, total: Callable[[PortfolioData], Any] | None = None,
                 align: str = "LEFT", kind: str = "text") -> None:
        self.title, self.value, self.pdf_mm, self.xlsx = title, value, pdf_mm, xlsx
        self.money, self.total, self.align, self.kind = money, total, align, kind


def _nominatif_cols() -> list[Col]:
    return [
        Col("No", lambda n, r: n, pdf_mm=9, xlsx=5, align="RIGHT", kind="int"),
        Col("No. pinjaman", lambda n, r: r.number, pdf_mm=32, xlsx=20),
        Col("No. anggota", lambda n, r: r.member_no, pdf_mm=22, xlsx=13),
        Col("Nama anggota", lambda n, r: r.member_name, pdf_mm=None, xlsx=28),
        Col("Produk", lambda n, r: r.product_code, pdf_mm=22, xlsx=12),
        Col("Tgl cair", lambda n, r: r.disbursed_on, pdf_mm=20, xlsx=12, kind="date"),
        Col("Plafon", lambda n, r: r.principal_rp, pdf_mm=22, xlsx=14, money=True,
            total=lambda d: sum(r.principal_rp for r in d.rows)),
        Col("Sisa pokok", lambda n, r: r.outstanding_rp, pdf_mm=22, xlsx=14, money=True,
            total=lambda d: d.rows_outstanding_rp),
        Col("Tunggakan", lambda n, r: r.arrears_rp, pdf_mm=21, xlsx=13, money=True,
            total=lambda d: d.rows_arrears_rp),
        Col("Hari", lambda n, r: r.days_past_due, pdf_mm=11, xlsx=7, align="RIGHT", kind="int"),
        Col("Kolektibilitas", lambda n, r: f"{r.bucket_code} {r.bucket_name}", pdf_mm=36, xlsx=26),
        Col("PPAP", lambda n, r: r.provision_rp, pdf_mm=19, xlsx=13, money=True,
            total=lambda d: d.rows_provision_rp),
    ]


def _tunggakan_cols() -> list[Col]:
    return [
        Col("No", lambda n, r: n, pdf_mm=9, xlsx=5, align="RIGHT", kind="int"),
        Col("No. pinjaman", lambda n, r: r.number, pdf_mm=32, xlsx=20),
        Col("No. anggota", lambda n, r: r.member_no, pdf_mm=22, xlsx=13),
        Col("Nama anggota", lambda n, r: r.member_name, pdf_mm=None, xlsx=28),
        Col("Telepon", lambda n, r: r.phone, pdf_mm=26, xlsx=16),
        Col("Sisa pokok", lambda n, r: r.outstanding_rp, pdf_mm=22, xlsx=14, money=True,
            total=lambda d: d.rows_outstanding_rp),
        Col("Tunggakan", lambda n, r: r.arrears_rp, pdf_mm=21, xlsx=13, money=True,
            total=lambda d: d.rows_arrears_rp),
        Col("Denda", lambda n, r: r.penalty_due_rp, pdf_mm=18, xlsx=12, money=True,
            total=lambda d: d.rows_penalty_rp),
        Col("Harus dibayar", lambda n, r: r.billed_rp, pdf_mm=23, xlsx=14, money=True,
            total=lambda d: d.rows_arrears_rp + d.rows_penalty_rp),
        Col("Hari", lambda n, r: r.days_past_due, pdf_mm=11, xlsx=7, align="RIGHT", kind="int"),
        Col("Kolektibilitas", lambda n, r: f"{r.bucket_code} {r.bucket_name}", pdf_mm=36, xlsx=26),
    ]


# ------------------------------------------------------------------ PDF

def _cell_text(col: Col, value: Any) -> Any:
    if col.money:
        return number(value)
    if col.kind == "date":
        return day(value)
    if col.kind == "int":
        return str(value)
    return p(str(value), CELL)


def _rows_table(d: PortfolioData, cols: list[Col], empty: str) -> Table:
    widths = [c.pdf_mm * mm if c.pdf_mm else None for c in cols]
    left = WIDTH - sum(w for w in widths if w)
    widths = [w if w else left for w in widths]
    rows: list[list] = [[c.title for c in cols]]
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    for i, c in enumerate(cols):
        if c.money or c.align == "RIGHT":
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    for n, r in enumerate(d.rows, start=1):
        rows.append([_cell_text(c, c.value(n, r)) for c in cols])
        if r.bucket_code >= 3:
            style.append(("BACKGROUND", (0, n), (-1, n), PINK))
        elif n % 2 == 0:
            style.append(("BACKGROUND", (0, n), (-1, n), SHADE))
        if r.days_past_due > 0:
            hari = next(i for i, c in enumerate(cols) if c.title == "Hari")
            style += [("TEXTCOLOR", (hari, n), (hari, n), RED), ("FONT", (hari, n), (hari, n), "Helvetica-Bold", 8)]
    if not d.rows:
        rows.append([p(empty, ParagraphStyle("none", CELL, textColor=GREY))] + [""] * (len(cols) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
    total = []
    for i, c in enumerate(cols):
        if c.total:
            total.append(number(c.total(d)))
        elif i == 3:
            total.append(b(f"Jumlah ({len(d.rows)} pinjaman)", CELL))
        else:
            total.append("")
    rows.append(total)
    style += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


_BUCKET_COLS = [48 * mm, 26 * mm, 18 * mm, 30 * mm, 24 * mm, 18 * mm, 28 * mm]
BUCKET_W = sum(_BUCKET_COLS)


def _bucket_table(d: PortfolioData) -> Table:
    rows: list[list] = [["Kolektibilitas", "Hari terlambat", "Pinjaman", "Sisa pokok", "% portofolio", "PPAP %",
                         "PPAP (Rp)"]]
    for bt in d.buckets:
        share = (Decimal(bt.outstanding_rp * 100) / d.outstanding_rp) if d.outstanding_rp else Decimal(0)
        share_text = str(share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)).replace(".", ",")
        rows.append([f"{bt.code} {bt.name}", bt.days, str(bt.loans), number(bt.outstanding_rp), f"{share_text}%",
                     f"{pct_text(bt.provision_pct)}%", number(bt.provision_rp)])
    rows.append(["Jumlah", "", str(sum(bt.loans for bt in d.buckets)), number(d.outstanding_rp),
                 "100,00%" if d.outstanding_rp else "0,00%", "", number(d.provision_rp)])
    t = Table(rows, colWidths=_BUCKET_COLS, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, SHADE]),
             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    for n, bt in enumerate(d.buckets, start=1):
        if bt.code >= 3 and bt.loans:
            style.append(("TEXTCOLOR", (0, n), (0, n), RED))
    t.setStyle(TableStyle(style))
    return t


def npl_text(d: PortfolioData) -> str:
    bad = ", ".join(b.name for b in d.buckets if b.code >= 3) or "kolektibilitas 3 ke atas"
    return (f"NPL ({bad}) {rupiah(d.npl_rp)} dari sisa pokok {rupiah(d.outstanding_rp)} "
            f"= {pct_text(d.npl_ratio_pct)}%: {d.health_label.upper()} (sehat bila NPL paling tinggi 5%, "
            "tidak sehat bila lebih dari 15%). PPAP yang perlu dibentuk "
            f"{rupiah(d.provision_rp)}.")


def _npl_box(d: PortfolioData, width: float) -> Table:
    bad = d.health != "sehat"
    t = Table([[p(npl_text(d), ParagraphStyle("npl", CELL, fontSize=8.5, leading=11))]], colWidths=[width],
              hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PINK if bad else SHADE),
                           ("LINEBEFORE", (0, 0), (0, -1), 2, RED if bad else RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


SIGN_W = 76 * mm  # the signatures, right of the summary
GAP = 8 * mm


def _signatures(d: PortfolioData) -> Table:
    cells = [[p("Disusun oleh,"), p("Bendahara"), Spacer(1, 13 * mm), p("(" + "." * 36 + ")")],
             [p("Mengetahui,"), p("Ketua"), Spacer(1, 13 * mm), p("(" + "." * 36 + ")")]]
    t = Table([[p(signature_place(d.cooperative, d.printed_at, d.zone)), ""], cells],
              colWidths=[SIGN_W / 2, SIGN_W / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("SPAN", (0, 0), (1, 0))]))
    return t


def _summary_and_signatures(d: PortfolioData, left: list) -> KeepTogether:
    """What sums the list up on the left, the signatures on the right: one block, kept on
    one page."""
    width = WIDTH - SIGN_W - GAP
    t = Table([[left, "", _signatures(d)]], colWidths=[width, GAP, SIGN_W])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8), t])


def _pdf(d: PortfolioData, path: Path | str, title: str, subtitle: str, story: list, compress: bool) -> Path:
    canvas = numbered_canvas(PAGE, (LEFT, RIGHT, TOP, BOTTOM), f"{d.cooperative.name} · {title} per {day(d.as_of)}",
                             d.printed_at, d.zone, d.printed_by)
    flow = [*header(d.cooperative, WIDTH, title.upper(), subtitle, [f"Per {day(d.as_of)}"]), *story]

    def write(tmp: str) -> None:
        build(tmp, PAGE, (LEFT, RIGHT, TOP, BOTTOM), flow, canvas, title=f"{title} per {day(d.as_of)}",
              author=d.cooperative.name, subject=title, compress=compress)
    return write_atomically(path, write)


ARREARS_NOTE = ("Tunggakan = angsuran pokok dan bunga yang jatuh tempo sampai tanggal daftar (hari itu termasuk) "
                "dan belum dibayar; hari = hari terlambat sejak angsuran tertua yang belum lunas; denda dihitung "
                "sampai tanggal daftar.")


def nominatif_pdf(d: PortfolioData, path: Path | str, *, compress: bool = True) -> Path:
    left = [p("Rekapitulasi kolektibilitas", H2), _bucket_table(d), Spacer(1, 5), _npl_box(d, BUCKET_W)]
    story = [p(ARREARS_NOTE + " PPAP = penyisihan penghapusan aktiva produktif menurut kolektibilitas.", SMALL),
             Spacer(1, 4), _rows_table(d, _nominatif_cols(), "Tidak ada pinjaman berjalan pada tanggal ini."),
             _summary_and_signatures(d, left)]
    return _pdf(d, path, NOMINATIF, "Pinjaman berjalan dengan kolektibilitas dan PPAP", story, compress)


def arrears_pdf(d: PortfolioData, path: Path | str, *, compress: bool = True) -> Path:
    note = p(ARREARS_NOTE + " Diurutkan dari yang paling lama terlambat.", SMALL)
    story = [note, Spacer(1, 4), _rows_table(d, _tunggakan_cols(), "Tidak ada pinjaman yang menunggak."),
             _summary_and_signatures(d, [_npl_box(d, BUCKET_W)])]
    return _pdf(d, path, TUNGGAKAN, "Pinjaman yang menunggak, terlama dahulu", story, compress)


# ------------------------------------------------------------------ XLSX

def _xlsx(d: PortfolioData, path: Path | str, title: str, cols: list[Col]) -> Path:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="F3F3F3")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nominatif" if title == NOMINATIF else "Tunggakan"
    for i, c in enumerate(cols, start=1):
        cell = ws.cell(row=1, column=i, value=c.title)
        cell.font, cell.fill = bold, head_fill
        cell.alignment = Alignment(horizontal="right" if c.money or c.align == "RIGHT" else "left")
        ws.column_dimensions[get_column_letter(i)].width = c.xlsx
    for n, r in enumerate(d.rows, start=1):
        for i, c in enumerate(cols, start=1):
            _put(ws.cell(row=n + 1, column=i), c, c.value(n, r))
    last = len(d.rows) + 2
    for i, c in enumerate(cols, start=1):
        cell = ws.cell(row=last, column=i)
        if c.total:
            _put(cell, c, c.total(d))
        elif c.title == "Nama anggota":
            cell.value = f"Jumlah ({len(d.rows)} pinjaman)"
        cell.font = bold
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(len(d.rows) + 1, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = f"{d.cooperative.name} - {title} per {day(d.as_of)}"
    ws.oddFooter.right.text = "Halaman &P dari &N"
    _summary_sheet(wb.create_sheet("Ringkasan"), d, title)
    wb.properties.title = f"{title} per {day(d.as_of)}"
    wb.properties.creator = "Kopdes"
    return write_atomically(path, lambda tmp: wb.save(tmp))


def _put(cell, col: Col, value: Any) -> None:
    cell.value = value
    if col.money:
        cell.number_format = MONEY
    elif col.kind == "date":
        cell.number_format = DATE
    elif isinstance(value, str):
        cell.data_type = "s"  # a name starting with '=' stays a name, never a formula


def _summary_sheet(ws, d: PortfolioData, title: str) -> None:
    from openpyxl.styles import Font

    bold = Font(bold=True)
    co = d.cooperative
    place = ", ".join(x for x in (co.desa, co.kecamatan and f"Kec. {co.kecamatan}", co.kabupaten) if x)
    for row in ([co.name], [place], [title], ["Per tanggal", d.as_of], ["Dicetak oleh", d.printed_by], []):
        ws.append(row)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"].font = bold
    ws["B4"].number_format = DATE
    ws.append(["Kolektibilitas", "Hari terlambat", "Pinjaman", "Sisa pokok", "PPAP %", "PPAP (Rp)"])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for bt in d.buckets:
        ws.append([f"{bt.code} {bt.name}", bt.days, bt.loans, bt.outstanding_rp, float(bt.provision_pct / 100),
                   bt.provision_rp])
        _formats(ws, ws.max_row)
    ws.append(["Jumlah", None, sum(bt.loans for bt in d.buckets), d.outstanding_rp, None, d.provision_rp])
    _formats(ws, ws.max_row)
    for cell in ws[ws.max_row]:
        cell.font = bold
    ws.append([])
    for label, value, fmt in (("NPL (Rp)", d.npl_rp, MONEY), ("Rasio NPL", float(d.npl_ratio_pct / 100), "0.00%"),
                              ("Kesehatan", d.health_label, None), ("PPAP (Rp)", d.provision_rp, MONEY)):
        ws.append([label, value])
        ws.cell(row=ws.max_row, column=1).font = bold
        if fmt:
            ws.cell(row=ws.max_row, column=2).number_format = fmt
    for letter, width in zip("ABCDEF", (30, 16, 11, 16, 10, 16), strict=True):
        ws.column_dimensions[letter].width = width


def _formats(ws, row: int) -> None:
    ws.cell(row=row, column=4).number_format = MONEY
    ws.cell(row=row, column=5).number_format = "0.0%"
    ws.cell(row=row, column=6).number_format = MONEY


def nominatif_xlsx(d: PortfolioData, path: Path | str) -> Path:
    return _xlsx(d, path, NOMINATIF, _nominatif_cols())


def arrears_xlsx(d: PortfolioData, path: Path | str) -> Path:
    return _xlsx(d, path, TUNGGAKAN, _tunggakan_cols())


COLUMNS: dict[str, Sequence[str]] = {"nominatif": [c.title for c in _nominatif_cols()],
                                     "tunggakan": [c.title for c in _tunggakan_cols()]}
