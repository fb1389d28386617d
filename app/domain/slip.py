"""Printed slips (receipts, shift reports, savings and loan slips) as plain data, and their
layout into lines that fit the paper.

A `Slip` is a sequence of blocks; `layout(slip, columns)` turns it into `Line`s that are
ASCII and never wider than the paper (32 columns on 58 mm, 48 on 80 mm). Only the
device adapter knows ESC/POS; everything about what a slip says and how it wraps is here,
so it is tested without a printer.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Literal, Union

Align = Literal["left", "center", "right"]

# Characters NFKD cannot take apart but people type on receipts.
_ASCII_FOR = {
    "–": "-", "—": "-", "‒": "-", "−": "-", "×": "x", "·": "-", "•": "*", "…": "...",
    "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "°": "o", "²": "2", "³": "3", "½": "1/2", "¼": "1/4", "¾": "3/4", "€": "EUR", "£": "GBP",
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "\u00a0": " ", "\t": " ",
}


def ascii_fold(text: str) -> str:
    """What a cheap printer can print whatever its code page: 'Kopi Susu Nescafé – 2×' ->
    'Kopi Susu Nescafe - 2x'. Anything without an ASCII look-alike becomes '?'."""
    out = []
    for ch in text:
        if ch in _ASCII_FOR:
            out.append(_ASCII_FOR[ch])
            continue
        if " " <= ch <= "~":
            out.append(ch)
            continue
        if ch in "\r\n":
            out.append(" ")
            continue
        decomposed = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if decomposed and all(" " <= c <= "~" for c in decomposed):
            out.append(decomposed)
        elif unicodedata.category(ch).startswith(("C", "M")):
            continue  # control and lone combining characters print nothing
        else:
            out.append("?")
    return "".join(out)


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped at word boundaries. `big` prints double width and height."""
    text: str
    align: Align = "left"
    bold: bool = False
    big: bool = False
    invert: bool = False


@dataclass(frozen=True)
class Pair:
    """A label on the left and a value on the right ('Total ....... 12.500'). A label too
    long for the line wraps; the value stays on the last line of the label."""
    label: str
    value: str
    bold: bool = False
    big: bool = False
    indent: int = 0


@dataclass(frozen=True)
class Rule:
    char: str = "-"


@dataclass(frozen=True)
class QR:
    data: str
    caption: str = ""


@dataclass(frozen=True)
class Feed:
    lines: int = 1


Block = Union[Text, Pair, Rule, QR, Feed]


@dataclass(frozen=True)
class Slip:
    blocks: tuple[Block, ...]
    kick_drawer: bool = False  # a cash sale: open the drawer (the printer profile says which pin)

    def __add__(self, other: "Slip") -> "Slip":
        return Slip(self.blocks + other.blocks, self.kick_drawer or other.kick_drawer)


@dataclass(frozen=True)
class Line:
    """One printed line: text already padded/aligned within its width in character cells."""
    text: str
    align: Align = "left"
    bold: bool = False
    big: bool = False  # double width and height: the line holds columns // 2 characters
    invert: bool = False


@dataclass(frozen=True)
class QRLine:
    data: str


@dataclass(frozen=True)
class FeedLine:
    lines: int = 1


Laid = Union[Line, QRLine, FeedLine]


@dataclass(frozen=True)
class Width:
    """A paper profile: 58 mm = 32 columns / 384 dots, 80 mm = 48 columns / 576 dots (font A)."""
    mm: int
    columns: int = field(init=False)
    dots: int = field(init=False)

    def __post_init__(self) -> None:
        if self.mm not in PAPER:
            raise ValueError(f"lebar kertas {self.mm} mm tidak dikenal (58 atau 80)")
        object.__setattr__(self, "columns", PAPER[self.mm][0])
        object.__setattr__(self, "dots", PAPER[self.mm][1])


PAPER = {58: (32, 384), 80: (48, 576)}


def _wrap(text: str, width: int) -> list[str]:
    """Word wrap that also breaks words longer than the line; at least one (maybe empty) line."""
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _pair(block: Pair, columns: int) -> list[Line]:
    label, value = ascii_fold(block.label).strip(), ascii_fold(block.value).strip()
    if block.big and len(label) + 1 + len(value) + block.indent > columns // 2:
        block = replace(block, big=False)  # a big total that would wrap prints normal size instead
    width = columns // 2 if block.big else columns
    indent = " " * min(block.indent, width // 4)
    style = {"bold": block.bold, "big": block.big}
    lines = [indent + t for t in _wrap(label, width - len(indent))]
    out = [Line(t.ljust(width), **style) for t in lines[:-1]]
    last = lines[-1]
    if len(last) + 1 + len(value) <= width:
        out.append(Line(last + value.rjust(width - len(last)), **style))
    else:  # the value goes under the label, right-aligned (wrapped if absurdly long)
        out.append(Line(last.ljust(width), **style))
        out.extend(Line(t.rjust(width), **style) for t in _wrap(value, width))
    return out


def layout(slip: Slip, columns: int) -> list[Laid]:
    """The slip as printed lines. Every `Line.text` is ASCII and exactly fits: `columns`
    characters, or `columns // 2` for big lines (which print at double width)."""
    out: list[Laid] = []
    for block in slip.blocks:
        if isinstance(block, Text):
            width = columns // 2 if block.big else columns
            for t in _wrap(ascii_fold(block.text).strip(), width):
                padded = {"left": t.ljust(width), "right": t.rjust(width), "center": t.center(width)}[block.align]
                out.append(Line(padded, block.align, block.bold, block.big, block.invert))
        elif isinstance(block, Pair):
            out.extend(_pair(block, columns))
        elif isinstance(block, Rule):
            char = ascii_fold(block.char)[:1] or "-"
            out.append(Line(char * columns))
        elif isinstance(block, QR):
            out.append(QRLine(block.data))
            if block.caption:
                out.extend(Line(t.center(columns), "center") for t in _wrap(ascii_fold(block.caption), columns))
        elif isinstance(block, Feed):
            out.append(FeedLine(max(0, min(block.lines, 10))))
    return out


def text_of(slip: Slip, columns: int) -> list[str]:
    """The slip's printed text lines, right-trimmed (for tests and plain-text previews)."""
    return [l.text.rstrip() for l in layout(slip, columns) if isinstance(l, Line)]
