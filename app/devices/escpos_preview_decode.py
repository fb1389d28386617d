"""ESC/POS bytes -> `Decoded`: a small emulation of an Epson-style receipt printer.

It follows the printer's state (print modes, justification, line spacing, code page, stored
graphics and QR data) and records what would come out of the printer, in order. It never
raises on bad input: unknown or truncated commands become `Unknown` entries and decoding goes
on. Behaviour follows the Epson ESC/POS reference where cheap printers agree with it:

- ESC ! sets font, emphasis, double height/width and underline all at once (so it clears bold);
  GS ! sets the scale only. ESC @ resets everything and discards unprinted text (noted).
- Justification (ESC a) is taken when a line starts; it also places images and QR codes.
- ESC * bands on consecutive lines are stacked into one image (the LF after a band is part of
  the image, not a blank line).
- Text left in the buffer at the end of the job is shown as a line, with a note: a real printer
  would print it only when a later LF arrives.
"""

from __future__ import annotations

import re

from PIL import Image

from app.devices.escpos_preview_gs import GsFsDle
from app.devices.escpos_preview_machine import (
    ALIGN,
    CODE_PAGES,
    INVERT,
    MAX_IMAGE_WIDTH,
    table_for,
)
from app.devices.escpos_preview_model import (
    CELL,
    DEFAULT_LINE_SPACING,
    Cut,
    Decoded,
    DrawerKick,
    Feed,
)

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
_CTRL = re.compile(rb"[\x00-\x1f]")

# Commands understood and deliberately without effect on the preview: total length in bytes.
_ESC_IGNORED = {
    ord(" "): 3, ord("%"): 3, ord("R"): 3, ord("{"): 3, ord("V"): 3, ord("r"): 3, ord("T"): 3,
    ord("U"): 3, ord("="): 3, ord("?"): 3, ord("u"): 3, ord("v"): 3, ord("L"): 2, ord("S"): 2,
    ord("<"): 2, ord("e"): 3, ord("K"): 3, ord("f"): 4, ord("B"): 4, ord("W"): 10,
    ord("\\"): 4, ord("c"): 4, ord("C"): 3,
}

_ESC_ONE_PARAM = {ord(c) for c in "!EG-Mat3A+dJ"}  # handled by `esc_one`


