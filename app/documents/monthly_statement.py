"""The monthly member statement (Rekening Koran Bulanan) as A4 pages, drawn straight on a
reportlab canvas: a whole village's statements are printed at once (thousands of
members), and platypus takes several times as long per page.

A member's statement is laid out as rows of known height (`Row`); `paginate` cuts them
into pages, repeating a table's column heads on a page it continues on and keeping a
heading with its first row, so the page count is known before anything is drawn
("Halaman x dari y"). The same pages are drawn into the member's own PDF and into the
combined PDF, where every member starts on a new page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.pdf_base import GREY, INK, PINK, RED, RULE, SHADE, pdf_text
from app.domain.fmt import day, local_datetime, number, rupiah
from app.domain.monthly_statement import MemberMonth, MonthlyStatements

PAGE_W, PAGE_H = A4
LEFT = 18 * mm
RIGHT = PAGE_W - 18 * mm
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 16 * mm
BOTTOM = 24 * mm  # above the footer
ROW = 12.5
FONT, BOLD = "Helvetica", "Helvetica-Bold"

Draw = Callable[["Pen", float], None]  # draws with its top edge at y


@dataclass
class Row:
    height: float
    draw: Draw
    head: "Row | None" = None  # the column heads to repeat when the table continues on a new page
    keep: float = 0.0  # room needed below this row (a heading stays with what follows)


@dataclass
class Page:
    rows: list[tuple[Row, float]] = field(default_factory=list)


# ------------------------------------------------------------------ drawing

FONT_REFS = {FONT: "/F1", BOLD: "/F2"}  # how every canvas made by `_canvas` names the two fonts


@lru_cache(maxsize=65536)
def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=65536)
def fit(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis to `width` (a long memo or name never runs over a column)."""
    text = pdf_text(text)
    if width_of(text, font, size) <= width:
        return text
    while text and width_of(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@lru_cache(maxsize=65536)
def _pdf_string(text: str) -> str:
    out = []
    for b in text.encode("cp1252"):
        if b in (40, 41, 92):  # ( ) \
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "".join(out)


@lru_cache(maxsize=64)
def _rgb(color) -> str:
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f}"


