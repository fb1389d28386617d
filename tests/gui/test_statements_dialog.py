"""Rekening Koran Bulanan from the Anggota page: who sees it, the progress bar, Cancel
(nothing written), a refusal, and the finish with the offer to open the combined PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from app.services import member_registry
from app.ui.pages import statements_dialog
from tests import pdf_probe
from tests.gui.conftest import WAIT_MS


@pytest.fixture
def out(tmp_path):
    """An empty folder (tmp_path holds the database too)."""
    folder = tmp_path / "rk"
    folder.mkdir()
    return folder


def members_tab(shell_for, username: str):
    shell = shell_for(username)
    page = shell.main_window.show_page("members")
    return page, page.members


def active_count(demo_ctx, login) -> int:
    return len(member_registry.list_members(demo_ctx.reader(), login("pengawas"), status="aktif", limit=1000))


def test_only_who_may_print_and_read_reports_gets_the_monthly_statements(shell_for):
    _page, tab = members_tab(shell_for, "kasir")
    assert tab.printing.monthly_action is None and tab.statement_button.menu() is None
    _page, tab = members_tab(shell_for, "bendahara")
    menu = tab.statement_button.menu()
    assert tab.statement_button.isEnabled()  # no member needed for the whole month
    assert [a.text() for a in menu.actions()] == ["Anggota ini…", "Rekening Koran Bulanan (semua anggota)…"]
    assert not tab.printing.statement_one_action.isEnabled()  # no member chosen yet
    tab.table.selectRow(0)
    assert tab.printing.statement_one_action.isEnabled()


def test_statements_are_written_with_progress_and_the_combined_pdf_is_offered(shell_for, qtbot, demo_ctx,
                                                                              login, out):
    _page, tab = members_tab(shell_for, "bendahara")
    tab.printing.monthly_action.trigger()
    dialog = tab.printing.dialog
    opened = []
    dialog.open_file = opened.append
    assert dialog.isVisible() and dialog.chosen_month() == "2026-10"  # last month by default
    dialog.folder.setText(str(out))
    dialog.duplex.setChecked(True)  # printed on both sides: every member on a new sheet
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.run_button.click()
    assert dialog.running and not dialog.run_button.isEnabled() and dialog.cancel_button.text() == "Batal"
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    count = active_count(demo_ctx, login)
    assert dialog.result.members == count and dialog.progress.value() == dialog.progress.maximum() == count
    assert len(seen) > 3 and seen == sorted(seen)  # it moved member by member
    assert "Rekening koran 2026-10" in dialog.message.text() and dialog.cancel_button.text() == "Tutup"
    combined = out / "rekening-koran-2026-10-semua.pdf"
    assert pdf_probe.page_count(combined) == dialog.result.pages and dialog.result.pages % 2 == 0
    assert len(list(out.glob("rekening-koran-2026-10-*.pdf"))) == count + 2
    box = dialog.box
    assert box.isVisible() and "Buka PDF gabungan sekarang?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert opened == [combined]


def test_cancel_stops_the_work_and_writes_nothing(shell_for, qtbot, out):
    _page, tab = members_tab(shell_for, "bendahara")
    dialog = tab.printing.open_monthly_dialog()
    dialog.folder.setText(str(out))
    (out / "catatan.txt").write_text("punya bendahara")

    def press_cancel(value: int) -> None:
        if value >= 3 and dialog.running:
            dialog.cancel_button.click()  # Batal while running stops the work, the dialog stays
    dialog.progress.valueChanged.connect(press_cancel)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.result is None and dialog.isVisible()
    assert "dibatalkan" in dialog.message.text()
    assert [p.name for p in out.iterdir()] == ["catatan.txt"]
    assert dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()  # Tutup
    assert not dialog.isVisible()


def test_a_missing_folder_or_a_month_not_begun_is_refused(shell_for, qtbot, out):
    _page, tab = members_tab(shell_for, "bendahara")
    dialog = tab.printing.open_monthly_dialog()
    dialog.folder.setText(str(out / "tidak-ada"))
    dialog.run_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "tidak ada" in dialog.message.text() and not dialog.progress.isVisible()
    assert not (out / "tidak-ada").exists()
    dialog.month.setDate(QDate(2026, 12, 1))  # the picker stops at this month
    assert dialog.chosen_month() == "2026-11"
    dialog.folder.setText(str(out))
    dialog.run_button.click()  # the running month is allowed: it runs to today
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.result is not None and dialog.result.month == "2026-11"
    dialog.box.reject()
    assert statements_dialog._last_month(QDate(2026, 1, 15).toPython()) == QDate(2025, 12, 1).toPython()
