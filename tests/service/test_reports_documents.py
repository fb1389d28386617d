"""Every report as PDF and XLSX: the totals row of the table is found in both files."""

from __future__ import annotations

import openpyxl
import pytest

from app.documents.report_pdf import cell_text
from app.domain.errors import DomainError
from app.domain.reports_table import MONEY
from app.services import reports_export
from tests import pdf_probe


@pytest.fixture
def bendahara(login):
    return login("bendahara")


def test_every_report_prints_its_totals(demo_ctx, bendahara, tmp_path):
    for name in reports_export.NAMES:
        t = reports_export.table(demo_ctx.reader(), bendahara, name, "2026-11")
        total = [r for r in t.rows if r.style == "total"][-1]
        money = [v for c, v in zip(t.columns, total.cells, strict=True) if c.kind == MONEY and isinstance(v, int)]
        assert money, name
        pdf = reports_export.export(demo_ctx.reader(), bendahara, name, "2026-11", "pdf", tmp_path / f"{name}.pdf")
        assert pdf_probe.page_count(pdf) >= 1
        for v in money:
            assert pdf_probe.shows(pdf, cell_text(MONEY, v)), (name, v)
        for who in ("Ketua", "Bendahara", "Pengawas"):
            assert pdf_probe.shows(pdf, who), (name, who)
        xlsx = reports_export.export(demo_ctx.reader(), bendahara, name, "2026-11", "xlsx", tmp_path / f"{name}.xlsx")
        values = {c.value for row in openpyxl.load_workbook(xlsx)["Laporan"].iter_rows() for c in row}
        assert set(money) <= values, name


def test_bad_exports_write_nothing(demo_ctx, bendahara, tmp_path):
    tmp_path = tmp_path / "keluar"
    tmp_path.mkdir()
    with pytest.raises(DomainError, match="pdf atau xlsx"):
        reports_export.export(demo_ctx.reader(), bendahara, "neraca", "2026-11", "docx", tmp_path / "n.docx")
    with pytest.raises(DomainError, match="tidak dikenal"):
        reports_export.export(demo_ctx.reader(), bendahara, "laba", "2026-11", "pdf", tmp_path / "n.pdf")
    with pytest.raises(DomainError, match="folder"):
        reports_export.export(demo_ctx.reader(), bendahara, "neraca", "2026-11", "pdf", tmp_path)
    assert list(tmp_path.iterdir()) == []
