"""The member statement (Kartu Simpanan / Rekening Koran Anggota) as an A4 PDF, built
from `app.domain.savings_statement.StatementData`.

Page 1 opens with the cooperative (name, address, NIB, badan hukum), the title and the
period, the member, a summary per savings type and the wajib arrears line; then per
type the opening balance, every movement (date, number, description, debit = out,
credit = in, balance) and the closing balance; then the bendahara's signature. Every
page ends with when and by whom it was printed and "Halaman x dari y"; pages after the
first repeat who and which period in a small running head, and a movement table that
runs over a page repeats its column heads.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.pdf_base import GREY, INK, PINK, RED, RULE, SHADE, pdf_text, write_atomically
from app.domain.fmt import day, local_datetime, number, rupiah
from app.domain.savings_statement import StatementData, StatementSection

PAGE_W, PAGE_H = A4
LEFT = RIGHT = 18 * mm
TOP, BOTTOM = 16 * mm, 20 * mm
WIDTH = PAGE_W - LEFT - RIGHT - 12  # the frame keeps 6 pt padding on each side

_BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=8.5, leading=11, textColor=INK)
_SMALL = ParagraphStyle("small", _BASE, fontSize=7.5, leading=9.5, textColor=GREY)
_CELL = ParagraphStyle("cell", _BASE, fontSize=8, leading=9.8)
_COOP = ParagraphStyle("coop", _BASE, fontName="Helvetica-Bold", fontSize=13, leading=16)
_TITLE = ParagraphStyle("title", _BASE, fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=RED,
                        alignment=TA_RIGHT)
_RIGHT = ParagraphStyle("right", _BASE, alignment=TA_RIGHT)
_H2 = ParagraphStyle("h2", _BASE, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4,
                     spaceAfter=3, keepWithNext=1)
_H3 = ParagraphStyle("h3", _BASE, fontName="Helvetica-Bold", fontSize=9, leading=12, textColor=RED)


def _p(text: str, style: ParagraphStyle = _BASE) -> Paragraph:
    return Paragraph(escape(pdf_text(text)), style)


def _b(text: str, style: ParagraphStyle = _BASE) -> Paragraph:
    return Paragraph(f"<b>{escape(pdf_text(text))}</b>", style)


# ------------------------------------------------------------------ parts of the page

def _header(data: StatementData) -> list:
    co = data.cooperative
    place = ", ".join(p for p in (co.desa and f"Desa/Kel. {co.desa}", co.kecamatan and f"Kec. {co.kecamatan}",
                                  co.kabupaten, co.provinsi) if p)
    ids = " · ".join(p for p in (co.nib and f"NIB {co.nib}", co.legal_entity_no and f"Badan hukum {co.legal_entity_no}")
                     if p)
    address = " · ".join(p for p in (co.address, co.phone and f"Telp. {co.phone}") if p)
    left = [_p(co.name, _COOP), _p(address, _SMALL), _p(place, _SMALL), _p(ids, _SMALL)]
    right = [_p("REKENING KORAN ANGGOTA", _TITLE),
             _p("Kartu Simpanan Anggota", ParagraphStyle("sub", _SMALL, alignment=TA_RIGHT)),
             Spacer(1, 3),
             _b(f"Periode {data.period_label}", _RIGHT)]
    if data.period_label[0].isalpha():  # "November 2026", "Tahun 2026": say the dates too
        right.append(_p(f"{day(data.date_from)} s.d. {day(data.date_to)}",
                        ParagraphStyle("subr", _SMALL, alignment=TA_RIGHT)))
    t = Table([[left, right]], colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LINEBELOW", (0, 0), (-1, 0), 1.6, RED)]))
    return [t, Spacer(1, 6)]


def _member(data: StatementData) -> Table:
    m = data.member
    status = m.status_label + (f" (sejak {day(m.exit_date)})" if m.exit_date else "")
    label = ParagraphStyle("label", _SMALL, textColor=GREY)
    rows = [
        [_p("No. anggota", label), _b(m.member_no), _p("Anggota sejak", label), _p(day(m.join_date))],
        [_p("Nama", label), _b(m.name), _p("Status", label), _p(status)],
        [_p("Alamat", label), _p(m.address or "-"), "", ""],
    ]
    t = Table(rows, colWidths=[24 * mm, WIDTH - 24 * mm - 26 * mm - 36 * mm, 26 * mm, 36 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE), ("SPAN", (1, 2), (3, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
    return t


def _money_style(t_rows: int) -> list:
    return [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("ROWBACKGROUNDS", (0, 1), (-1, t_rows - 1), [colors.white, SHADE])]


def _summary(data: StatementData) -> list:
    rows = [["Jenis simpanan", "Saldo awal", "Masuk (kredit)", "Keluar (debet)", "Saldo akhir"]]
    for s in data.sections:
        rows.append([s.label, rupiah(s.opening_rp), rupiah(s.in_rp), rupiah(s.out_rp), rupiah(s.closing_rp)])
    rows.append(["Jumlah", rupiah(data.opening_total_rp), rupiah(sum(s.in_rp for s in data.sections)),
                 rupiah(sum(s.out_rp for s in data.sections)), rupiah(data.closing_total_rp)])
    t = Table(rows, colWidths=[WIDTH - 4 * 31 * mm] + [31 * mm] * 4, repeatRows=1)
    t.setStyle(TableStyle(_money_style(len(rows) - 1) + [
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5)]))
    owed = data.wajib.owed_rp or data.pokok_owed_rp
    arrears = Table([[_p(data.arrears_text, _CELL)]], colWidths=[WIDTH])
    arrears.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PINK if owed and data.member.status == "aktif"
                                  else SHADE), ("LINEBEFORE", (0, 0), (0, -1), 2, RED if owed else RULE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return [_p("Ringkasan", _H2), t, Spacer(1, 5), arrears]


_COLS = [18 * mm, 29 * mm, None, 22 * mm, 22 * mm, 22 * mm]
_SHORT = 14  # a table of fewer rows is kept on one page


def _detail(data: StatementData, s: StatementSection) -> list:
    """One type's movements. The title is the table's first row and repeats, with the
    column heads, on every page the table runs over."""
    widths = list(_COLS)
    widths[2] = WIDTH - sum(w for w in widths if w)
    rows: list[list] = [
        [_p(f"{s.label} (Rp)", _H3), "", "", "", "", ""],
        ["Tanggal", "Nomor", "Keterangan", "Debet (keluar)", "Kredit (masuk)", "Saldo"],
        [day(data.date_from), "", _b("Saldo awal periode", _CELL), "", "", number(s.opening_rp)]]
    for line in s.lines:
        rows.append([day(line.day), line.number, _p(line.description, _CELL),
                     number(line.out_rp) if line.out_rp else "", number(line.in_rp) if line.in_rp else "",
                     number(line.balance_rp)])
    if s.lines:
        rows.append(["", "", _b(f"Jumlah mutasi ({len(s.lines)})", _CELL), number(s.out_rp), number(s.in_rp), ""])
    else:
        rows.append(["", "", _p("Tidak ada mutasi pada periode ini.", ParagraphStyle("none", _CELL, textColor=GREY)),
                     "", "", ""])
    rows.append([day(data.date_to), "", _b("Saldo akhir periode", _CELL), "", "", number(s.closing_rp)])
    t = Table(rows, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8), ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("FONT", (0, 2), (-1, -1), "Helvetica", 8),
        ("FONT", (3, 2), (-1, -1), "Helvetica", 8.5),
        ("ROWBACKGROUNDS", (0, 2), (-1, -2), [colors.white, SHADE]),
        ("FONT", (5, 2), (5, 2), "Helvetica-Bold", 8.5),
        ("LINEABOVE", (0, -2 if s.lines else -1), (-1, -2 if s.lines else -1), 0.5, RULE),
        ("FONT", (3, -2), (4, -2), "Helvetica-Bold", 8.5),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK), ("FONT", (5, -1), (5, -1), "Helvetica-Bold", 8.5)]))
    return [KeepTogether([t]) if len(rows) < _SHORT else t, Spacer(1, 5)]


def _signature(data: StatementData) -> KeepTogether:
    place = data.cooperative.desa or data.cooperative.kabupaten
    local = data.printed_at.astimezone(data.zone.tzinfo).date()
    sign = [_p(f"{place}, {day(local)}"), _p("Bendahara,"), Spacer(1, 14 * mm),
            _p("(" + "." * 52 + ")"), _p("nama dan tanda tangan", _SMALL)]
    note = [_p("Simpan rekening koran ini. Bila ada mutasi yang tidak Anda kenali atau saldo yang berbeda "
               "dengan catatan Anda, sampaikan kepada pengurus atau bendahara koperasi.", _SMALL)]
    t = Table([[note, sign]], colWidths=[WIDTH * 0.55, WIDTH * 0.45])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 12 * mm),
                           ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return KeepTogether([Spacer(1, 4), t])


# ------------------------------------------------------------------ page furniture

def _numbered(data: StatementData):
    printed = pdf_text(f"Dicetak {local_datetime(data.printed_at, data.zone)} oleh {data.printed_by} · Kopdes")
    running = pdf_text(f"{data.member.member_no} · {data.member.name} · Rekening Koran Anggota "
                       f"periode {data.period_label}")

    class NumberedCanvas(Canvas):
        """Holds each page until the end, so every footer knows the page count."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            page = self.getPageNumber()
            self.saveState()
            if page > 1:
                self.setFillColor(GREY)
                self.setFont("Helvetica", 7.5)
                self.drawString(LEFT + 6, PAGE_H - TOP + 4 * mm, running)
                self.setStrokeColor(RED)
                self.setLineWidth(1)
                self.line(LEFT + 6, PAGE_H - TOP + 2.5 * mm, PAGE_W - RIGHT - 6, PAGE_H - TOP + 2.5 * mm)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(LEFT + 6, BOTTOM - 6 * mm, PAGE_W - RIGHT - 6, BOTTOM - 6 * mm)
            self.setFillColor(GREY)
            self.setFont("Helvetica", 7.5)
            self.drawString(LEFT + 6, BOTTOM - 10 * mm, printed)
            self.setFont("Helvetica-Bold", 7.5)
            self.drawRightString(PAGE_W - RIGHT - 6, BOTTOM - 10 * mm, f"Halaman {page} dari {total}")
            self.restoreState()

    return NumberedCanvas


def statement_flowables(data: StatementData) -> list:
    story = [*_header(data), _member(data), Spacer(1, 4), *_summary(data), Spacer(1, 6),
             _p("Rincian mutasi", _H2)]
    for s in data.sections:
        story += _detail(data, s)
    story.append(_signature(data))
    return story


def statement_pdf(data: StatementData, path: Path | str, *, compress: bool = True) -> Path:
    """Write the statement to `path` (through a temporary file); returns the path."""

    def write(tmp: str) -> None:
        doc = SimpleDocTemplate(
            tmp, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
            title=pdf_text(f"Rekening Koran Anggota {data.member.member_no} {data.member.name} {data.period_label}"),
            author=pdf_text(data.cooperative.name), creator="Kopdes", subject="Kartu Simpanan Anggota",
            pageCompression=1 if compress else 0, invariant=1)
        doc.build(statement_flowables(data), canvasmaker=_numbered(data))
    return write_atomically(path, write)
