"""Member cards (kartu anggota) as PDF: ID-1 size (85.6 x 54 mm, a bank card), with the
cooperative's name on a red panel, the member's name, number and join date, and a QR
code `KOPDES:<member_no>` that the till's member lookup reads.

- `card_pdf(cards, path)`: one page per card at card size (a card printer, or one card).
- `cards_sheet_pdf(cards, path)`: A4 portrait, 2 columns x 5 rows = 10 cards a page,
  butted together (one cut serves two cards) and centred, with thin crop marks in the
  margins only. Nothing on a card reaches closer than 3 mm to its edge, so a cut a
  little off the line shows no colour of the neighbour.

The QR code (level M) is drawn as vector rectangles (crisp at any printer resolution); `qr_rects`
gives exactly the rectangles drawn, so a test can paint them and read the code back.
A long name shrinks, then wraps to two lines, then is cut with an ellipsis: it never
leaves its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, Sequence

import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.pdf_base import GREY, INK, RED, RED_DARK, RULE, fit_text, pdf_text, write_atomically
from app.domain.fmt import day

CARD_W = 85.6 * mm
CARD_H = 54 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
SHEET_W, SHEET_H = A4
MARGIN_X = (SHEET_W - COLUMNS * CARD_W) / 2  # 19.4 mm
MARGIN_Y = (SHEET_H - ROWS * CARD_H) / 2  # 13.5 mm

SAFE = 3 * mm  # nothing printed closer to the card's edge
PANEL_H = 15 * mm
QR_SIZE = 22 * mm  # the modules only; the white around them is the quiet zone
QR_RIGHT = 5 * mm  # from the card's right edge (>= 4 modules of white)
QR_BOTTOM = 5 * mm
QR_GAP = 4.5 * mm  # white between the text and the code (>= 4 modules: the quiet zone)
NUMBER_TOP = 19.5 * mm  # the "No. anggota" row
MARK_GAP = 2 * mm  # crop marks start this far from the cut
MARK_LEN = 6 * mm
QR_PREFIX = "KOPDES:"


@dataclass(frozen=True)
class MemberCardData:
    coop_name: str
    coop_place: str  # desa/kelurahan, kecamatan, kabupaten
    member_no: str
    name: str
    join_date: date
    qr_payload: str


def qr_payload(member_no: str) -> str:
    """What the card's QR says; the till's lookup strips the prefix."""
    return f"{QR_PREFIX}{member_no}"


# ------------------------------------------------------------------ QR

def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules (True = dark), without the quiet zone, at level M (15% may be
    damaged or dirty and it still reads). Made by zxing-cpp's writer: sixty times faster
    than the pure-Python qrcode package, which counts for a thousand cards."""
    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = memoryview(symbol.to_image(scale=1, add_quiet_zones=False))
    rows, cols = pixels.shape
    data = pixels.tobytes()
    return [[data[r * cols + c] < 128 for c in range(cols)] for r in range(rows)]


def qr_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each run of dark modules in a row, row 0 on top."""
    runs = []
    for r, line in enumerate(matrix):
        c, n = 0, len(line)
        while c < n:
            if not line[c]:
                c += 1
                continue
            start = c
            while c < n and line[c]:
                c += 1
            runs.append((r, start, c - start))
    return runs


def qr_rects(card: MemberCardData) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) in points on the card, origin bottom left: the rectangles
    `draw_card` fills for the code (one per run of dark modules in a row)."""
    matrix = qr_matrix(card.qr_payload)
    module = QR_SIZE / len(matrix)
    left, top = CARD_W - QR_RIGHT - QR_SIZE, QR_BOTTOM + QR_SIZE
    return [(left + col * module, top - (row + 1) * module, length * module, module)
            for row, col, length in qr_runs(matrix)]


# ------------------------------------------------------------------ one card

