"""Any report table as XLSX: the cooperative and the title above a frozen header row,
rupiah cells `#,##0`, headings and totals in bold (values, not formulas), key totals on a
second sheet."""

from __future__ import annotations

from pathlib import Path

from app.documents.pdf_base import write_atomically
from app.domain.reports_table import COUNT, MONEY, QTY, TEXT, ReportTable

MONEY_FORMAT = "#,##0"


def report_xlsx(t: ReportTable, path: Path | str, *, cooperative_name: str) -> Path:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor="F3F3F3")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Laporan"
    ws["A1"] = cooperative_name
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"{t.title} - {t.subtitle}"
    ws["A2"].font = bold
    head = 4
    for i, c in enumerate(t.columns, start=1):
        cell = ws.cell(row=head, column=i, value=c.title)
        cell.font, cell.fill = bold, shade
        cell.alignment = Alignment(horizontal="left" if c.kind == TEXT else "right", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = max(10, int(c.width * 16))
    for n, row in enumerate(t.rows, start=head + 1):
        for i, (c, v) in enumerate(zip(t.columns, row.cells, strict=True), start=1):
            cell = ws.cell(row=n, column=i)
            if c.kind == QTY and isinstance(v, int):
                cell.value = v / 1000
                cell.number_format = "#,##0.###"
            elif v == "" or v is None:
                cell.value = None
            else:
                cell.value = v
                if c.kind in (MONEY, COUNT):
                    cell.number_format = MONEY_FORMAT
            if row.style:
                cell.font = bold
            if row.style == "total":
                cell.fill = shade
    ws.freeze_panes = ws.cell(row=head + 1, column=1)
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "landscape" if t.landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.right.text = "Halaman &P dari &N"
    summary = wb.create_sheet("Ringkasan")
    summary["A1"], summary["A1"].font = t.title, bold
    summary["A2"] = t.subtitle
    for n, (label, value) in enumerate(t.key_totals, start=4):
        summary.cell(row=n, column=1, value=label)
        c = summary.cell(row=n, column=2, value=value)
        c.number_format = MONEY_FORMAT
    for n, note in enumerate(t.notes, start=len(t.key_totals) + 5):
        summary.cell(row=n, column=1, value=note)
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 32, 20
    wb.properties.title = f"{t.title} {t.subtitle}"
    wb.properties.creator = "Kopdes"
    return write_atomically(path, lambda tmp: wb.save(tmp))
