"""GS, FS and DLE commands of the preview decoder: sizes, invert, cuts, GS v 0 and GS ( L
images, GS ( k QR codes, GS k barcodes, NV logos (recorded as unknown), real-time pulses."""

from __future__ import annotations

from app.devices.escpos_preview_machine import Machine
from app.devices.escpos_preview_model import Barcode, Cut, DrawerKick, Feed, QrCode, RasterImage

_HRI = {0: "none", 48: "none", 1: "above", 49: "above", 2: "below", 50: "below",
        3: "both", 51: "both"}
_BARCODE_A = {0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "CODABAR"}
_BARCODE_B = {65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF",
              71: "CODABAR", 72: "CODE93", 73: "CODE128", 74: "GS1-128", 75: "GS1 DATABAR",
              76: "GS1 DATABAR TRUNCATED", 77: "GS1 DATABAR LIMITED", 78: "GS1 DATABAR EXPANDED"}
_2D_SYMBOLS = {48: "PDF417", 50: "MaxiCode", 51: "GS1 DataBar", 52: "Composite", 53: "Aztec",
               54: "DataMatrix"}

_GS_IGNORED = {
    ord("b"): 3, ord("|"): 3, ord("a"): 3, ord("r"): 3, ord("I"): 3, ord("P"): 4, ord("L"): 4,
    ord("W"): 4, ord("$"): 4, ord("\\"): 4, ord("T"): 3, ord("f"): 3, ord("j"): 3, ord("Z"): 3,
    ord("^"): 5, ord(":"): 2,
}
_FS_IGNORED = {ord("."): 2, ord("&"): 2, ord("C"): 3, ord("!"): 3, ord("-"): 3, ord("W"): 3,
               ord("S"): 4}


