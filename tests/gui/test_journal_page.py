"""The Jurnal page: posting through the dialog, the balance gate, reversing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import ledger
from tests.gui.conftest import WAIT_MS


def _journal_page(shell_for, username="bendahara"):
    shell = shell_for(username)
    return shell, shell.main_window.show_page("journal")


def _fill_line(qtbot, line, account: str, debit: str = "", credit: str = "") -> None:
    line.account.setFocus()
    qtbot.keyClicks(line.account, account)  # type-ahead on the account code
    assert line.account.currentData() == account
    if debit:
        qtbot.keyClicks(line.debit, debit)
    if credit:
        qtbot.keyClicks(line.credit, credit)


def test_post_a_balanced_journal_through_the_dialog(shell_for, qtbot, demo_ctx, login):
    shell, page = _journal_page(shell_for)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.entry_dialog
    assert dialog.isVisible() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.memo, "Sewa etalase tambahan")
    first, second = dialog.lines
    _fill_line(qtbot, first, "5203", debit="12.500")
    _fill_line(qtbot, second, "1101", credit="12500")
    assert dialog.difference.text() == "Seimbang"
    assert dialog.total_debit.text() == "Debit: Rp12.500"
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    posted = page.selected_journal()
    assert posted is not None and posted.memo == "Sewa etalase tambahan"
    info = ledger.get_journal(demo_ctx.reader(), login("pengawas"), posted.number)
    assert info.uuid == str(dialog.uuid)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in info.lines] == [("5203", 12_500, 0),
                                                                         ("1101", 0, 12_500)]
    assert page.model.row_object(0).number == posted.number  # newest first
    assert page.lines_model.rowCount() == 2


def test_save_stays_disabled_while_the_journal_does_not_balance(shell_for, qtbot):
    _shell, page = _journal_page(shell_for)
    dialog = page.open_new_dialog()
    first, second = dialog.lines
    _fill_line(qtbot, first, "5204", debit="10.000")
    _fill_line(qtbot, second, "1101", credit="9.000")
    assert not dialog.save_button.isEnabled()
    assert dialog.difference.text() == "Selisih: Rp1.000"
    third = dialog.add_line()
    _fill_line(qtbot, third, "1102", credit="500")
    assert not dialog.save_button.isEnabled()
    assert dialog.difference.text() == "Selisih: Rp500"
    qtbot.keyClicks(third.credit, "0")  # 5000: now 9.000 + 5.000 credit vs 10.000 debit
    assert not dialog.save_button.isEnabled()
    third.credit.clear()
    qtbot.keyClicks(third.credit, "1.000")
    assert dialog.difference.text() == "Seimbang"
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_refused_journal_shows_the_details_and_the_retry_keeps_its_uuid(shell_for, qtbot, demo_ctx, login):
    _shell, page = _journal_page(shell_for)
    dialog = page.open_new_dialog()
    uuid = dialog.uuid
    first, second = dialog.lines
    _fill_line(qtbot, first, "5205", debit="20.000")
    _fill_line(qtbot, second, "1101", credit="20.000")
    dialog.save_button.click()  # no memo: the service refuses
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "Jurnal ditolak." in dialog.message.text()
    assert "Keterangan jurnal wajib diisi." in dialog.message.text()
    assert dialog.isVisible() and dialog.uuid == uuid
    qtbot.keyClicks(dialog.memo, "Beli map dan pulpen")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    number = page.selected_journal().number
    assert ledger.get_journal(demo_ctx.reader(), login("bendahara"), number).uuid == str(uuid)


def test_reverse_a_journal_through_the_page(shell_for, qtbot, demo_ctx, login):
    _shell, page = _journal_page(shell_for)
    qtbot.keyClicks(page.search, "Token listrik")  # the demo's sales push it off the first page
    qtbot.keyClick(page.search, "\r")
    wanted = lambda j: j.memo == "Token listrik gerai" and not j.reversed_by  # noqa: E731
    # the first page of the unfiltered list may still be showing: wait for the search's answer
    qtbot.waitUntil(lambda: page.model.find_row(wanted) >= 0, timeout=WAIT_MS)
    row = page.model.find_row(wanted)
    original = page.model.row_object(row).number
    page.table.selectRow(row)
    assert page.reverse_button.isEnabled()
    assert page.model.data(page.model.index(row, 5)) == "Diposting"
    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    dialog = page.reverse_dialog
    assert not dialog.confirm_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Salah akun, seharusnya beban sewa")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    info = ledger.get_journal(demo_ctx.reader(), login("pengawas"), original)
    assert info.reversed_by is not None and info.reversed_by.startswith("JB-")
    row = page.model.find_row(lambda j: j.number == original)
    assert page.model.data(page.model.index(row, 5)) == f"Dibalik oleh {info.reversed_by}"
    assert page.selected_journal().number == original
    assert "Dibalik oleh" in page.detail_title.text()
    assert not page.reverse_button.isEnabled()  # cannot reverse twice
    page.search.clear()
    qtbot.keyClicks(page.search, original)  # the reversal's memo names the original
    qtbot.keyClick(page.search, "\r")
    qtbot.waitUntil(lambda: page.model.find_row(lambda j: j.number == info.reversed_by) >= 0, timeout=WAIT_MS)
    reversal_row = page.model.find_row(lambda j: j.number == info.reversed_by)
    assert page.model.data(page.model.index(reversal_row, 5)) == f"Pembalikan dari {original}"


def test_search_filters_the_list(shell_for, qtbot):
    _shell, page = _journal_page(shell_for, "pengawas")
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "listrik")
    qtbot.keyClick(page.search, "\r")
    assert 0 < page.model.rowCount() < total
    assert all("listrik" in page.model.row_object(i).memo.lower() for i in range(page.model.rowCount()))
    assert page.count_label.text() == f"{page.model.rowCount()} jurnal"
