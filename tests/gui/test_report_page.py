"""The Laporan page: every report opens on the table, exports to PDF and XLSX off the GUI
thread, and a bad choice shows a clear message."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.services import reports, reports_export
from tests import pdf_probe
from tests.gui.conftest import WAIT_MS


def _page(shell_for, username="bendahara"):
    shell = shell_for(username)
    page = shell.main_window.show_page("reports")
    return shell, page


def _wait_table(qtbot, page, title_part: str):
    qtbot.waitUntil(lambda: page.report is not None and title_part in page.report.title
                    and page.show_button.isEnabled(), timeout=WAIT_MS)


def _texts(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_every_report_opens_on_the_table(shell_for, qtbot):
    _shell, page = _page(shell_for)
    titles = {"neraca": "NERACA", "phu": "HASIL USAHA", "arus-kas": "ARUS KAS", "ekuitas": "EKUITAS",
              "trial-balance": "NERACA SALDO", "jurnal-umum": "JURNAL UMUM", "buku-besar": "BUKU BESAR",
              "kas-harian": "BUKU KAS", "penjualan": "PENJUALAN", "lpg": "LPG"}
    assert set(titles) == set(reports_export.NAMES)
    for name, part in titles.items():
        page.choose(name, "2026-11")
        _wait_table(qtbot, page, part)
        assert page.model.rowCount() > 1 and page.model.columnCount() == len(page.report.columns)
        assert page.account.isVisibleTo(page) == (name in ("buku-besar", "kas-harian"))


def test_neraca_and_phu_show_the_ledger_totals(shell_for, qtbot, demo_ctx, login):
    _shell, page = _page(shell_for)
    page.choose("neraca", "2026-10")
    _wait_table(qtbot, page, "NERACA")
    n = reports.neraca(demo_ctx.reader(), login("bendahara"), "2026-10")
    last = _texts(page.model, page.model.rowCount() - 1)
    assert last[1] == "Jumlah Kewajiban dan Ekuitas"
    assert last[2].replace(".", "") == str(n.total_aset_rp)
    page.choose("phu", "2026")
    _wait_table(qtbot, page, "HASIL USAHA")
    p = reports.phu(demo_ctx.reader(), login("bendahara"), "2026")
    last = _texts(page.model, page.model.rowCount() - 1)
    assert last[1] == "SISA HASIL USAHA"
    assert [v.replace(".", "") for v in last[2:5]] == [str(p.shu_anggota_rp), str(p.shu_non_anggota_rp),
                                                      str(p.shu_rp)]
    assert "Anggota" in [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]


@pytest.mark.parametrize("fmt_", ["pdf", "xlsx"])
def test_export_pdf_and_xlsx(shell_for, qtbot, tmp_path, fmt_):
    _shell, page = _page(shell_for, "pengawas")
    page.choose("phu", "2026-11")
    _wait_table(qtbot, page, "HASIL USAHA")
    target = tmp_path / f"phu.{fmt_}"
    page.export_to(target, fmt_)
    qtbot.waitUntil(lambda: page.last_export == target, timeout=WAIT_MS)
    assert "Tersimpan" in page.message.text()
    page.dialog.close()
    shu = next(v for label, v in page.report.key_totals if label == "SHU")
    if fmt_ == "pdf":
        assert pdf_probe.shows(target, "LAPORAN PERHITUNGAN HASIL USAHA")
        assert pdf_probe.shows(target, f"{shu:,}".replace(",", "."))
    else:
        ws = openpyxl.load_workbook(target)["Laporan"]
        assert shu in [c.value for row in ws.iter_rows() for c in row]


def test_a_missing_folder_is_a_clear_message(shell_for, qtbot, tmp_path):
    _shell, page = _page(shell_for)
    _wait_table(qtbot, page, "NERACA")
    page.export_to(tmp_path / "tidak-ada" / "neraca.pdf", "pdf")
    qtbot.waitUntil(lambda: page.show_button.isEnabled() and page.message.text() != "", timeout=WAIT_MS)
    assert "tidak ada" in page.message.text() and page.last_export is None


def test_the_cashier_has_no_report_page(shell_for):
    assert "reports" not in shell_for("kasir").main_window.page_keys()