class GsFsDle(Machine):
    """Handlers for commands starting with GS, FS or DLE (ESC is in `escpos_preview_decode`)."""

    # -- GS -------------------------------------------------------------------------------

    def gs(self, s: int) -> None:
        d = self.data
        if not self.need(s, 2, "GS"):
            return
        c = d[s + 1]
        self.i = s + 2
        if c in (ord("!"), ord("B"), ord("H"), ord("h"), ord("w")):
            if not self.need(s, 3, f"GS {chr(c)}"):
                return
            n = d[s + 2]
            self.i = s + 3
            if c == ord("!"):
                self.width, self.height = ((n >> 4) & 7) + 1, (n & 7) + 1
            elif c == ord("B"):
                self.invert = bool(n & 1)
            elif c == ord("H"):
                self.bc_hri = _HRI.get(n, "none")
            elif c == ord("h"):
                self.bc_height = n
            else:
                self.bc_width = n
            return
        if c == ord("V"):
            self.gs_cut(s)
        elif c == ord("v"):
            self.gs_raster(s)
        elif c == ord("("):
            self.gs_paren(s)
        elif c == ord("8"):
            self.gs_8(s)
        elif c == ord("k"):
            self.gs_barcode(s)
        elif c in _GS_IGNORED:
            if self.need(s, _GS_IGNORED[c], f"GS {chr(c)}"):
                self.i = s + _GS_IGNORED[c]
        else:
            self.bad(s, s + 2, f"GS 0x{c:02x} not supported")

    def gs_cut(self, s: int) -> None:
        d = self.data
        if not self.need(s, 3, "GS V (cut)"):
            return
        m = d[s + 2]
        if m in (0, 48, 1, 49):
            self.i = s + 3
            kind, feed = ("full" if m in (0, 48) else "partial"), 0
        elif m in (65, 66, 97, 98, 103, 104):
            if not self.need(s, 4, "GS V (cut)"):
                return
            self.i = s + 4
            kind, feed = ("full" if m in (65, 97, 103) else "partial"), d[s + 3]
        else:
            self.i = s + 3
            self.bad(s, s + 3, f"GS V: cut mode {m}")
            return
        self.flush_all()
        if feed:
            self.add(Feed(feed, None, s, self.lines))
        self.add(Cut(kind, feed, s, self.lines))

    def gs_raster(self, s: int) -> None:
        d = self.data
        if not self.need(s, 8, "GS v 0 (raster image)"):
            return
        if d[s + 2] != 0x30:
            self.i = s + 3
            self.bad(s, s + 3, "GS v: only GS v 0 is supported")
            return
        m, wb, h = d[s + 3], d[s + 4] + 256 * d[s + 5], d[s + 6] + 256 * d[s + 7]
        size = wb * h
        if not self.need(s, 8 + size, "GS v 0 (raster image)"):
            return
        self.i = s + 8 + size
        self.add_image(d[s + 8:self.i], wb, h, None, 1 + (m & 1), 1 + ((m >> 1) & 1), "raster", s)

    def gs_paren(self, s: int) -> None:
        d = self.data
        if not self.need(s, 5, "GS ("):
            return
        kind, p = d[s + 2], d[s + 3] + 256 * d[s + 4]
        if kind == ord("L"):
            self.graphics_command(s, 5, p, wrapped_length_ok=True)
            return
        if not self.need(s, 5 + p, f"GS ( {chr(kind)}"):
            return
        self.i = s + 5 + p
        body = d[s + 5:self.i]
        if kind == ord("k"):
            self.two_d_code(s, body)
        else:
            self.bad(s, self.i, f"GS ( {chr(kind)} not supported")

    def gs_8(self, s: int) -> None:
        d = self.data
        if not self.need(s, 7, "GS 8"):
            return
        if d[s + 2] != ord("L"):
            self.i = s + 3
            self.bad(s, s + 3, "GS 8: only GS 8 L is supported")
            return
        p = int.from_bytes(d[s + 3:s + 7], "little")
        self.graphics_command(s, 7, p, wrapped_length_ok=False)

    def graphics_command(self, s: int, head: int, p: int, wrapped_length_ok: bool) -> None:
        """GS ( L / GS 8 L: store raster graphics (fn 112) and print them (fn 50)."""
        d = self.data
        b = s + head  # body: m fn [a bx by c xL xH yL yH data]
        if b + 10 <= self.n and d[b + 1] == 112:
            x, y = d[b + 6] + 256 * d[b + 7], d[b + 8] + 256 * d[b + 9]
            needed = 10 + (x + 7) // 8 * y
            if (wrapped_length_ok and needed > p and needed % 65536 == p
                    and b + needed <= self.n):
                self.notes.append(f"GS ( L at byte {s}: length field {p} is the image size "
                                  f"{needed} modulo 65536 (python-escpos overflow); used {needed}")
                p = needed
        if not self.need(s, head + p, "GS ( L (graphics)"):
            return
        self.i = b + p
        if p < 2:
            self.bad(s, self.i, "GS ( L without a function")
            return
        fn = d[b + 1]
        if fn in (50, 2):
            self.flush_all()
            if self.graphics is None:
                self.notes.append(f"GS ( L print at byte {s} with no stored graphics")
                return
            im, sx, sy, offset = self.graphics
            self.graphics = None
            self.add(RasterImage(im, "graphics", sx, sy, self.align, offset, self.lines))
        elif fn == 112:
            if p < 10:
                self.bad(s, self.i, "GS ( L function 112: header cut short")
                return
            a, bx, by = d[b + 2], d[b + 3], d[b + 4]
            x, y = d[b + 6] + 256 * d[b + 7], d[b + 8] + 256 * d[b + 9]
            wb = (x + 7) // 8
            if a != 48:
                self.bad(s, self.i, f"GS ( L: tone {a} (multi-tone graphics) not supported")
                return
            if 10 + wb * y > p:
                self.bad(s, self.i, f"GS ( L: {x}x{y} image needs {wb * y} bytes, has {p - 10}")
                return
            self.add_image(d[b + 10:b + 10 + wb * y], wb, y, x, 2 if bx == 2 else 1,
                           2 if by == 2 else 1, "graphics", s)
        elif fn in (48, 49, 0, 1):
            pass  # NV capacity query / graphics dot density: nothing printed
        else:
            self.bad(s, self.i, f"GS ( L function {fn} (NV or download graphics) not supported")

    def two_d_code(self, s: int, body: bytes) -> None:
        if len(body) < 2:
            self.bad(s, self.i, "GS ( k without a symbol and function")
            return
        cn, fn, args = body[0], body[1], body[2:]
        if cn != 49:
            if fn == 81:
                self.flush_all()
                name = _2D_SYMBOLS.get(cn, f"symbol {cn}")
                self.bad(s, self.i, f"GS ( k: {name} not supported (nothing drawn)")
            return
        if fn == 65 and args:
            self.qr_model = {49: 1, 50: 2, 51: 3}.get(args[0], self.qr_model)
        elif fn == 67 and args:
            if 1 <= args[0] <= 16:
                self.qr_size = args[0]
            else:
                self.bad(s, self.i, f"GS ( k: QR module size {args[0]} out of range 1-16")
        elif fn == 69 and args:
            if 48 <= args[0] <= 51:
                self.qr_ec = "LMQH"[args[0] - 48]
            else:
                self.bad(s, self.i, f"GS ( k: QR error correction {args[0]}")
        elif fn == 80:
            self.qr_data = bytes(args[1:])
        elif fn == 81:
            self.flush_all()
            if not self.qr_data:
                self.notes.append(f"GS ( k print at byte {s} with no QR data stored")
                return
            self.add(QrCode(self.qr_data, self.qr_size, self.qr_ec, self.qr_model,
                            self.align, s, self.lines))
        elif fn != 82:  # 82: transmit size information
            self.bad(s, self.i, f"GS ( k: QR function {fn} not supported")

    def gs_barcode(self, s: int) -> None:
        d = self.data
        if not self.need(s, 3, "GS k (barcode)"):
            return
        m = d[s + 2]
        if m in _BARCODE_A:
            end = d.find(b"\x00", s + 3, s + 3 + 256)
            if end < 0:
                if self.n - s - 3 < 256:
                    self.bad(s, self.n, "GS k (barcode): truncated, no NUL at the end")
                    self.i = self.n
                else:
                    self.i = s + 3
                    self.bad(s, s + 3, "GS k: data without NUL terminator")
                return
            self.i = end + 1
            name, payload = _BARCODE_A[m], d[s + 3:end]
        elif m in _BARCODE_B:
            if not self.need(s, 4, "GS k (barcode)") or not self.need(
                    s, 4 + d[s + 3], "GS k (barcode)"):
                return
            self.i = s + 4 + d[s + 3]
            name, payload = _BARCODE_B[m], d[s + 4:self.i]
        else:
            self.i = s + 3
            self.bad(s, s + 3, f"GS k: barcode system {m}")
            return
        self.flush_all()
        self.add(Barcode(name, payload.decode("latin-1"), self.bc_height, self.bc_width,
                         self.bc_hri, self.align, s, self.lines))

    # -- FS, DLE --------------------------------------------------------------------------

    def fs(self, s: int) -> None:
        d = self.data
        if not self.need(s, 2, "FS"):
            return
        c = d[s + 1]
        self.i = s + 2
        if c in _FS_IGNORED:
            if self.need(s, _FS_IGNORED[c], f"FS {chr(c)}"):
                self.i = s + _FS_IGNORED[c]
        elif c == ord("p"):
            if self.need(s, 4, "FS p"):
                self.i = s + 4
                self.flush_all()
                self.bad(s, s + 4, f"FS p: NV logo {d[s + 2]} is stored in the printer, "
                                   "not drawn")
        elif c == ord("q"):
            if not self.need(s, 3, "FS q"):
                return
            j = s + 3
            for _ in range(d[s + 2]):
                if j + 4 > self.n:
                    j = self.n + 4
                    break
                j += 4 + (d[j] + 256 * d[j + 1]) * (d[j + 2] + 256 * d[j + 3]) * 8
            if self.need(s, j - s, "FS q"):
                self.i = j
                self.bad(s, j, "FS q: NV logo definition not supported")
        else:
            self.bad(s, s + 2, f"FS 0x{c:02x} not supported")

    def dle(self, s: int) -> None:
        d = self.data
        if not self.need(s, 3, "DLE"):
            return
        c, fn = d[s + 1], d[s + 2]
        self.i = s + 3
        if c in (0x04, 0x05):  # DLE EOT n (status), DLE ENQ n (real-time request)
            return
        if c != 0x14:
            self.i = s + 2
            self.bad(s, s + 2, f"DLE 0x{c:02x} not supported")
            return
        length = {1: 5, 2: 5, 7: 6, 8: 10}.get(fn)
        if length is None:
            self.bad(s, s + 3, f"DLE DC4 function {fn} not supported")
            return
        if not self.need(s, length, "DLE DC4"):
            return
        self.i = s + length
        if fn == 1:
            pin = {0: 2, 48: 2, 1: 5, 49: 5}.get(d[s + 3])
            if pin is None:
                self.bad(s, self.i, f"DLE DC4 1: connector {d[s + 3]}")
            else:
                t = min(max(d[s + 4], 1), 8) * 100
                self.add(DrawerKick(pin, t, t, s, self.lines))


