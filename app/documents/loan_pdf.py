"""What the loan PDFs share: paragraph styles, the cooperative's header, and a canvas
that prints on every page who printed it, when, and "Halaman x dari y" (with a running
head from page 2 on)."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.documents.pdf_base import GREY, INK, RED, RULE, pdf_text
from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.fmt import day, local_datetime

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=8.5, leading=11, textColor=INK)
SMALL = ParagraphStyle("small", BASE, fontSize=7.5, leading=9.5, textColor=GREY)
SMALL_RIGHT = ParagraphStyle("small_right", SMALL, alignment=TA_RIGHT)
CELL = ParagraphStyle("cell", BASE, fontSize=8, leading=9.8)
COOP = ParagraphStyle("coop", BASE, fontName="Helvetica-Bold", fontSize=13, leading=16)
TITLE = ParagraphStyle("title", BASE, fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=RED,
                       alignment=TA_RIGHT)
RIGHT = ParagraphStyle("right", BASE, alignment=TA_RIGHT)
H2 = ParagraphStyle("h2", BASE, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3,
                    keepWithNext=1)


def p(text: str, style: ParagraphStyle = BASE) -> Paragraph:
    return Paragraph(escape(pdf_text(text)), style)


def b(text: str, style: ParagraphStyle = BASE) -> Paragraph:
    return Paragraph(f"<b>{escape(pdf_text(text))}</b>", style)


def header(co: CooperativeProfile, width: float, title: str, subtitle: str, lines: list[str]) -> list:
    """The cooperative on the left (name, address, place, NIB and badan hukum), the
    document's title on the right, a red rule under both."""
    place = ", ".join(x for x in (co.desa and f"Desa/Kel. {co.desa}", co.kecamatan and f"Kec. {co.kecamatan}",
                                  co.kabupaten, co.provinsi) if x)
    ids = " · ".join(x for x in (co.nib and f"NIB {co.nib}", co.legal_entity_no and f"Badan hukum {co.legal_entity_no}")
                     if x)
    address = " · ".join(x for x in (co.address, co.phone and f"Telp. {co.phone}") if x)
    left = [p(co.name, COOP), p(address, SMALL), p(place, SMALL), p(ids, SMALL)]
    right = [p(title, TITLE), p(subtitle, SMALL_RIGHT), Spacer(1, 3)] + [b(line, RIGHT) for line in lines]
    t = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("LINEBELOW", (0, 0), (-1, 0), 1.6, RED)]))
    return [t, Spacer(1, 6)]


def signature_place(co: CooperativeProfile, printed_at: datetime, zone: OutletZone) -> str:
    return f"{co.desa or co.kabupaten}, {day(printed_at.astimezone(zone.tzinfo).date())}"


def numbered_canvas(page_size: tuple[float, float], margins: tuple[float, float, float, float], running: str,
                    printed_at: datetime, zone: OutletZone, printed_by: str):
    """A canvas class that holds every page until the end, so each footer knows the count.
    `margins` = (left, right, top, bottom)."""
    page_w, page_h = page_size
    left, right, top, bottom = margins
    printed = pdf_text(f"Dicetak {local_datetime(printed_at, zone)} oleh {printed_by} · Kopdes")
    running = pdf_text(running)

    class NumberedCanvas(Canvas):
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
                self.drawString(left, page_h - top + 4 * mm, running)
                self.setStrokeColor(RED)
                self.setLineWidth(1)
                self.line(left, page_h - top + 2.5 * mm, page_w - right, page_h - top + 2.5 * mm)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, bottom - 6 * mm, page_w - right, bottom - 6 * mm)
            self.setFillColor(GREY)
            self.setFont("Helvetica", 7.5)
            self.drawString(left, bottom - 10 * mm, printed)
            self.setFont("Helvetica-Bold", 7.5)
            self.drawRightString(page_w - right, bottom - 10 * mm, f"Halaman {page} dari {total}")
            self.restoreState()

    return NumberedCanvas


def build(tmp: str, page_size: tuple[float, float], margins: tuple[float, float, float, float], story: list,
          canvasmaker, *, title: str, author: str, subject: str, compress: bool) -> None:
    """Lay `story` out in one frame without inner padding, so a table of the full text
    width lines up with the paragraphs and the header rule."""
    left, right, top, bottom = margins
    page_w, page_h = page_size
    doc = BaseDocTemplate(tmp, pagesize=page_size, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=pdf_text(title), author=pdf_text(author), creator="Kopdes",
                          subject=subject, pageCompression=1 if compress else 0, invariant=1)
    frame = Frame(left, bottom, page_w - left - right, page_h - top - bottom, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvasmaker)