class _Decoder(GsFsDle):
    """The byte loop: text, control bytes and ESC commands (GS, FS, DLE in `GsFsDle`)."""

    # -- main loop ------------------------------------------------------------------------

    def run(self) -> Decoded:
        data = self.data
        while self.i < self.n:
            start = self.i
            b = data[start]
            if b >= 0x20:
                m = _CTRL.search(data, start)
                end = m.start() if m else self.n
                table = self.table
                self.put_text("".join(table[c] for c in data[start:end]), start)
                self.i = end
            elif b == ESC:
                self.esc(start)
            elif b == GS:
                self.gs(start)
            elif b == FS:
                self.fs(start)
            elif b == DLE:
                self.dle(start)
            else:
                self.control(start, b)
        if self.runs:
            self.notes.append(f"text without a line feed at the end of the job: "
                              f"{''.join(t for t, _ in self.runs)!r}")
            self.emit_line()
        self.flush_columns()
        if self.graphics is not None:
            self.notes.append("graphics stored with GS ( L but never printed (function 50)")
        return self.result()

    def control(self, start: int, b: int) -> None:
        self.i = start + 1
        if b in (0x0A, 0x0B):  # LF, VT
            if not self.print_buffer():
                self.flush_columns()
                self.emit_line(start)
        elif b == 0x0C:  # FF: print the buffer
            self.print_buffer()
        elif b == 0x09:  # HT
            col_dots = CELL[self.font][0] * self.width
            here = self.line_dots() // col_dots
            stop = next((t for t in self.tabs if t > here), None)
            if stop is not None:
                self.pad_to(stop * col_dots, start)
        elif b in (0x00, 0x0D, 0x18):  # NUL, CR (no auto line feed), CAN
            pass
        else:
            self.bad(start, start + 1, f"control byte 0x{b:02x} not supported")

    # -- ESC ------------------------------------------------------------------------------

    def esc(self, s: int) -> None:
        d = self.data
        if not self.need(s, 2, "ESC"):
            return
        c = d[s + 1]
        one = d[s + 2] if s + 2 < self.n else None  # the first parameter, if any
        self.i = s + 2
        if c == ord("@"):
            if self.runs:
                self.notes.append(f"ESC @ at byte {s} discarded unprinted text "
                                  f"{''.join(t for t, _ in self.runs)!r}")
                self.runs = []
                self.run_chars = 0
            self.flush_columns()
            self.reset()
            return
        if c == ord("2"):
            self.spacing = DEFAULT_LINE_SPACING
            return
        if c in (ord("i"), ord("m")):
            self.flush_all()
            self.add(Cut("full" if c == ord("i") else "partial", 0, s, self.lines))
            return
        if c in _ESC_IGNORED:
            if self.need(s, _ESC_IGNORED[c], f"ESC {chr(c)}"):
                self.i = s + _ESC_IGNORED[c]
            return
        if c in _ESC_ONE_PARAM:
            if one is None:
                self.need(s, 3, f"ESC {chr(c)}")
                return
            self.i = s + 3
            self.esc_one(s, c, one)
            return
        if c == ord("p"):
            if self.need(s, 5, "ESC p (cash drawer)"):
                self.i = s + 5
                pin = {0: 2, 48: 2, 1: 5, 49: 5}.get(d[s + 2])
                if pin is None:
                    self.bad(s, s + 5, f"ESC p: connector {d[s + 2]} is neither pin 2 nor 5")
                else:
                    self.add(DrawerKick(pin, d[s + 3] * 2, d[s + 4] * 2, s, self.lines))
            return
        if c == ord("*"):
            self.esc_star(s)
            return
        if c == ord("$"):
            if self.need(s, 4, "ESC $"):
                self.i = s + 4
                self.pad_to(d[s + 2] + 256 * d[s + 3], s)
            return
        if c == ord("D"):
            end = d.find(b"\x00", s + 2, s + 2 + 33)
            if end < 0:
                if self.n - s - 2 < 33:
                    self.bad(s, self.n, "ESC D (tab stops): truncated, no NUL at the end")
                    self.i = self.n
                else:
                    self.bad(s, s + 2, "ESC D: more than 32 tab stops")
                return
            self.tabs = sorted(set(d[s + 2:end]))
            self.i = end + 1
            return
        if c == ord("&"):
            self.esc_user_chars(s)
            return
        if c == ord("("):
            if self.need(s, 5, "ESC ("):
                self.i = min(self.n, s + 5 + d[s + 3] + 256 * d[s + 4])
                self.bad(s, self.i, f"ESC ( {chr(d[s + 2])} not supported")
            return
        self.bad(s, s + 2, f"ESC 0x{c:02x} not supported")

    def esc_one(self, s: int, c: int, n: int) -> None:
        if c == ord("!"):
            self.font = "b" if n & 1 else "a"
            self.bold = bool(n & 8)
            self.height = 2 if n & 16 else 1
            self.width = 2 if n & 32 else 1
            self.underline = 1 if n & 128 else 0
        elif c == ord("E"):
            self.bold = bool(n & 1)
        elif c == ord("G"):
            self.double_strike = bool(n & 1)
        elif c == ord("-"):
            if n in (0, 1, 2, 48, 49, 50):
                self.underline = n & 3
            else:
                self.bad(s, s + 3, f"ESC -: underline mode {n}")
        elif c == ord("M"):
            if n in (0, 1, 48, 49):
                self.font = "b" if n & 1 else "a"
            else:
                self.bad(s, s + 3, f"ESC M: font {n} not available, kept font {self.font}")
        elif c == ord("a"):
            if n in ALIGN:
                self.align = ALIGN[n]
            else:
                self.bad(s, s + 3, f"ESC a: justification {n}")
        elif c == ord("t"):
            codec = CODE_PAGES.get(n)
            if codec is None:
                self.notes.append(f"ESC t {n} at byte {s}: unknown code page, decoded as cp437")
                codec = "cp437"
            self.table = table_for(codec)
        elif c == ord("3"):
            self.spacing = n
        elif c == ord("A"):
            self.spacing = n * 3
        elif c == ord("+"):
            self.spacing = n // 2
        elif c == ord("d"):
            printed = self.print_buffer()
            lines = n - 1 if printed else n
            if not printed:
                self.flush_columns()
            if lines > 0:
                self.add(Feed(lines * self.spacing, lines, s, self.lines))
        elif c == ord("J"):
            if not self.print_buffer():
                self.flush_columns()
            if n:
                self.add(Feed(n, None, s, self.lines))

    def esc_star(self, s: int) -> None:
        d = self.data
        if not self.need(s, 5, "ESC * (bit image)"):
            return
        m, cols = d[s + 2], d[s + 3] + 256 * d[s + 4]
        if m not in (0, 1, 32, 33):
            self.bad(s, s + 5, f"ESC *: mode {m} not supported")
            self.i = s + 5
            return
        per_col = 3 if m >= 32 else 1
        size = cols * per_col
        if not self.need(s, 5 + size, "ESC * (bit image)"):
            return
        self.i = s + 5 + size
        sx = 2 if m in (0, 32) else 1
        sy = 1 if m >= 32 else 3
        if cols == 0:
            return
        if cols * sx > MAX_IMAGE_WIDTH:
            self.bad(s, self.i, f"ESC *: {cols * sx} dots wide, refused (max {MAX_IMAGE_WIDTH})")
            return
        if self.runs:
            self.emit_line()  # text and a bit image on one line: shown one above the other
        raw = d[s + 5:self.i]
        band = Image.frombytes("1", (per_col * 8, cols), raw.translate(INVERT))
        band = band.transpose(Image.Transpose.TRANSPOSE)
        if sx != 1 or sy != 1:
            band = band.resize((band.width * sx, band.height * sy), Image.Resampling.NEAREST)
        if self.col_meta is None:
            self.col_meta = (self.align, s, self.lines, sx, sy)
        self.band_row.append(band)

    def esc_user_chars(self, s: int) -> None:
        d = self.data
        if not self.need(s, 5, "ESC & (user characters)"):
            return
        y, c1, c2 = d[s + 2], d[s + 3], d[s + 4]
        j = s + 5
        for _ in range(max(0, c2 - c1 + 1)):
            if j >= self.n:
                break
            j += 1 + y * d[j]
        if j > self.n:
            self.need(s, j - s, "ESC & (user characters)")
            return
        self.i = j
        self.bad(s, j, "ESC &: user-defined characters not supported (shown as the standard ones)")


def decode(data: bytes) -> Decoded:
    """What the printer would print for these ESC/POS bytes, in order. Never raises."""
    return _Decoder(bytes(data)).run()