def _flag(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A small Merah Putih: red over white, with a hairline so the white half shows."""
    c.setFillColor(RED)
    c.rect(x, y + h / 2, w, h / 2, stroke=0, fill=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.3)
    c.rect(x, y, w, h, stroke=1, fill=0)


def _lines(c: Canvas, lines: list[str], font: str, size: float, x: float, top: float,
           leading: float = 1.15) -> float:
    """Draw lines from `top` (the top of the first line's capitals) down; returns the
    baseline of the last line."""
    y = top - size * 0.72
    for i, line in enumerate(lines):
        if i:
            y -= size * leading
        c.setFont(font, size)
        c.drawString(x, y, line)
    return y


def draw_card(c: Canvas, card: MemberCardData) -> None:
    """One card with its bottom-left corner at the canvas origin."""
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, CARD_W, CARD_H, stroke=0, fill=1)

    # The red panel: "KARTU ANGGOTA", the cooperative, its place.
    px, pw, py = SAFE, CARD_W - 2 * SAFE, CARD_H - SAFE - PANEL_H
    c.setFillColor(RED)
    c.roundRect(px, py, pw, PANEL_H, 2.2 * mm, stroke=0, fill=1)
    inner_x, inner_w = px + 3 * mm, pw - 6 * mm
    name_size, name_lines = fit_text(card.coop_name, "Helvetica-Bold", inner_w, 9.5, 6, 2)
    place_size, place_lines = fit_text(card.coop_place, "Helvetica", inner_w, 5.5, 4.5, 1)
    block = 5.2 + 1.6 + name_size * (1 + 1.1 * (len(name_lines) - 1)) + (1.4 + place_size if place_lines[0] else 0)
    top = py + (PANEL_H + block) / 2
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 5.2)
    c.drawString(inner_x, top - 5.2 * 0.72, "KARTU ANGGOTA", charSpace=1.1)
    y = _lines(c, name_lines, "Helvetica-Bold", name_size, inner_x, top - 5.2 - 1.6, 1.1)
    if place_lines[0]:
        c.setFont("Helvetica", place_size)
        c.drawString(inner_x, y - 1.4 - place_size, place_lines[0])

    # The member: name, number, join date (left); the QR code (right).
    x = SAFE + 3 * mm
    width = CARD_W - QR_RIGHT - QR_SIZE - QR_GAP - x
    top = py - 3.2 * mm
    c.setFillColor(GREY)
    c.setFont("Helvetica", 5.5)
    c.drawString(x, top - 5.5 * 0.72, "Nama anggota")
    top -= 5.5 + 1.8
    size, lines = fit_text(card.name, "Helvetica-Bold", width, 11.5, 7, 2)
    c.setFillColor(INK)
    _lines(c, lines, "Helvetica-Bold", size, x, top, 1.1)
    top = NUMBER_TOP  # the same place on every card, whatever the name's size
    c.setFillColor(GREY)
    c.setFont("Helvetica", 5.5)
    c.drawString(x, top - 5.5 * 0.72, "No. anggota")
    c.drawString(x + width * 0.55, top - 5.5 * 0.72, "Anggota sejak")
    top -= 5.5 + 1.8
    number_size, number_lines = fit_text(card.member_no, "Helvetica-Bold", width * 0.55 - 2 * mm, 11, 6, 1)
    c.setFillColor(RED_DARK)
    _lines(c, number_lines, "Helvetica-Bold", number_size, x, top)
    c.setFillColor(INK)
    since_size, since_lines = fit_text(day(card.join_date), "Helvetica", width * 0.45, 8.5, 6, 1)
    _lines(c, since_lines, "Helvetica", since_size, x + width * 0.55, top - (number_size - since_size) * 0.72)

    _flag(c, x, SAFE + 1.2 * mm, 4.2 * mm, 2.8 * mm)
    c.setFillColor(GREY)
    foot_size, foot = fit_text("Koperasi Desa/Kelurahan Merah Putih · tunjukkan kartu ini di kasir", "Helvetica",
                               width - 5.4 * mm, 5, 4, 1)
    c.setFont("Helvetica", foot_size)
    c.drawString(x + 5.4 * mm, SAFE + 1.2 * mm + 1.4 * mm - foot_size * 0.36, foot[0])

    # The code in module units (whole numbers: short to write, and reportlab formats every
    # number in Python, which dominates the time for a thousand cards).
    matrix = qr_matrix(card.qr_payload)
    n = len(matrix)
    c.saveState()
    c.translate(CARD_W - QR_RIGHT - QR_SIZE, QR_BOTTOM + QR_SIZE)
    c.scale(QR_SIZE / n, -QR_SIZE / n)
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for row, col, length in qr_runs(matrix):
        path.rect(col, row, length, 1)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


# ------------------------------------------------------------------ files

def _canvas(path: str, size: tuple[float, float], compress: bool, title: str) -> Canvas:
    c = Canvas(path, pagesize=size, pageCompression=1 if compress else 0, invariant=1)
    c.setTitle(title)
    c.setAuthor("Kopdes")
    c.setCreator("Kopdes")
    return c


def card_pdf(cards: Sequence[MemberCardData], path: Path | str, *, compress: bool = True) -> Path:
    """One page per card, each page the card's size (85.6 x 54 mm)."""
    if not cards:
        raise ValueError("no cards")

    def write(tmp: str) -> None:
        c = _canvas(tmp, (CARD_W, CARD_H), compress, _title(cards))
        for card in cards:
            draw_card(c, _clean(card))
            c.showPage()
        c.save()
    return write_atomically(path, write)


def sheet_slots() -> list[tuple[float, float]]:
    """Bottom-left corners of the 10 cards on an A4 page, reading order (left to right,
    top to bottom)."""
    return [(MARGIN_X + col * CARD_W, SHEET_H - MARGIN_Y - (row + 1) * CARD_H)
            for row in range(ROWS) for col in range(COLUMNS)]


def _crop_marks(c: Canvas) -> None:
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    xs = [MARGIN_X + i * CARD_W for i in range(COLUMNS + 1)]
    ys = [MARGIN_Y + i * CARD_H for i in range(ROWS + 1)]
    for x in xs:  # above and below the grid
        c.line(x, SHEET_H - MARGIN_Y + MARK_GAP, x, SHEET_H - MARGIN_Y + MARK_GAP + MARK_LEN)
        c.line(x, MARGIN_Y - MARK_GAP, x, MARGIN_Y - MARK_GAP - MARK_LEN)
    for y in ys:  # left and right of the grid
        c.line(MARGIN_X - MARK_GAP, y, MARGIN_X - MARK_GAP - MARK_LEN, y)
        c.line(SHEET_W - MARGIN_X + MARK_GAP, y, SHEET_W - MARGIN_X + MARK_GAP + MARK_LEN, y)


def _chunks(cards: Sequence[MemberCardData]) -> Iterator[Sequence[MemberCardData]]:
    for i in range(0, len(cards), PER_SHEET):
        yield cards[i:i + PER_SHEET]


def cards_sheet_pdf(cards: Sequence[MemberCardData], path: Path | str, *, compress: bool = True) -> Path:
    """A4 pages of 10 cards each (the last page may have fewer), with crop marks and a
    note to print at 100%."""
    if not cards:
        raise ValueError("no cards")
    pages = (len(cards) + PER_SHEET - 1) // PER_SHEET

    def write(tmp: str) -> None:
        c = _canvas(tmp, A4, compress, _title(cards))
        for page, chunk in enumerate(_chunks(cards), start=1):
            for slot, card in zip(sheet_slots(), chunk, strict=False):  # the last page may be short
                c.saveState()
                c.translate(*slot)
                draw_card(c, _clean(card))
                c.restoreState()
            _crop_marks(c)
            c.setFillColor(GREY)
            c.setFont("Helvetica", 6)
            first, last = chunk[0].member_no, chunk[-1].member_no
            c.drawString(MARGIN_X + 4 * mm, SHEET_H - MARGIN_Y + 4 * mm,
                         pdf_text(f"Kartu anggota {first} - {last} · halaman {page} dari {pages}"))
            c.drawString(MARGIN_X + 4 * mm, MARGIN_Y - 5.5 * mm,
                         "Cetak dengan skala 100% (bukan 'Sesuaikan halaman'); kartu 85,6 x 54 mm.")
            c.showPage()
        c.save()
    return write_atomically(path, write)


def _title(cards: Sequence[MemberCardData]) -> str:
    if len(cards) == 1:
        return pdf_text(f"Kartu anggota {cards[0].member_no} {cards[0].name}")
    return pdf_text(f"Kartu anggota ({len(cards)})")


def _clean(card: MemberCardData) -> MemberCardData:
    return MemberCardData(pdf_text(card.coop_name), pdf_text(card.coop_place), pdf_text(card.member_no),
                          pdf_text(card.name), card.join_date, card.qr_payload)