class Pen:
    """Records one page as PDF operators: shapes in drawing order, then all text on top in
    one text object. The page is made once and appended to several canvases (the member's
    own PDF and the combined one); reportlab's drawString would format every string and
    number again for each."""

    def __init__(self) -> None:
        self.shapes: list[str] = []
        self.texts: list[str] = []
        self._font: tuple[str, float] | None = None
        self._color = None

    def text(self, x: float, y: float, text: str, font: str, size: float, color, right: bool) -> None:
        if right:
            x -= width_of(text, font, size)
        if self._font != (font, size):
            self.texts.append(f"{FONT_REFS[font]} {size:g} Tf")
            self._font = (font, size)
        if self._color is not color:
            self.texts.append(f"{_rgb(color)} rg")
            self._color = color
        self.texts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({_pdf_string(text)}) Tj")

    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke=None, line_width: float = 0.6) -> None:
        ops = [f"{_rgb(fill)} rg"] if fill is not None else []
        if stroke is not None:
            ops.append(f"{_rgb(stroke)} RG {line_width:g} w")
        paint = "B" if fill is not None and stroke is not None else ("f" if fill is not None else "S")
        ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re {paint}")
        self.shapes.append(" ".join(ops))

    def line(self, x1: float, y1: float, x2: float, y2: float, color, line_width: float) -> None:
        self.shapes.append(f"{_rgb(color)} RG {line_width:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def ops(self) -> str:
        return "\n".join(["q", *self.shapes, "Q", "BT", *self.texts, "ET"])


def _text(c: Pen, x: float, y: float, text: str, *, font: str = FONT, size: float = 8, color=INK,
          width: float | None = None, right: bool = False) -> None:
    c.text(x, y, fit(text, font, size, width) if width else pdf_text(text), font, size, color, right)


def _band(c: Pen, y: float, h: float, color) -> None:
    c.rect(LEFT, y - h, WIDTH, h, fill=color)


def _rule(c: Pen, y: float, color=INK, width: float = 0.6) -> None:
    c.line(LEFT, y, RIGHT, y, color, width)


# ------------------------------------------------------------------ tables

@dataclass(frozen=True)
class Col:
    title: str
    width: float  # 0: takes what the others leave
    right: bool = False


def _columns(cols: Sequence[Col]) -> list[tuple[Col, float, float]]:
    flex = WIDTH - sum(c.width for c in cols)
    out, x = [], LEFT
    for col in cols:
        w = col.width or flex
        out.append((col, x, w))
        x += w
    return out


def _cells(cols, values: Sequence[str], *, font: str = FONT, color=INK, shade=None) -> Draw:
    def draw(c: Pen, y: float) -> None:
        if shade is not None:
            _band(c, y, ROW, shade)
        for (col, x, w), v in zip(cols, values, strict=True):
            if not v:
                continue
            if col.right:
                _text(c, x + w - 3, y - 9, v, font=font, color=color, width=w - 5, right=True)
            else:
                _text(c, x + 3, y - 9, v, font=font, color=color, width=w - 5)
    return draw


def _head(cols) -> Row:
    def draw(c: Pen, y: float) -> None:
        _cells(cols, [col.title for col, _x, _w in cols], font=BOLD)(c, y)
        _rule(c, y - ROW)
    return Row(ROW + 1, draw)


def _heading(text: str, note: str = "") -> Row:
    def draw(c: Pen, y: float) -> None:
        _text(c, LEFT, y - 12, text, font=BOLD, size=10)
        if note:
            _text(c, RIGHT, y - 12, note, size=8, color=GREY, right=True)
    return Row(18, draw, keep=2 * ROW + 2)


def _line(text: str, *, color=GREY, size: float = 8, shade=None, bar=None) -> Row:
    def draw(c: Pen, y: float) -> None:
        if shade is not None:
            _band(c, y, ROW + 3, shade)
        if bar is not None:
            c.rect(LEFT, y - ROW - 3, 2, ROW + 3, fill=bar)
        _text(c, LEFT + 6, y - 10, text, size=size, color=color, width=WIDTH - 10)
    return Row(ROW + 5, draw)


def _gap(h: float = 6) -> Row:
    return Row(h, lambda c, y: None)


# ------------------------------------------------------------------ parts of a statement

def _header(data: MonthlyStatements) -> Row:
    co = data.cooperative
    place = ", ".join(p for p in (co.desa and f"Desa/Kel. {co.desa}", co.kecamatan and f"Kec. {co.kecamatan}",
                                  co.kabupaten, co.provinsi) if p)
    ids = " · ".join(p for p in (co.nib and f"NIB {co.nib}", co.legal_entity_no and f"Badan hukum {co.legal_entity_no}")
                     if p)
    address = " · ".join(p for p in (co.address, co.phone and f"Telp. {co.phone}") if p)

    def draw(c: Pen, y: float) -> None:
        half = WIDTH * 0.6
        _text(c, LEFT, y - 13, co.name, font=BOLD, size=13, width=half)
        for i, line in enumerate((address, place, ids)):
            _text(c, LEFT, y - 25 - i * 9.5, line, size=7.5, color=GREY, width=half)
        _text(c, RIGHT, y - 12, "REKENING KORAN ANGGOTA", font=BOLD, size=11.5, color=RED, right=True)
        _text(c, RIGHT, y - 22, "Simpanan, pinjaman, dan belanja bulanan", size=7.5, color=GREY, right=True)
        _text(c, RIGHT, y - 36, f"Periode {data.label}", font=BOLD, size=9, right=True)
        _text(c, RIGHT, y - 46, data.range_text, size=7.5, color=GREY, right=True)
        _rule(c, y - 56, RED, 1.6)
    return Row(62, draw)


def _member_box(m: MemberMonth) -> Row:
    who = m.member

    def draw(c: Pen, y: float) -> None:
        _band(c, y, 40, SHADE)
        lx, vx, rx, rvx = LEFT + 5, LEFT + 62, LEFT + WIDTH * 0.62, LEFT + WIDTH * 0.62 + 62
        for i, (label, value, bold) in enumerate((("No. anggota", who.member_no, True), ("Nama", who.name, True),
                                                  ("Alamat", who.address or "-", False))):
            _text(c, lx, y - 10 - i * 11.5, label, size=7.5, color=GREY)
            _text(c, vx, y - 10 - i * 11.5, value, font=BOLD if bold else FONT, size=8.5,
                  width=(rx - vx - 8) if i < 2 else RIGHT - vx - 5)
        _text(c, rx, y - 10, "Anggota sejak", size=7.5, color=GREY)
        _text(c, rvx, y - 10, day(who.join_date), size=8.5)
        _text(c, rx, y - 21.5, "Status", size=7.5, color=GREY)
        _text(c, rvx, y - 21.5, who.status_label, size=8.5)
    return Row(46, draw)


def _key_figures(m: MemberMonth) -> Row:
    boxes = (("Saldo simpanan akhir bulan", rupiah(m.closing_total_rp)),
             ("Sisa pokok pinjaman", rupiah(m.loans_closing_rp)),
             (f"Belanja bulan ini ({m.purchases.count} transaksi)", rupiah(m.purchases.total_rp)))

    def draw(c: Pen, y: float) -> None:
        w = (WIDTH - 2 * 6) / 3
        for i, (label, value) in enumerate(boxes):
            x = LEFT + i * (w + 6)
            c.rect(x, y - 32, w, 32, fill=PINK if i == 1 and m.loans_closing_rp else SHADE, stroke=RULE)
            _text(c, x + 6, y - 11, label, size=7.5, color=GREY, width=w - 10)
            _text(c, x + 6, y - 26, value, font=BOLD, size=11.5)
    return Row(40, draw)


_SUM_COLS = (Col("Jenis simpanan", 0), Col("Saldo awal", 82, True), Col("Masuk (kredit)", 82, True),
             Col("Keluar (debet)", 82, True), Col("Saldo akhir", 82, True))


def _savings_summary(m: MemberMonth) -> list[Row]:
    cols = _columns(_SUM_COLS)
    rows = [_heading("Ringkasan simpanan"), _head(cols)]
    for i, s in enumerate(m.sections):
        rows.append(Row(ROW, _cells(cols, [s.label, number(s.opening_rp), number(s.in_rp), number(s.out_rp),
                                           number(s.closing_rp)], shade=SHADE if i % 2 else None)))
    totals = [sum(getattr(s, k) for s in m.sections) for k in ("opening_rp", "in_rp", "out_rp", "closing_rp")]
    total_row = _cells(cols, ["Jumlah", *(number(v) for v in totals)], font=BOLD)

    def draw_total(c: Pen, y: float) -> None:
        _rule(c, y, INK, 0.6)
        total_row(c, y)
    owed = "Tunggakan" in m.arrears_text or "belum lunas" in m.arrears_text
    rows += [Row(ROW + 2, draw_total), _gap(3),
             _line(m.arrears_text, color=INK, shade=PINK if owed else SHADE, bar=RED if owed else RULE)]
    return rows


_MOVE_COLS = (Col("Tanggal", 54), Col("Nomor", 96), Col("Keterangan", 0), Col("Keluar", 62, True),
              Col("Masuk", 62, True), Col("Saldo", 68, True))


def _savings_detail(data: MonthlyStatements, m: MemberMonth) -> list[Row]:
    cols = _columns(_MOVE_COLS)
    head = _head(cols)
    rows = [_heading("Mutasi simpanan", "Rp"), head]
    for s in m.sections:
        rows.append(Row(ROW, _cells(cols, [day(data.date_from), "", f"{s.label}: saldo awal", "", "",
                                           number(s.opening_rp)], font=BOLD, shade=SHADE), head=head,
                        keep=ROW))
        for line in s.lines:
            rows.append(Row(ROW, _cells(cols, [day(line.day), line.number, line.description,
                                               number(line.out_rp) if line.out_rp else "",
                                               number(line.in_rp) if line.in_rp else "", number(line.balance_rp)]),
                            head=head))
        if not s.lines:
            rows.append(Row(ROW, _cells(cols, ["", "", "Tidak ada mutasi bulan ini.", "", "", ""], color=GREY),
                            head=head))
        closing = _cells(cols, [day(data.as_of), "", f"{s.label}: saldo akhir",
                                number(s.out_rp) if s.lines else "", number(s.in_rp) if s.lines else "",
                                number(s.closing_rp)], font=BOLD)

        def draw_closing(c: Pen, y: float, closing=closing) -> None:
            _rule(c, y, RULE, 0.5)
            closing(c, y)
        rows += [Row(ROW, draw_closing, head=head), _gap(3)]
    return rows


_LOAN_COLS = (Col("Tanggal", 54), Col("Nomor", 96), Col("Keterangan", 0), Col("Pokok", 58, True),
              Col("Jasa", 52, True), Col("Denda", 44, True), Col("Jumlah", 62, True))


def _loans(data: MonthlyStatements, m: MemberMonth) -> list[Row]:
    if not m.loans:
        return [_heading("Pinjaman"), _line("Tidak ada pinjaman berjalan pada bulan ini.")]
    cols = _columns(_LOAN_COLS)
    head = _head(cols)
    rows = [_heading("Pinjaman", "angsuran dibayar bulan ini dan sisa pokok (Rp)"), head]
    for loan in m.loans:
        title = (f"{loan.number} · {loan.product} · pokok {number(loan.principal_rp)} · cair "
                 f"{day(loan.disbursed_on)}")

        def draw_band(c: Pen, y: float, title=title, loan=loan) -> None:
            _band(c, y, ROW, SHADE)
            start = "cair bulan ini" if loan.new_rp else f"sisa pokok awal bulan {number(loan.opening_rp)}"
            _text(c, RIGHT - 3, y - 9, start, right=True)
            _text(c, LEFT + 3, y - 9, title, font=BOLD, width=WIDTH - width_of(start, FONT, 8) - 18)
        rows.append(Row(ROW, draw_band, head=head, keep=ROW))
        for p in loan.payments:
            rows.append(Row(ROW, _cells(cols, [day(p.day), p.number, p.label, number(p.principal_rp),
                                               number(p.interest_rp), number(p.penalty_rp) if p.penalty_rp else "",
                                               number(p.amount_rp)]), head=head))
        if not loan.payments:
            rows.append(Row(ROW, _cells(cols, ["", "", "Tidak ada pembayaran bulan ini.", "", "", "", ""],
                                        color=GREY), head=head))
        label = f"Sisa pokok pada akhir bulan ({loan.status_label})"

        def draw_closing(c: Pen, y: float, label=label, loan=loan) -> None:
            _rule(c, y, RULE, 0.5)
            _text(c, cols[0][1] + 3, y - 9, day(data.as_of), font=BOLD)
            _text(c, cols[2][1] + 3, y - 9, label, font=BOLD, width=cols[-1][1] - cols[2][1] - 6)
            _text(c, RIGHT - 3, y - 9, number(loan.closing_rp), font=BOLD, right=True)
        rows += [Row(ROW, draw_closing, head=head), _gap(3)]
    return rows


def _purchases(m: MemberMonth) -> list[Row]:
    p = m.purchases
    if not p.count:
        rows = [_heading("Belanja di gerai"), _line("Tidak ada belanja anggota bulan ini.")]
        if p.returns_rp:
            rows.append(_line(f"Retur bulan ini (belanja bulan sebelumnya) {rupiah(p.returns_rp)}.", color=INK))
        return rows
    rows = [_heading("Belanja di gerai", f"{p.count} transaksi · jumlah {rupiah(p.total_rp)}")]
    if p.returns_rp:
        rows.append(_line(f"Retur bulan ini {rupiah(p.returns_rp)}: belanja bersih {rupiah(p.net_rp)}.",
                          color=INK))
    if not p.listed:
        return rows + [_line(f"{p.count} struk belanja, jumlah {rupiah(p.total_rp)}; rinciannya ada di gerai.")]
    half = WIDTH / 2
    pairs = [p.receipts[i:i + 2] for i in range(0, len(p.receipts), 2)]
    for i, pair in enumerate(pairs):
        def draw(c: Pen, y: float, pair=pair, shade=SHADE if i % 2 else None) -> None:
            if shade is not None:
                _band(c, y, ROW, shade)
            for j, r in enumerate(pair):
                x = LEFT + j * half
                _text(c, x + 3, y - 9, day(r.day))
                _text(c, x + 56, y - 9, r.number, width=half - 130)
                _text(c, x + half - 8, y - 9, number(r.total_rp), right=True)
        rows.append(Row(ROW, draw))
    return rows


def _signature(data: MonthlyStatements) -> Row:
    place = data.cooperative.desa or data.cooperative.kabupaten
    local = data.printed_at.astimezone(data.zone.tzinfo).date()
    note = ("Simpan rekening koran ini. Bila ada mutasi yang tidak Anda kenali atau saldo yang berbeda dengan "
            "catatan Anda, sampaikan kepada pengurus atau bendahara koperasi.")

    def draw(c: Pen, y: float) -> None:
        words, line, lines = note.split(), "", []
        for w in words:  # wrap the note into the left half
            if width_of(f"{line} {w}".strip(), FONT, 7.5) > WIDTH * 0.5:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        for i, text in enumerate(lines):
            _text(c, LEFT, y - 14 - i * 9.5, text, size=7.5, color=GREY)
        x = LEFT + WIDTH * 0.62
        _text(c, x, y - 14, f"{place}, {day(local)}", size=8.5)
        _text(c, x, y - 25, "Bendahara,", size=8.5)
        _text(c, x, y - 66, "(" + "." * 48 + ")", size=8.5)
        _text(c, x, y - 75, "nama dan tanda tangan", size=7.5, color=GREY)
    return Row(80, draw)


def member_rows(data: MonthlyStatements, m: MemberMonth) -> list[Row]:
    return [_header(data), _member_box(m), _key_figures(m), *_savings_summary(m), _gap(4),
            *_savings_detail(data, m), _gap(2), *_loans(data, m), _gap(4), *_purchases(m), _gap(6),
            _signature(data)]


def paginate(rows: list[Row], top: float = TOP, bottom: float = BOTTOM, top_after: float | None = None) -> list[Page]:
    """Cut rows into pages. A row that does not fit (with the room it keeps for what follows)
    opens a new page; a table row arriving on a new page brings its column heads along."""
    top_after = top - 12 if top_after is None else top_after  # room for the running head
    pages, y = [Page()], top
    for row in rows:
        if y - row.height - row.keep < bottom and pages[-1].rows:
            pages.append(Page())
            y = top_after
            if row.head is not None:
                pages[-1].rows.append((row.head, y))
                y -= row.head.height
        pages[-1].rows.append((row, y))
        y -= row.height
    return pages


def _furniture(c: Pen, data: MonthlyStatements, m: MemberMonth, page: int, total: int) -> None:
    if page > 1:
        _text(c, LEFT, TOP - 2, f"{m.member.member_no} · {m.member.name} · Rekening Koran Anggota periode "
                                f"{data.label}", size=7.5, color=GREY, width=WIDTH)
        _rule(c, TOP - 6, RED, 1)
    _rule(c, BOTTOM - 8, RULE, 0.5)
    _text(c, LEFT, BOTTOM - 17, f"Dicetak {local_datetime(data.printed_at, data.zone)} oleh {data.printed_by} · "
                                "Kopdes", size=7.5, color=GREY, width=WIDTH - 90)
    _text(c, RIGHT, BOTTOM - 17, f"{m.member.member_no} · Halaman {page} dari {total}", font=BOLD, size=7.5,
          color=GREY, right=True)


def render(data: MonthlyStatements, m: MemberMonth) -> list[str]:
    """One member's pages as PDF operators, ready for `put_pages`."""
    pages = paginate(member_rows(data, m))
    out = []
    for i, page in enumerate(pages, start=1):
        pen = Pen()
        for row, y in page.rows:
            row.draw(pen, y)
        _furniture(pen, data, m, i, len(pages))
        out.append(pen.ops())
    return out


def put_pages(c: Canvas, pages: Sequence[str]) -> None:
    for ops in pages:
        c._code.append(ops)  # the page's operators, as canvas.drawString would have added them
        c.showPage()


def _canvas(path: Path | str, title: str, data: MonthlyStatements, subject: str = "Rekening Koran Anggota") -> Canvas:
    c = Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    fonts = {name: c._doc.getInternalFontName(name) for name in FONT_REFS}
    if fonts != FONT_REFS:  # Pen writes these names; a reportlab that numbers fonts otherwise must not pass
        raise RuntimeError(f"reportlab named the fonts {fonts}, expected {FONT_REFS}")
    c.setTitle(pdf_text(title))
    c.setAuthor(pdf_text(data.cooperative.name))
    c.setCreator("Kopdes")
    c.setSubject(subject)
    return c


def save(c: Canvas) -> None:
    """Flate without ASCII85 (a third smaller and several times faster to write; the
    setting is read while saving, and either form is a valid PDF)."""
    was = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c.save()
    finally:
        rl_config.useA85 = was


def _blank() -> str:
    pen = Pen()
    text = "Halaman ini sengaja dikosongkan."
    _text(pen, (PAGE_W - width_of(text, FONT, 8)) / 2, PAGE_H / 2, text, size=8, color=GREY)
    return pen.ops()


def write_all(data: MonthlyStatements, combined: Path, paths: Sequence[Path],
              step: Callable[[int], None] | None = None, *, duplex: bool = False) -> int:
    """Each member's PDF at `paths[i]` and all of them in `combined`; `step(done)` after each
    member (it may raise to stop). With `duplex` a member's odd page count is made even in
    the combined PDF, so printed on both sides no sheet carries two members. Returns the
    combined PDF's page count. The caller writes into a staging folder: an interrupted run
    leaves files that are never moved into place."""
    whole = _canvas(combined, f"Rekening Koran Anggota {data.label} (semua anggota)", data)
    total = 0
    for i, (m, path) in enumerate(zip(data.members, paths, strict=True), start=1):
        pages = render(data, m)
        one = _canvas(path, f"Rekening Koran Anggota {m.member.member_no} {m.member.name} {data.label}", data)
        put_pages(one, pages)
        save(one)
        put_pages(whole, pages + [_blank()] if duplex and len(pages) % 2 else pages)
        total += len(pages) + (duplex and len(pages) % 2)
        if step is not None:
            step(i)
    save(whole)
    return total
