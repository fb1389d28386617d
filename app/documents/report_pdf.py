"""Any report table as a PDF: the cooperative's header, the table with its column heads on
every page, totals rows in bold, the charts, the notes, and signature lines for the ketua,
the bendahara and the pengawas. Written beside the target, then moved into place."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.documents.loan_pdf import CELL, SMALL, b, build, header, numbered_canvas, p, signature_place
from app.documents.pdf_base import INK, RED, RULE, SHADE, pdf_text, write_atomically
from app.documents.report_charts import chart_drawing
from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.fmt import number
from app.domain.reports_table import COUNT, MONEY, QTY, TEXT, ReportTable

LEFT = RIGHT = 14 * mm
TOP, BOTTOM = 13 * mm, 18 * mm
CELL_RIGHT = ParagraphStyle("cell_right", CELL, alignment=TA_RIGHT)
SIGNERS = (("Mengetahui,", "Ketua"), ("Disusun oleh,", "Bendahara"), ("Diperiksa oleh,", "Pengawas"))


def cell_text(kind: str, value) -> str:
    if value is None or value == "":
        return ""
    if kind == MONEY:
        return f"({number(-value)})" if value < 0 else number(value)
    if kind == QTY:
        whole, milli = divmod(value, 1000)
        return number(whole) + (f",{milli:03d}".rstrip("0") if milli else "")
    if kind == COUNT:
        return number(value)
    return str(value)


def _table(t: ReportTable, width: float) -> Table:
    weights = sum(c.width for c in t.columns)
    widths = [width * c.width / weights for c in t.columns]
    head = [b(c.title, CELL if c.kind == TEXT else CELL_RIGHT) for c in t.columns]
    data = [head]
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TEXTCOLOR", (0, 0), (-1, -1), INK)]
    for i, c in enumerate(t.columns):
        if c.kind != TEXT:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for n, row in enumerate(t.rows, start=1):
        cells = []
        for c, v in zip(t.columns, row.cells, strict=True):
            text = pdf_text(cell_text(c.kind, v))
            cells.append(p(text, CELL) if c.kind == TEXT and len(text) > 28 and row.style == "" else text)
        data.append(cells)
        if row.style == "heading":
            style += [("FONT", (0, n), (-1, n), "Helvetica-Bold", 7.5), ("SPAN", (0, n), (-1, n)),
                      ("TOPPADDING", (0, n), (-1, n), 5)]
        elif row.style in ("subtotal", "total"):
            style += [("FONT", (0, n), (-1, n), "Helvetica-Bold", 7.5), ("LINEABOVE", (0, n), (-1, n), 0.5, RULE)]
            if row.style == "total":
                style += [("BACKGROUND", (0, n), (-1, n), SHADE), ("LINEBELOW", (0, n), (-1, n), 0.8, INK)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _signatures(place: str, width: float) -> KeepTogether:
    w = width / 3
    cells = [[p(a), p(role), Spacer(1, 15 * mm), p("(" + "." * 34 + ")")] for a, role in SIGNERS]
    t = Table([["", "", p(place)], cells], colWidths=[w, w, w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 10), t])


def report_pdf(t: ReportTable, path: Path | str, *, cooperative: CooperativeProfile, printed_at: datetime,
               zone: OutletZone, printed_by: str, compress: bool = True) -> Path:
    page = landscape(A4) if t.landscape else A4
    width = page[0] - LEFT - RIGHT
    story = [*header(cooperative, width, t.title, t.subtitle, []), _table(t, width)]
    for note in t.notes:
        story += [Spacer(1, 3), p(note, SMALL)]
    if t.charts:
        # Side by side, so the charts and the signatures still fit under a one-page report.
        w = width / len(t.charts) if len(t.charts) > 1 else width * (0.7 if t.landscape else 1.0)
        row = Table([[chart_drawing(c, w - 6, 140) for c in t.charts]], colWidths=[w] * len(t.charts))
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 8), row]
    story.append(_signatures(signature_place(cooperative, printed_at, zone), width))
    canvas = numbered_canvas(page, (LEFT, RIGHT, TOP, BOTTOM), f"{cooperative.name} · {t.title} · {t.subtitle}",
                             printed_at, zone, printed_by)

    def write(tmp: str) -> None:
        build(tmp, page, (LEFT, RIGHT, TOP, BOTTOM), story, canvas, title=f"{t.title} {t.subtitle}",
              author=cooperative.name, subject=t.title, compress=compress)
    return write_atomically(path, write)
