"""The printer state behind `escpos_preview.decode`: print modes, the line buffer, ESC * bands.

A `Machine` holds what an Epson-style printer remembers between commands and turns the line
buffer into `Line` records; the command handlers (`escpos_preview_gs`, `escpos_preview_decode`)
change that state and add the records.
"""

from __future__ import annotations

from typing import Literal

from PIL import Image

from app.devices.escpos_preview_model import (
    CELL,
    DEFAULT_LINE_SPACING,
    Align,
    Block,
    Decoded,
    Line,
    RasterImage,
    Run,
    Style,
    Unknown,
)

MAX_IMAGE_HEIGHT = 20_000  # dots; taller images are refused (about 2.5 m of paper)
MAX_IMAGE_WIDTH = 4_096  # dots; the widest receipt printers have 832
MAX_TEXT_RUN = 4_096  # characters kept per line (a runaway line without LF)

INVERT = bytes(255 - b for b in range(256))  # ESC/POS: bit 1 = dot; PIL "1": bit 1 = white

# ESC t n -> Python codec (the numbering of python-escpos' default profile / Epson)
CODE_PAGES = {
    0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 13: "cp857", 14: "cp737",
    15: "iso8859_7", 16: "cp1252", 17: "cp866", 18: "cp852", 19: "cp858", 33: "cp775",
    34: "cp855", 35: "cp861", 36: "cp862", 37: "cp864", 38: "cp869", 39: "iso8859_2",
    40: "iso8859_15", 44: "cp1125", 45: "cp1250", 46: "cp1251", 47: "cp1253", 48: "cp1254",
    49: "cp1255", 50: "cp1256", 51: "cp1257", 52: "cp1258",
}
_TABLES: dict[str, str] = {}

ALIGN: dict[int, Align] = {0: "left", 48: "left", 1: "center", 49: "center",
                          2: "right", 50: "right"}


def table_for(codec: str) -> str:
    """The 256 characters of a code page (ASCII below 0x80)."""
    if codec not in _TABLES:
        high = "".join(bytes([b]).decode(codec, errors="replace") for b in range(128, 256))
        _TABLES[codec] = "".join(chr(b) for b in range(128)) + high
    return _TABLES[codec]


def hex_of(chunk: bytes) -> str:
    return chunk[:32].hex(" ") + (" …" if len(chunk) > 32 else "")


def bits_to_image(raw: bytes, width_bytes: int, height: int, width_dots: int | None = None,
                  scale_x: int = 1, scale_y: int = 1) -> Image.Image:
    """Row-major raster bits (MSB = leftmost, 1 = dot) as a mode "1" image, black on white."""
    im = Image.frombytes("1", (width_bytes * 8, height), raw.translate(INVERT))
    if width_dots is not None and width_dots < im.width:
        im = im.crop((0, 0, width_dots, height))
    if scale_x != 1 or scale_y != 1:
        im = im.resize((im.width * scale_x, im.height * scale_y), Image.Resampling.NEAREST)
    return im


