"""Daftar Pembagian SHU: the PDF shows the key totals, the XLSX adds up, refusals leave no file."""

from __future__ import annotations

import openpyxl
import pytest

from app.domain.errors import DomainError, PermissionDenied
from app.domain.fmt import number
from app.services import ledger, shu, shu_documents, year_close
from tests.pdf_probe import page_sizes, shows


def test_the_list_of_a_closed_year_as_pdf_and_xlsx(demo_ctx, login, tmp_path, backend):
    b = login("bendahara")
    tmp_path = tmp_path / "out"  # tmp_path itself holds the fixture's data folder
    tmp_path.mkdir()
    with pytest.raises(DomainError) as err:
        shu_documents.export(demo_ctx.reader(), b, 2025, tmp_path / "x.pdf")
    assert err.value.code == "year_not_closed" and not list(tmp_path.iterdir())
    with pytest.raises(DomainError):
        shu_documents.export(demo_ctx.reader(), b, 2025, tmp_path / "x.doc", "doc")
    with pytest.raises(PermissionDenied):
        shu_documents.export(demo_ctx.reader(), login("kasir"), 2025, tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    year_close.close_year(demo_ctx.uow(), b, 2025)
    p = shu.compute(demo_ctx.reader(), b, 2025)
    pdf = shu_documents.export(demo_ctx.reader(), login("pengawas"), 2025, tmp_path / "shu.pdf").path
    w, h = page_sizes(pdf)[0]
    assert w > h  # landscape
    for text in ("DAFTAR PEMBAGIAN SHU", "Tahun buku 2025", number(p.shu_anggota_rp), number(p.jma_rp),
                 number(p.jua_rp), number(p.members_rp), "Ketua", "Bendahara", "Pengawas", p.shares[0].member_no):
        assert shows(pdf, text), text
    assert not shows(pdf, "(SIMULASI)")
    xlsx = shu_documents.export(demo_ctx.reader(), b, 2025, tmp_path / "shu.xlsx", "xlsx").path
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["Pembagian SHU"]
    assert ws.freeze_panes == "A2" and ws.max_row == len(p.shares) + 2
    totals = [c.value for c in ws[ws.max_row]]
    assert totals[6:9] == [p.jma_rp, p.jua_rp, p.members_rp]
    assert sum(ws.cell(row=r, column=9).value for r in range(2, ws.max_row)) == p.members_rp
    assert ws.cell(row=2, column=7).number_format == "#,##0"
    summary = [[c.value for c in row] for row in wb["Ringkasan"].iter_rows()]
    assert ["Jumlah SHU anggota", "100%", p.shu_anggota_rp] in summary
