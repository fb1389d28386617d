"""Rekonsiliasi QRIS on real widgets over the demo outlet (which has QRIS sales of its own,
never settled): a captured-not-settled payment listed in red, on the first tab; a good
settlement file imported through the dialog settles it and posts its journal; a corrupt
file is refused row by row and changes nothing; a manual match and its unmatch; who sees
the page and who may act on it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from app.services import ledger
from app.services import qris_settlement as qs
from app.services import qris_settlement_report as qs_report
from app.ui.pages.qris_reconcile_dialogs import ImportDialog, MatchDialog, UnmatchDialog
from app.ui.style import RED
from tests.gui.conftest import WAIT_MS
from tests.service.shop_helpers import open_shift
from tests.service.test_qris_settlement import qris_sale

ACQUIRER_HEADER = "RRN;Transaction Time;Settlement Date;Amount;MDR\r\n"


@pytest.fixture
def day(demo_ctx, login, clock):
    """Three QRIS sales on 23 Nov (Rp50.000 with its RRN; twice Rp20.011 twenty minutes apart);
    then the clock moves to the next morning, when settlement files arrive."""
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    start = clock.now
    sales = {}
    for name, minutes, amount, ref in (("A", 0, 50_000, "612300000001"), ("B", 60, 20_011, "612300000002"),
                                       ("C", 80, 20_011, "612300000003")):
        clock.now = start + timedelta(minutes=minutes)
        sales[name] = qris_sale(demo_ctx, kasir, amount, ref).number
    clock.now = start + timedelta(days=1)
    return sales


def open_page(qtbot, shell_for, username: str = "bendahara"):
    shell = shell_for(username)
    page = shell.main_window.show_page("qris_reconcile")
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.report is not None, timeout=WAIT_MS)


def rows(model) -> list:
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_object(i) for i in range(model.rowCount())]


def yes(qtbot, box: QMessageBox) -> None:
    assert box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()


def import_through_dialog(qtbot, page, path) -> ImportDialog:
    file_dialog = page.choose_file()
    assert file_dialog is not None and "*.csv" in file_dialog.nameFilters()[0]
    file_dialog.fileSelected.emit(str(path))  # as when the user picks the file
    file_dialog.reject()
    dialog = page.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.preset.setCurrentIndex(dialog.preset.findData("settlement-acquirer"))
    assert "titik koma" in dialog.preset_info.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.message.objectName() == "errorText",
                    timeout=WAIT_MS)
    return dialog


def test_an_unsettled_payment_is_red_first_and_a_good_file_settles_it(qtbot, qtmodeltester, shell_for, day,
                                                                      demo_ctx, login, tmp_path):
    page = open_page(qtbot, shell_for)
    assert page.tabs.currentIndex() == 0 and page.tabs.tabText(0).startswith("Dibayar belum settle (")
    unsettled = rows(page.unsettled_model)
    assert day["A"] in [p.sale_no for p in unsettled]
    ages = [p.age_days for p in unsettled]
    assert ages == sorted(ages, reverse=True)  # the oldest first
    row = page.unsettled_model.find_row(lambda p: p.sale_no == day["A"])
    for column in range(page.unsettled_model.columnCount()):
        brush = page.unsettled_model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == QColor(RED)
    assert page.unsettled_model.index(row, 1).data() == "Rp50.000"
    qtmodeltester.check(page.unsettled_model)
    summary = page.report.summary
    assert page.summary.figures["unsettled"].text() == f"Rp{summary.unsettled_rp:,}".replace(",", ".")
    assert RED in page.summary.figures["unsettled"].styleSheet()
    assert page.alert.isVisible() and page.alert.text().startswith("Kemungkinan penipuan: ")
    assert page.import_button.isVisible()

    path = tmp_path / "settlement_20261124.csv"
    path.write_text(ACQUIRER_HEADER + "612300000001;2026-11-23 10:00:30;2026-11-24;5000000;0\r\n")
    dialog = import_through_dialog(qtbot, page, path)
    result = dialog.result
    assert result is not None and [m.sale_no for m in result.matched] == [day["A"]]
    assert result.journal_number.startswith("SQ-20261124-")
    assert result.journal_number in dialog.result_label.text() and not dialog.problem_list.isVisible()
    assert dialog.close_button.text() == "Tutup"
    dialog.close_button.click()
    assert not dialog.isVisible()
    wait_loaded(qtbot, page)
    assert day["A"] not in [p.sale_no for p in rows(page.unsettled_model)]
    assert page.report.summary.unsettled_count == summary.unsettled_count - 1
    assert result.journal_number in page.message.text()
    journal = ledger.get_journal(demo_ctx.reader(), login("pengawas"), result.journal_number)
    assert {(l.account, l.debit_rp, l.credit_rp) for l in journal.lines} == {("1102", 50_000, 0), ("1103", 0, 50_000)}
    assert [i.file_name for i in rows(page.imports_model)] == [path.name]
    assert [m.sale_no for m in rows(page.matched_model)] == [day["A"]]


def test_a_corrupt_file_is_refused_row_by_row_and_nothing_changes(qtbot, shell_for, day, demo_ctx, login, tmp_path):
    page = open_page(qtbot, shell_for)
    before = page.report
    journals = ledger.count_journals(demo_ctx.reader(), login("bendahara"))
    path = tmp_path / "rusak.csv"
    path.write_text(ACQUIRER_HEADER
                    + "612300000001;2026-11-23 10:00:30;2026-11-24;5000000;0\r\n"
                    + "612300000002;2026-11-23 11:00:10;2026-11-24;20.011,00;\r\n"
                    + "612300000003;kemarin;2026-11-24;2001100;\r\n")
    dialog = import_through_dialog(qtbot, page, path)
    assert dialog.result is None
    assert dialog.message.objectName() == "errorText"
    assert dialog.message.text().startswith("Impor rusak.csv ditolak: 2 dari 3 baris bermasalah.")
    problems = dialog.problem_lines()
    assert dialog.problem_list.isVisible() and len(problems) == 2
    assert problems[0].startswith("Baris 3") and problems[1].startswith("Baris 4")
    assert dialog.import_button.isEnabled()  # another preset may be tried
    dialog.reject()
    assert qs.list_imports(demo_ctx.reader(), login("bendahara")) == []
    assert ledger.count_journals(demo_ctx.reader(), login("bendahara")) == journals
    page.refresh()
    wait_loaded(qtbot, page)
    assert page.report.unsettled == before.unsettled and page.imports_model.rowCount() == 0


def test_a_manual_match_and_its_unmatch(qtbot, shell_for, day, demo_ctx, login, tmp_path):
    page = open_page(qtbot, shell_for)
    path = tmp_path / "settlement.csv"
    path.write_text(ACQUIRER_HEADER + ";2026-11-23 11:10:00;2026-11-24;2001100;\r\n"  # B or C: ambiguous
                    + "999900001111;2026-11-23 12:00:00;2026-11-24;1500000;\r\n")  # no such payment
    dialog = import_through_dialog(qtbot, page, path)
    assert dialog.result.matched == () and dialog.result.journal_number is None
    dialog.accept()
    wait_loaded(qtbot, page)
    assert page.tabs.tabText(2) == "Perlu diputuskan (1)"
    assert {l.amount_rp for l in rows(page.lines_model)} == {20_011, 15_000}

    # A wrong pair is refused in the dialog, which stays open.
    page.show_tab(1)
    assert page.select_row(page.lines_table, lambda l: l.amount_rp == 15_000)
    wrong = page.match_selected()
    assert isinstance(wrong, MatchDialog)
    wrong.sale_no.setText(day["A"])
    yes(qtbot, wrong.ask())
    qtbot.waitUntil(lambda: wrong.message.isVisibleTo(wrong), timeout=WAIT_MS)
    assert wrong.isVisible() and "Rp50.000" in wrong.message.text()
    wrong.reject()

    # The ambiguous line: its two candidates come first; the sale number typed.
    page.show_tab(2)
    assert page.select_row(page.decide_table, lambda d: d.item.amount_rp == 20_011)
    assert page.decide_button.isEnabled()
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    match = page.dialog
    assert isinstance(match, MatchDialog)
    assert {c.sale_no for c in rows(match.model)[:2]} == {day["B"], day["C"]}
    assert all(c.candidate for c in rows(match.model)[:2]) and not rows(match.model)[2].candidate
    match.sale_no.clear()
    qtbot.keyClicks(match.sale_no, day["C"].lower())
    box = match.ask()
    assert day["C"] in box.text()
    yes(qtbot, box)
    qtbot.waitUntil(lambda: not match.isVisible(), timeout=WAIT_MS)
    wait_loaded(qtbot, page)
    assert "jurnal SQ-20261124-" in page.message.text()
    [matched] = qs_report.list_matched(demo_ctx.reader(), login("bendahara"))
    assert (matched.sale_no, matched.kind, matched.gross_rp) == (day["C"], "manual", 20_011)
    assert matched.journal_number in page.message.text()
    assert day["C"] not in [p.sale_no for p in rows(page.unsettled_model)]
    assert page.decide_model.rowCount() == 0

    # Unmatch it from the matched tab, with a reason.
    page.show_tab(3)
    assert page.select_row(page.matched_table, lambda m: m.sale_no == day["C"])
    unmatch = page.unmatch_selected()
    assert isinstance(unmatch, UnmatchDialog) and not unmatch.unmatch_button.isEnabled()
    qtbot.keyClicks(unmatch.reason, "salah pilih, seharusnya B")
    yes(qtbot, unmatch.ask())
    qtbot.waitUntil(lambda: not unmatch.isVisible(), timeout=WAIT_MS)
    wait_loaded(qtbot, page)
    assert "dibatalkan — jurnal SQ-20261124-" in page.message.text()
    assert qs_report.list_matched(demo_ctx.reader(), login("bendahara")) == []
    assert page.matched_model.rowCount() == 0
    assert day["C"] in [p.sale_no for p in rows(page.unsettled_model)]
    journal = ledger.get_journal(demo_ctx.reader(), login("bendahara"), page.message.text().split("jurnal ")[-1][:-1])
    assert {(l.account, l.debit_rp, l.credit_rp) for l in journal.lines} == {("1103", 20_011, 0), ("1102", 0, 20_011)}


def test_a_kasir_does_not_see_the_page(shell_for):
    shell = shell_for("kasir")
    assert "qris_reconcile" not in shell.main_window.page_keys()


def test_a_pengawas_sees_the_page_but_cannot_import_or_match(qtbot, shell_for, day, tmp_path):
    shell = shell_for("pengawas")
    assert "Rekonsiliasi QRIS" in shell.main_window.page_titles()
    page = shell.main_window.show_page("qris_reconcile")
    wait_loaded(qtbot, page)
    assert day["A"] in [p.sale_no for p in rows(page.unsettled_model)]
    for b in (page.import_button, page.match_button, page.decide_button, page.unmatch_button):
        assert not b.isVisibleTo(page)
    assert page.choose_file() is None and page.open_import_dialog(tmp_path / "x.csv") is None
    assert page.open_match_dialog(1) is None and page.dialog is None
    assert "Hanya bendahara" in page.tabs.widget(1).findChildren(type(page.as_of))[0].text()
