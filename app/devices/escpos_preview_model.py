"""What an ESC/POS print job prints, as frozen records (the result of `escpos_preview.decode`).

Everything is in printing order in `Decoded.blocks`; `lines`, `images`, `qr_codes`, `cuts`,
`drawer_kicks` are the same records filtered by kind. Positions are printer dots (203 dpi
thermal heads: 384 dots on 58 mm paper, 576 on 80 mm). Each record keeps the byte `offset`
of the command that produced it, and `lines_before`: how many text lines were printed before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Union

from PIL import Image

Align = Literal["left", "center", "right"]
FontName = Literal["a", "b"]

CELL = {"a": (12, 24), "b": (9, 17)}  # character cell (width, height) in dots, per font
DEFAULT_LINE_SPACING = 30  # dots; ESC 2 (1/6 inch)


@dataclass(frozen=True)
class Style:
    """Character style in effect when a character was put into the line buffer."""

    bold: bool = False  # ESC E (or ESC G double-strike, ESC ! bit 3)
    underline: int = 0  # 0 none, 1 one dot, 2 two dots (ESC -)
    width: int = 1  # horizontal scale 1..8 (ESC ! bit 5 = 2, GS ! for 1..8)
    height: int = 1  # vertical scale 1..8
    invert: bool = False  # white on black (GS B)
    font: FontName = "a"  # font A 12x24, font B 9x17 (ESC M)

    @property
    def double_width(self) -> bool:
        return self.width > 1

    @property
    def double_height(self) -> bool:
        return self.height > 1

    @property
    def cell(self) -> tuple[int, int]:
        """Size of one character in dots, scaled."""
        w, h = CELL[self.font]
        return w * self.width, h * self.height


@dataclass(frozen=True)
class Run:
    """Consecutive characters of a line in one style."""

    text: str
    style: Style


@dataclass(frozen=True)
class Line:
    """One printed text line (ended by LF, ESC d, ESC J or a command that prints the buffer).

    `align` is the justification in effect when the line began. `style` is the style of the
    first run (the line's style when it is uniform; look at `runs` for mixed lines). An empty
    line (a bare LF) has no runs and the style in effect at the LF.
    """

    text: str
    runs: tuple[Run, ...]
    align: Align
    style: Style
    spacing: int  # line spacing in dots in effect (ESC 2 / ESC 3)
    offset: int
    lines_before: int

    @property
    def bold(self) -> bool:
        return self.style.bold

    @property
    def underline(self) -> int:
        return self.style.underline

    @property
    def width(self) -> int:
        return self.style.width

    @property
    def height(self) -> int:
        return self.style.height

    @property
    def double_width(self) -> bool:
        return self.style.double_width

    @property
    def double_height(self) -> bool:
        return self.style.double_height

    @property
    def invert(self) -> bool:
        return self.style.invert

    @property
    def font(self) -> FontName:
        return self.style.font

    @property
    def mixed(self) -> bool:
        """True when the line's runs do not all share one style."""
        return len({r.style for r in self.runs}) > 1


@dataclass(frozen=True)
class RasterImage:
    """A bit image as printed: mode "1", white paper, black dots, already scaled by the
    command's density (double width/height), so 1 pixel = 1 printer dot.

    kind: "raster" (GS v 0), "graphics" (GS ( L / GS 8 L) or "column" (ESC * bands, the bands
    of consecutive lines stacked into one image).
    """

    image: Image.Image = field(hash=False)
    kind: Literal["raster", "graphics", "column"]
    scale_x: int
    scale_y: int
    align: Align
    offset: int
    lines_before: int

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height


@dataclass(frozen=True)
class QrCode:
    """A native QR print (GS ( k, symbol 49): the stored data printed by function 81."""

    data: bytes
    module_size: int  # dots per module (function 67), printer default 3
    ec: Literal["L", "M", "Q", "H"]  # function 69
    model: int  # 1, 2, or 3 = micro (function 65)
    align: Align
    offset: int
    lines_before: int

    @property
    def payload(self) -> str:
        """The data as text (python-escpos sends it UTF-8 encoded)."""
        return self.data.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Barcode:
    """A printer-drawn 1D barcode (GS k). Recorded, and drawn as a labelled placeholder."""

    symbology: str
    data: str
    height: int
    module_width: int
    hri: Literal["none", "above", "below", "both"]
    align: Align
    offset: int
    lines_before: int


@dataclass(frozen=True)
class Cut:
    """GS V (m 0/1/48/49 cut; 65/66 feed n dots and cut) or the old ESC i / ESC m."""

    kind: Literal["full", "partial"]
    feed_dots: int
    offset: int
    lines_before: int


@dataclass(frozen=True)
class DrawerKick:
    """ESC p m t1 t2 (or DLE DC4 1 m t): a pulse on drawer connector pin 2 or 5."""

    pin: Literal[2, 5]
    on_ms: int
    off_ms: int
    offset: int
    lines_before: int


@dataclass(frozen=True)
class Feed:
    """Paper fed without printing: ESC d n (n lines) or ESC J n (n dots)."""

    dots: int
    lines: int | None  # None for ESC J (dots only)
    offset: int
    lines_before: int


@dataclass(frozen=True)
class Unknown:
    """A command not understood, cut short by the end of the data, or refused."""

    offset: int
    hex: str  # the bytes concerned (at most 32, then "…")
    reason: str


Block = Union[Line, RasterImage, QrCode, Barcode, Cut, DrawerKick, Feed]


@dataclass(frozen=True)
class Decoded:
    blocks: tuple[Block, ...]
    unknown: tuple[Unknown, ...]
    notes: tuple[str, ...]  # things understood but worth knowing (text lost by ESC @, quirks)

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Line))

    @cached_property
    def images(self) -> tuple[RasterImage, ...]:
        return tuple(b for b in self.blocks if isinstance(b, RasterImage))

    @cached_property
    def qr_codes(self) -> tuple[QrCode, ...]:
        return tuple(b for b in self.blocks if isinstance(b, QrCode))

    @cached_property
    def barcodes(self) -> tuple[Barcode, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Barcode))

    @cached_property
    def cuts(self) -> tuple[Cut, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Cut))

    @cached_property
    def drawer_kicks(self) -> tuple[DrawerKick, ...]:
        return tuple(b for b in self.blocks if isinstance(b, DrawerKick))

    @cached_property
    def feeds(self) -> tuple[Feed, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Feed))

    def text_lines(self) -> list[str]:
        return [line.text for line in self.lines]

    def qr_payloads(self) -> list[str]:
        return [q.payload for q in self.qr_codes]

    def drawer_pins(self) -> list[int]:
        return [k.pin for k in self.drawer_kicks]
