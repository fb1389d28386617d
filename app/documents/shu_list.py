"""Daftar Pembagian SHU, from `app.domain.shu.ShuListData`.

PDF (landscape A4): the cooperative's header; the year's SHU, its member and non-member
parts and the pools (part, percentage, rupiah; Cadangan with the non-member SHU); the rule
of the division; per member the basis figures (savings for jasa modal, purchases and loan
interest for jasa usaha), JMA, JUA, the total and a box for the member's paraf; a totals
row; signature lines for the ketua, the bendahara and the pengawas. A simulation says so
in its title. XLSX: the members on one sheet (header frozen and filtered, #,##0, a totals
row of values) and the pools on a second. Both written beside the target, then moved.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.documents.loan_pdf import CELL, H2, SMALL, b, build, header, numbered_canvas, p, signature_place
from app.documents.pdf_base import INK, SHADE, write_atomically
from app.domain.fmt import number, rupiah
from app.domain.shu import ShuListData, ShuPlan, basis_text, pct_text

PAGE = landscape(A4)
PAGE_W, PAGE_H = PAGE
LEFT = RIGHT = 12 * mm
TOP, BOTTOM = 13 * mm, 18 * mm
WIDTH = PAGE_W - LEFT - RIGHT
MONEY = "#,##0"
TITLE = "Daftar Pembagian SHU"
H2_FLOW = ParagraphStyle("h2_flow", H2, keepWithNext=0)  # the long table may start on page 1

COLUMNS = ("No", "No. anggota", "Nama anggota", "Simpanan (dasar JMA)", "Pembelian", "Jasa pinjaman",
           "Jasa modal (JMA)", "Jasa usaha (JUA)", "Jumlah SHU")
_WIDTHS_MM = (10, 24, None, 34, 30, 26, 30, 30, 30, 22)  # the last: paraf


def _title(plan: ShuPlan) -> str:
    return f"{TITLE} (simulasi)" if plan.simulated else TITLE


def _pool_rows(plan: ShuPlan) -> list[tuple[str, str, int]]:
    rows = [(pool.label, f"{pct_text(pool.pct)}%", pool.amount_rp) for pool in plan.pools]
    return rows


def _summary(plan: ShuPlan) -> Table:
    lines = [["SHU tahun buku", rupiah(plan.shu_rp)],
             ["SHU dari usaha dengan anggota (dibagi)", rupiah(plan.shu_anggota_rp)],
             ["SHU dari usaha dengan non-anggota (ke cadangan)", rupiah(plan.shu_non_anggota_rp)]]
    t = Table(lines, colWidths=[90 * mm, 40 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 8.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _pools(plan: ShuPlan) -> Table:
    rows: list[list] = [["Bagian", "%", "Jumlah (Rp)"]]
    rows += [[label, pct, number(amount)] for label, pct, amount in _pool_rows(plan)]
    rows.append(["Jumlah SHU anggota", "100%", number(plan.shu_anggota_rp)])
    rows.append(["Cadangan + SHU non-anggota", "", number(plan.cadangan_total_rp)])
    t = Table(rows, colWidths=[70 * mm, 18 * mm, 32 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -3), ["white", SHADE]),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                           ("FONT", (0, -2), (-1, -1), "Helvetica-Bold", 8),
                           ("LINEABOVE", (0, -2), (-1, -2), 0.8, INK)]))
    return t


def _members(plan: ShuPlan) -> Table:
    widths = [w * mm if w else None for w in _WIDTHS_MM]
    left = WIDTH - sum(w for w in widths if w)
    widths = [w if w else left for w in widths]
    rows: list[list] = [[*COLUMNS, "Paraf"]]
    for n, s in enumerate(plan.shares, start=1):
        rows.append([str(n), s.member_no, p(s.name, CELL), number(s.modal_rp), number(s.purchases_rp),
                     number(s.interest_rp), number(s.jma_rp), number(s.jua_rp), number(s.total_rp), ""])
    rows.append(["", "", b(f"Jumlah ({len(plan.shares)} anggota)", CELL), number(plan.total_modal_rp),
                 number(plan.total_purchases_rp), number(plan.total_interest_rp), number(plan.jma_rp),
                 number(plan.jua_rp), number(plan.jma_rp + plan.jua_rp), ""])
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (3, 0), (-2, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
             ("ROWBACKGROUNDS", (0, 1), (-1, -2), ["white", SHADE]),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
             ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
             ("FONT", (8, 1), (8, -1), "Helvetica-Bold", 8),
             ("LINEBELOW", (9, 1), (9, -2), 0.4, INK), ("ALIGN", (9, 0), (9, 0), "CENTER"),
             ("LEFTPADDING", (9, 0), (9, -1), 8)]  # a line to sign on
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def _signatures(d: ShuListData) -> KeepTogether:
    each = WIDTH / 3
    cells = [[p("Mengetahui,"), p("Ketua"), Spacer(1, 14 * mm), p("(" + "." * 40 + ")")],
             [p(signature_place(d.cooperative, d.printed_at, d.zone)), p("Bendahara"), Spacer(1, 14 * mm),
              p("(" + "." * 40 + ")")],
             [p("Diperiksa oleh,"), p("Pengawas"), Spacer(1, 14 * mm), p("(" + "." * 40 + ")")]]
    t = Table([cells], colWidths=[each] * 3)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 10), t])


def pdf(d: ShuListData, path: Path | str, *, compress: bool = True) -> Path:
    plan = d.plan
    title = _title(plan)
    canvas = numbered_canvas(PAGE, (LEFT, RIGHT, TOP, BOTTOM), f"{d.cooperative.name} · {title} {plan.year}",
                             d.printed_at, d.zone, d.printed_by)
    subtitle = ("Rancangan untuk Rapat Anggota Tahunan (belum dibukukan)" if plan.simulated
                else "Sisa Hasil Usaha untuk anggota")
    top = Table([[[p("Ringkasan", H2), _summary(plan), Spacer(1, 4), p(basis_text(plan.rules), SMALL)],
                  [p("Pembagian SHU bagian anggota", H2), _pools(plan)]]], colWidths=[WIDTH * 0.5, WIDTH * 0.5])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [*header(d.cooperative, WIDTH, title.upper(), subtitle, [f"Tahun buku {plan.year}"]), top]
    for w in plan.warnings:
        story.append(p(w, SMALL))
    story += [Spacer(1, 6), p("Pembagian per anggota", H2_FLOW), _members(plan), _signatures(d)]

    def write(tmp: str) -> None:
        build(tmp, PAGE, (LEFT, RIGHT, TOP, BOTTOM), story, canvas, title=f"{title} {plan.year}",
              author=d.cooperative.name, subject=TITLE, compress=compress)
    return write_atomically(path, write)


def xlsx(d: ShuListData, path: Path | str) -> Path:
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    plan = d.plan
    bold = Font(bold=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pembagian SHU"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font, cell.fill = bold, PatternFill("solid", fgColor="F3F3F3")
    for n, s in enumerate(plan.shares, start=1):
        ws.append([n, s.member_no, s.name, s.modal_rp, s.purchases_rp, s.interest_rp, s.jma_rp, s.jua_rp, s.total_rp])
        ws.cell(row=n + 1, column=3).data_type = "s"  # a name starting with '=' stays a name
    ws.append([None, None, f"Jumlah ({len(plan.shares)} anggota)", plan.total_modal_rp, plan.total_purchases_rp,
               plan.total_interest_rp, plan.jma_rp, plan.jua_rp, plan.jma_rp + plan.jua_rp])
    for cell in ws[ws.max_row]:
        cell.font = bold
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=9):
        for cell in row:
            cell.number_format = MONEY
    for i, width in enumerate((6, 13, 30, 20, 16, 15, 17, 17, 16), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{len(plan.shares) + 1}"
    ws.oddHeader.center.text = f"{d.cooperative.name} - {_title(plan)} {plan.year}"
    ws.page_setup.orientation = "landscape"

    pools = wb.create_sheet("Ringkasan")
    for row in ([d.cooperative.name], [_title(plan)], ["Tahun buku", plan.year], ["Dicetak oleh", d.printed_by], [],
                ["SHU tahun buku", plan.shu_rp], ["SHU anggota (dibagi)", plan.shu_anggota_rp],
                ["SHU non-anggota (ke cadangan)", plan.shu_non_anggota_rp], [], ["Bagian", "%", "Jumlah (Rp)"]):
        pools.append(row)
    pools["A1"].font = Font(bold=True, size=13)
    for cell in pools[pools.max_row]:
        cell.font = bold
    for label, pct, amount in _pool_rows(plan):
        pools.append([label, pct, amount])
    pools.append(["Jumlah SHU anggota", "100%", plan.shu_anggota_rp])
    pools.append(["Cadangan + SHU non-anggota", None, plan.cadangan_total_rp])
    for cell in pools[pools.max_row]:
        cell.font = bold
    pools.append([])
    pools.append([basis_text(plan.rules)])
    for row in pools.iter_rows(min_row=6, min_col=2, max_col=3):
        for cell in row:
            if isinstance(cell.value, int):
                cell.number_format = MONEY
    pools.column_dimensions["A"].width, pools.column_dimensions["B"].width = 36, 16
    pools.column_dimensions["C"].width = 18
    wb.properties.title = f"{_title(plan)} {plan.year}"
    wb.properties.creator = "Kopdes"
    return write_atomically(path, lambda tmp: wb.save(tmp))