class Machine:
    """Printer state and the records printed so far."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.n = len(data)
        self.i = 0
        self.blocks: list[Block] = []
        self.unknown: list[Unknown] = []
        self.notes: list[str] = []
        self.lines = 0
        self.runs: list[list] = []  # [text, style] of the line being filled
        self.run_chars = 0
        self.line_align: Align = "left"
        self.line_offset = 0
        self.band_row: list[Image.Image] = []  # ESC * bands on the current line
        self.col_rows: list[Image.Image] = []  # completed band rows, stacked into one image
        # align, offset, lines before, scale x, scale y of the column image being stacked
        self.col_meta: tuple[Align, int, int, int, int] | None = None
        self.graphics: tuple[Image.Image, int, int, int] | None = None  # GS ( L stored image
        self.reset()

    def reset(self) -> None:
        """ESC @: modes back to power-on defaults; stored QR data and graphics are dropped."""
        self.bold = False
        self.double_strike = False
        self.underline = 0
        self.width = 1
        self.height = 1
        self.invert = False
        self.font = "a"
        self.align: Align = "left"
        self.spacing = DEFAULT_LINE_SPACING
        self.tabs = [8 * k for k in range(1, 33)]
        self.table = table_for("cp437")
        self.qr_data: bytes | None = None
        self.qr_size = 3
        self.qr_ec = "L"
        self.qr_model = 2
        self.bc_height = 162
        self.bc_width = 3
        self.bc_hri = "none"
        self.graphics = None

    # -- helpers --------------------------------------------------------------------------

    def style(self) -> Style:
        return Style(bold=self.bold or self.double_strike, underline=self.underline,
                     width=self.width, height=self.height, invert=self.invert, font=self.font)

    def bad(self, start: int, end: int, reason: str) -> None:
        self.unknown.append(Unknown(start, hex_of(self.data[start:end]), reason))

    def need(self, start: int, length: int, name: str) -> bool:
        """True when the command's `length` bytes are all there; else record and stop."""
        if start + length <= self.n:
            return True
        self.bad(start, self.n, f"{name}: truncated, needs {length} bytes, "
                                f"{self.n - start} left")
        self.i = self.n
        return False

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        if isinstance(block, Line):
            self.lines += 1

    # -- the line buffer ------------------------------------------------------------------

    def put_text(self, text: str, offset: int) -> None:
        self.flush_columns()
        if not self.runs:
            self.line_align = self.align
            self.line_offset = offset
        room = MAX_TEXT_RUN - self.run_chars
        if len(text) > room:
            if room > 0:
                self.notes.append(f"line at byte {self.line_offset} longer than "
                                  f"{MAX_TEXT_RUN} characters: the rest is dropped")
            text = text[:room]
            if not text:
                return
        self.run_chars += len(text)
        style = self.style()
        if self.runs and self.runs[-1][1] == style:
            self.runs[-1][0] += text
        else:
            self.runs.append([text, style])

    def line_dots(self) -> int:
        return sum(len(t) * s.cell[0] for t, s in self.runs)

    def pad_to(self, dots: int, offset: int) -> None:
        """Move right to `dots` from the line start by printing spaces (HT, ESC $)."""
        char = CELL[self.font][0] * self.width
        gap = (dots - self.line_dots()) // char
        if gap > 0:
            self.put_text(" " * min(gap, MAX_TEXT_RUN), offset)

    def emit_line(self, at: int | None = None) -> None:
        runs = tuple(Run(t, s) for t, s in self.runs)
        style = runs[0].style if runs else self.style()
        align = self.line_align if runs else self.align
        offset = self.line_offset if runs or at is None else at
        self.add(Line("".join(r.text for r in runs), runs, align, style, self.spacing,
                      offset, self.lines))
        self.runs = []
        self.run_chars = 0

    def print_buffer(self) -> bool:
        """Print what the buffer holds (a text line or a row of ESC * bands); False if empty."""
        if self.band_row:
            self.end_band_row()
            return True
        if self.runs:
            self.emit_line()
            return True
        return False

    def flush_all(self) -> None:
        """Before an image, QR code, barcode or cut: print what is pending."""
        if self.runs:
            self.emit_line()
        self.flush_columns()

    # -- ESC * column images --------------------------------------------------------------

    def end_band_row(self) -> None:
        row = self.band_row[0]
        if len(self.band_row) > 1:
            row = Image.new("1", (sum(b.width for b in self.band_row), self.band_row[0].height), 1)
            x = 0
            for band in self.band_row:
                row.paste(band, (x, 0))
                x += band.width
        self.band_row = []
        if self.col_rows and sum(r.height for r in self.col_rows) + row.height > MAX_IMAGE_HEIGHT:
            self.flush_columns()
        self.col_rows.append(row)

    def flush_columns(self) -> None:
        if self.band_row:
            self.end_band_row()
        if not self.col_rows or self.col_meta is None:
            return
        width = max(r.width for r in self.col_rows)
        im = Image.new("1", (width, sum(r.height for r in self.col_rows)), 1)
        y = 0
        for r in self.col_rows:
            im.paste(r, (0, y))
            y += r.height
        align, offset, lines, sx, sy = self.col_meta
        self.add(RasterImage(im, "column", sx, sy, align, offset, lines))
        self.col_rows = []
        self.col_meta = None

    # -- images -----------------------------------------------------------------------------

    def add_image(self, raw: bytes, wb: int, h: int, w: int | None, sx: int, sy: int,
                  kind: Literal["raster", "graphics"], s: int) -> None:
        """A GS v 0 image is printed now; a GS ( L one is stored until function 50."""
        name = "GS v 0" if kind == "raster" else "GS ( L"
        width = (w if w is not None else wb * 8) * sx
        if width == 0 or h == 0:
            self.notes.append(f"{name} at byte {s}: empty image ({width}x{h * sy}), "
                              "nothing printed")
            return
        if h * sy > MAX_IMAGE_HEIGHT or width > MAX_IMAGE_WIDTH:
            self.bad(s, self.i, f"{name}: image {width}x{h * sy} dots refused "
                                f"(max {MAX_IMAGE_WIDTH}x{MAX_IMAGE_HEIGHT})")
            return
        im = bits_to_image(raw, wb, h, w, sx, sy)
        if kind == "graphics":
            self.graphics = (im, sx, sy, s)
            return
        self.flush_all()
        self.add(RasterImage(im, kind, sx, sy, self.align, s, self.lines))

    def result(self) -> Decoded:
        return Decoded(tuple(self.blocks), tuple(self.unknown), tuple(self.notes))
