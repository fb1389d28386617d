"""`Decoded` -> a paper-like picture of the receipt: 1 printer dot = 1 pixel, white paper.

Text uses Pillow's built-in font (no font file to ship), one glyph centred in each character
cell (font A 12x24, font B 9x17 dots) so columns line up as on the printer; scaled text is the
glyph enlarged dot for dot, as printers do. A line wider than the paper wraps, as on the
printer. Images and QR codes are placed by the justification in effect and cropped at the
paper's edge. Things the printer does without printing (cut, drawer kick, unsupported
barcodes) are drawn as grey annotations.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

import qrcode
from PIL import Image, ImageChops, ImageDraw, ImageFont

from app.devices.escpos_preview_decode import decode
from app.devices.escpos_preview_machine import MAX_IMAGE_WIDTH
from app.devices.escpos_preview_model import (
    CELL,
    Align,
    Barcode,
    Cut,
    Decoded,
    DrawerKick,
    Feed,
    Line,
    QrCode,
    RasterImage,
    Style,
)

INK, PAPER, MARK = 0, 255, 140  # black print, white paper, grey annotations
MARGIN_Y = 8  # blank paper above and below the job
MAX_RENDER_HEIGHT = 40_000  # pixels; a longer job is cut off with a marker
_BASE_HEIGHT = CELL["a"][1]  # line spacing beyond this is gap between lines
_SQUEEZE = 0.8  # the built-in font is proportional: narrow it towards the printer's shapes

Draw = Callable[[Image.Image, int], None]


# -- glyphs ---------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _font(px: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=px)
    except Exception:  # no FreeType: Pillow's small bitmap font (size ignored)
        return ImageFont.load_default()


@lru_cache(maxsize=None)
def _cell_font(font: str) -> tuple[ImageFont.ImageFont | ImageFont.FreeTypeFont, int, int]:
    """The largest built-in font whose line box fits the cell height: (font, top, bottom)."""
    cell_h = CELL[font][1]
    for px in range(cell_h - 3, 5, -1):
        f = _font(px)
        _, top, _, bottom = f.getbbox("Hgjpqy|")
        if bottom - top <= cell_h - 2:
            return f, top, bottom
    f = _font(6)
    _, top, _, bottom = f.getbbox("Hgjpqy|")
    return f, top, bottom


@lru_cache(maxsize=2048)
def _glyph(ch: str, font: str, bold: bool, sx: int = 1, sy: int = 1) -> Image.Image:
    """Mask of one character cell (255 = dot), scaled sx by sy."""
    if sx != 1 or sy != 1:
        base = _glyph(ch, font, bold)
        return base.resize((base.width * sx, base.height * sy), Image.Resampling.NEAREST)
    cell_w, cell_h = CELL[font]
    f, top, bottom = _cell_font(font)
    cell = Image.new("L", (cell_w, cell_h), 0)
    if not ch.strip():
        return cell
    if not ch.isascii():  # the built-in font is ASCII only: é -> e; others show as a box
        base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        if base.strip():
            return _glyph(base[0], font, bold)
    pad = cell_h
    tmp = Image.new("L", (cell_h * 4, cell_h * 3), 0)
    ImageDraw.Draw(tmp).text((pad, pad), ch, font=f, fill=255)
    band = tmp.crop((0, pad + top, tmp.width, pad + bottom))
    box = band.getbbox()
    if box is None:
        return cell
    g = band.crop((box[0], 0, box[2], band.height))
    width = max(1, min(round(g.width * _SQUEEZE), cell_w - (2 if bold else 1)))
    g = g.resize((width, min(g.height, cell_h)), Image.Resampling.LANCZOS)
    g = g.point(lambda v: 255 if v >= 100 else 0)
    cell.paste(g, ((cell_w - width - (1 if bold else 0)) // 2, (cell_h - g.height) // 2))
    if bold:  # emphasized: each dot doubled one dot to the right, as printers do
        cell = ImageChops.lighter(cell, ImageChops.offset(cell, 1, 0))
    return cell


def _label(text: str, px: int = 14) -> Image.Image:
    """A small annotation as a mask."""
    f = _font(px)
    left, top, right, bottom = f.getbbox(text)
    im = Image.new("L", (max(1, right - left + 2), max(1, bottom - top + 2)), 0)
    ImageDraw.Draw(im).text((1 - left, 1 - top), text, font=f, fill=255)
    return im


# -- layout ---------------------------------------------------------------------------------


def _x(align: Align, width: int, paper: int) -> int:
    if width >= paper or align == "left":
        return 0
    return (paper - width) // 2 if align == "center" else paper - width


def _wrap(line: Line, paper: int) -> list[list[tuple[str, Style, int]]]:
    """Characters with their x on each printed row; a row ends where the paper does."""
    rows: list[list[tuple[str, Style, int]]] = [[]]
    x = 0
    for run in line.runs:
        cw = run.style.cell[0]
        for ch in run.text:
            if x + cw > paper and rows[-1]:
                rows.append([])
                x = 0
            rows[-1].append((ch, run.style, x))
            x += cw
    return rows


def _line(line: Line, paper: int) -> list[tuple[int, Draw]]:
    gap = max(0, line.spacing - _BASE_HEIGHT)
    out: list[tuple[int, Draw]] = []
    for row in _wrap(line, paper):
        if not row:
            out.append((line.style.cell[1] + gap, lambda canvas, y: None))
            continue
        height = max(style.cell[1] for _, style, _ in row)
        ch_last, st_last, x_last = row[-1]
        left = _x(line.align, x_last + st_last.cell[0], paper)

        def draw(canvas: Image.Image, y: int, row=row, height=height, left=left) -> None:
            for ch, style, x in row:
                w, h = style.cell
                top = y + height - h
                x0 = left + x
                mask = _glyph(ch, style.font, style.bold, style.width, style.height)
                ink = INK
                if style.invert:
                    canvas.paste(INK, (x0, top, x0 + w, top + h))
                    ink = PAPER
                canvas.paste(ink, (x0, top), mask)
                if style.underline:
                    thick = style.underline
                    canvas.paste(ink, (x0, top + h - thick, x0 + w, top + h))

        out.append((height + gap, draw))
    return out


def _image(block: RasterImage, paper: int) -> list[tuple[int, Draw]]:
    im = block.image
    if im.width > paper:
        im = im.crop((0, 0, paper, im.height))
    x = _x(block.align, im.width, paper)
    gray = im.convert("L")
    return [(im.height, lambda canvas, y: canvas.paste(gray, (x, y)))]


_EC = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
       "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


def _qr(block: QrCode, paper: int) -> list[tuple[int, Draw]]:
    try:
        code = qrcode.QRCode(version=None, error_correction=_EC[block.ec], border=0, box_size=1)
        code.add_data(block.data)
        code.make(fit=True)
        matrix = code.get_matrix()
    except Exception:  # data too long for any QR version
        return _note(f"[QR tidak bisa dibuat: {len(block.data)} byte]", paper)
    n = len(matrix)
    modules = Image.new("L", (n, n), PAPER)
    modules.putdata([INK if dark else PAPER for row in matrix for dark in row])
    size = n * block.module_size
    im = modules.resize((size, size), Image.Resampling.NEAREST)
    if size > paper:
        im = im.crop((0, 0, paper, size))
    x = _x(block.align, im.width, paper)
    return [(size, lambda canvas, y: canvas.paste(im, (x, y)))]


def _note(text: str, paper: int, align: Align = "center") -> list[tuple[int, Draw]]:
    mask = _label(text)

    def draw(canvas: Image.Image, y: int) -> None:
        canvas.paste(MARK, (_x(align, mask.width, paper), y + 2), mask)

    return [(mask.height + 4, draw)]


def _cut(block: Cut, paper: int) -> list[tuple[int, Draw]]:
    text = " potong " if block.kind == "full" else " potong sebagian "
    mask = _label(f"---{text}---")
    height = max(24, mask.height + 8)

    def draw(canvas: Image.Image, y: int) -> None:
        middle = y + height // 2
        pen = ImageDraw.Draw(canvas)
        for x in range(0, paper, 8):
            pen.line([(x, middle), (min(x + 4, paper - 1), middle)], fill=MARK)
        x = _x("center", mask.width, paper)
        canvas.paste(PAPER, (x, middle - mask.height // 2, x + mask.width,
                             middle - mask.height // 2 + mask.height))
        canvas.paste(MARK, (x, middle - mask.height // 2), mask)

    return [(height, draw)]


def _barcode(block: Barcode, paper: int) -> list[tuple[int, Draw]]:
    mask = _label(f"[barcode {block.symbology}: {block.data}]")
    height = max(mask.height + 8, min(block.height, 120))
    width = min(paper, max(mask.width + 8, 160))
    x = _x(block.align, width, paper)

    def draw(canvas: Image.Image, y: int) -> None:
        ImageDraw.Draw(canvas).rectangle([x, y, x + width - 1, y + height - 1], outline=MARK)
        canvas.paste(MARK, (x + (width - mask.width) // 2, y + (height - mask.height) // 2), mask)

    return [(height, draw)]


def _layout(decoded: Decoded, paper: int) -> list[tuple[int, Draw]]:
    items: list[tuple[int, Draw]] = []
    for block in decoded.blocks:
        if isinstance(block, Line):
            items += _line(block, paper)
        elif isinstance(block, RasterImage):
            items += _image(block, paper)
        elif isinstance(block, QrCode):
            items += _qr(block, paper)
        elif isinstance(block, Feed):
            items.append((block.dots, lambda canvas, y: None))
        elif isinstance(block, Cut):
            items += _cut(block, paper)
        elif isinstance(block, DrawerKick):
            items += _note(f"[laci kas: pin {block.pin}]", paper, "right")
        elif isinstance(block, Barcode):
            items += _barcode(block, paper)
    return items


def render(data: bytes | Decoded, width_dots: int = 384) -> Image.Image:
    """A mode "L" picture of the job, exactly `width_dots` wide (384 on 58 mm, 576 on 80 mm).

    `data` is the ESC/POS bytes, or what `decode` made of them (to decode once and both show
    and inspect a job).
    """
    if not 8 <= width_dots <= MAX_IMAGE_WIDTH:
        raise ValueError(f"width_dots must be 8..{MAX_IMAGE_WIDTH}, not {width_dots}")
    decoded = data if isinstance(data, Decoded) else decode(data)
    items = _layout(decoded, width_dots)
    limit = MAX_RENDER_HEIGHT - 2 * MARGIN_Y
    total, kept = 0, []
    for height, draw in items:
        if total + height > limit:
            kept += _note("[... pratinjau terpotong: struk terlalu panjang ...]", width_dots)
            total += kept[-1][0]
            break
        kept.append((height, draw))
        total += height
    canvas = Image.new("L", (width_dots, total + 2 * MARGIN_Y), PAPER)
    y = MARGIN_Y
    for height, draw in kept:
        draw(canvas, y)
        y += height
    return canvas

