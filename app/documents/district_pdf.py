"""The district report as a PDF: landscape A4, the hub's header, one row per cooperative and
the totals. The same ReportTable as the XLSX and the JSON; the table is denser than an
outlet report's (16 columns), so every text cell wraps within its column and the type is
smaller. Written beside the target, then moved into place."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.documents.loan_pdf import CELL, SMALL, b, build, header, numbered_canvas, p
from app.documents.pdf_base import INK, RED, RULE, SHADE, pdf_text, write_atomically
from app.documents.report_pdf import cell_text
from app.domain.clock import OutletZone
from app.domain.fmt import day
from app.domain.reports_table import TEXT, ReportTable

LEFT = RIGHT = 10 * mm
TOP, BOTTOM = 12 * mm, 16 * mm
SIZE = 6.6
DENSE = ParagraphStyle("dense", CELL, fontSize=SIZE, leading=SIZE * 1.2)
DENSE_BOLD = ParagraphStyle("dense_bold", DENSE, fontName="Helvetica-Bold")
DENSE_RIGHT = ParagraphStyle("dense_right", DENSE, alignment=TA_RIGHT)


def _table(t: ReportTable, width: float) -> Table:
    weights = sum(c.width for c in t.columns)
    widths = [width * c.width / weights for c in t.columns]
    data = [[b(c.title, DENSE if c.kind == TEXT else DENSE_RIGHT) for c in t.columns]]
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", SIZE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE)]
    for i, c in enumerate(t.columns):
        if c.kind != TEXT:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for n, row in enumerate(t.rows, start=1):
        strong = row.style in ("subtotal", "total")
        cells = []
        for c, v in zip(t.columns, row.cells, strict=True):
            text = pdf_text(cell_text(c.kind, v))
            cells.append(p(text, DENSE_BOLD if strong else DENSE) if c.kind == TEXT and text else text)
        data.append(cells)
        if strong:
            style += [("FONT", (0, n), (-1, n), "Helvetica-Bold", SIZE), ("LINEABOVE", (0, n), (-1, n), 0.5, RULE),
                      ("BACKGROUND", (0, n), (-1, n), SHADE), ("LINEBELOW", (0, n), (-1, n), 0.8, INK)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _signatures(place: str, signers, width: float) -> KeepTogether:
    w = width / len(signers)
    cells = [[p(a), p(role), Spacer(1, 14 * mm), p("(" + "." * 34 + ")")] for a, role in signers]
    t = Table([[""] * (len(signers) - 1) + [p(place)], cells], colWidths=[w] * len(signers))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8), t])


def district_pdf(t: ReportTable, path: Path | str, *, hub, place: str, printed_at: datetime, zone: OutletZone,
                 signers: tuple[tuple[str, str], ...], compress: bool = True) -> Path:
    """`hub`: a CooperativeProfile standing for the district office (its name and place)."""
    page = landscape(A4)
    width = page[0] - LEFT - RIGHT
    story = [*header(hub, width, t.title, t.subtitle, []), _table(t, width)]
    for note in t.notes:
        story += [Spacer(1, 3), p(note, SMALL)]
    when = day(printed_at.astimezone(zone.tzinfo).date())
    story.append(_signatures(f"{place}, {when}" if place else when, signers, width))
    canvas = numbered_canvas(page, (LEFT, RIGHT, TOP, BOTTOM), f"{hub.name} · {t.title} · {t.subtitle}",
                             printed_at, zone, hub.name)

    def write(tmp: str) -> None:
        build(tmp, page, (LEFT, RIGHT, TOP, BOTTOM), story, canvas, title=f"{t.title} {t.subtitle}",
              author=hub.name, subject=t.title, compress=compress)
    return write_atomically(path, write)
