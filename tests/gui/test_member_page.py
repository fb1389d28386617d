"""The Anggota page on real widgets over the demo outlet (whatever members and savings it has):
registering through the dialog (the NIK fills the birth date and gender; a gender that
disagrees is flagged and nothing is written), searching, a kasir's read-only view, the
exit with its payout, the kasbon refusal, deposits and reversals through the savings
dialogs, the Tunggakan tab, and member cards and statements as PDFs."""

from __future__ import annotations

import csv
import os

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from app.domain import fmt
from app.domain.nik import mask_nik
from app.domain.savings import SavingsType
from app.services import loans, member_registry, savings
from app.ui.pages import member_print
from tests.gui.conftest import WAIT_MS

NEW_NIK = "3174054506900003"  # Jakarta Selatan, born 5 Jun 1990, a woman (day + 40): not a demo villager


def members_page(shell_for, username: str):
    shell = shell_for(username)
    page = shell.main_window.show_page("members")
    return shell, page, page.members


def rows(model) -> list:
    return [model.row_object(r) for r in range(model.rowCount())]


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def active_members(demo_ctx, login, *, kasbon: bool | None = None) -> list:
    """Profiles of active members (with or without kasbon), in number order."""
    pengawas = login("pengawas")
    out = []
    for m in member_registry.list_members(demo_ctx.reader(), pengawas, status="aktif", limit=1000):
        p = member_registry.get_profile(demo_ctx.reader(), pengawas, m.member_no)
        if kasbon is None or bool(p.credit_balance_rp) == kasbon:
            out.append(p)
    return out


def fill_form(qtbot, dialog, *, nik: str = NEW_NIK, name: str = "Neneng Hasanah") -> None:
    qtbot.keyClicks(dialog.nik, nik)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.birth_place, "Cianjur")
    qtbot.keyClicks(dialog.address, "Kp. Babakan No. 12")
    qtbot.keyClicks(dialog.rt, "3")
    qtbot.keyClicks(dialog.rw, "5")
    qtbot.keyClicks(dialog.phone, "0812-3456-7890")
    qtbot.keyClicks(dialog.occupation, "Pedagang")


def noisy_photo(path, width=2400, height=1800) -> None:
    """A photo that compresses badly (random pixels): megabytes as PNG."""
    image = QImage(os.urandom(width * height * 4), width, height, QImage.Format.Format_RGB32).copy()
    assert image.save(str(path), "PNG")


def test_pengurus_registers_a_member_through_the_dialog(shell_for, qtbot, demo_ctx, login, tmp_path):
    _shell, _page, tab = members_page(shell_for, "pengurus")
    pengurus = login("pengurus")
    before = member_registry.count_members(demo_ctx.reader(), pengurus)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible() and dialog.existing is None
    assert "Rp100.000" in dialog.pokok_label.text() and dialog.pokok.currentData() == "tunai"
    assert dialog.desa.text() == "Sukamaju"  # the cooperative's own village by default

    qtbot.keyClicks(dialog.nik, NEW_NIK[:10])
    assert "10 dari 16" in dialog.nik_status.text()
    qtbot.keyClicks(dialog.nik, NEW_NIK[10:])
    assert dialog.birth_date.date().toString("yyyy-MM-dd") == "1990-06-05"
    assert dialog.gender.currentData() == "P"
    assert "31.74.05" in dialog.nik_status.text() and not dialog.nik_problem
    fill_form(qtbot, dialog, nik="")
    big = tmp_path / "foto.png"
    noisy_photo(big)
    assert big.stat().st_size > 5 * 1024 * 1024
    assert dialog.set_photo_file(big)
    assert len(dialog.photo_data) <= 512 * 1024 and dialog.photo_data.startswith(b"\xff\xd8")

    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.message.text() == ""

    new = tab.current
    assert new is not None and new.name == "Neneng Hasanah" and new.gender == "P"
    assert member_registry.count_members(demo_ctx.reader(), pengurus) == before + 1
    selected = tab.selected_summary()
    assert selected is not None and selected.member_no == new.member_no
    row = tab.model.find_row(lambda m: m.member_no == new.member_no)
    assert cells(tab.model, row)[4] == "100.000"  # Pokok, paid at joining
    assert tab.profile.balances.values["pokok"].text() == "Rp100.000"
    assert tab.profile.moves_model.rowCount() == 1
    assert cells(tab.profile.moves_model, 0)[2:5] == ["Pokok", "Setoran", "Rp100.000"]
    profile = member_registry.get_profile(demo_ctx.reader(), pengurus, new.member_no)
    assert profile.balances["pokok"] == 100_000 and profile.pokok_due_rp == 0
    assert (profile.phone, profile.rt, profile.rw) == ("081234567890", "003", "005")
    assert member_registry.get_photo(demo_ctx.reader(), pengurus, new.member_no) == dialog.photo_data
    # A pengurus may reveal the NIK; it is masked until then.
    assert tab.profile.nik.text() == mask_nik(NEW_NIK)
    qtbot.mouseClick(tab.profile.reveal_button, Qt.MouseButton.LeftButton)
    assert tab.profile.nik.text() == NEW_NIK


def test_a_gender_that_disagrees_with_the_nik_registers_nothing(shell_for, qtbot, demo_ctx, login):
    _shell, _page, tab = members_page(shell_for, "pengurus")
    pengurus = login("pengurus")
    before = member_registry.count_members(demo_ctx.reader(), pengurus)
    dialog = tab.open_register_dialog()
    fill_form(qtbot, dialog)
    assert dialog.gender.currentData() == "P" and not dialog.nik_problem
    dialog.gender.setCurrentIndex(dialog.gender.findData("L"))
    assert dialog.nik_problem
    assert "Jenis kelamin tidak cocok dengan NIK" in dialog.nik_status.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
    assert "tidak cocok dengan NIK" in dialog.message.text()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.name.text() == "Neneng Hasanah" and dialog.nik.text() == NEW_NIK  # the input stays
    assert member_registry.count_members(demo_ctx.reader(), pengurus) == before
    assert member_registry.count_members(demo_ctx.reader(), pengurus, text=NEW_NIK) == 0
    # Several problems at once come back as a list.
    dialog.name.clear()
    dialog.phone.setText("12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nama wajib diisi" in dialog.message.text(), timeout=WAIT_MS)
    assert "- Nomor HP tidak sah" in dialog.message.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # Esc cancels
    assert not dialog.isVisible()
    assert member_registry.count_members(demo_ctx.reader(), pengurus) == before


def test_correcting_a_members_data(shell_for, qtbot, demo_ctx, login):
    member = active_members(demo_ctx, login)[3]
    _shell, _page, tab = members_page(shell_for, "pengurus")
    tab.select_member(member.member_no)
    dialog = tab.open_edit_dialog()
    assert dialog.windowTitle().endswith(member.member_no) and not dialog.join_date.isEnabled()
    assert dialog.name.text() == member.name
    assert not dialog.nik_problem or not member.nik  # the stored data agree with the NIK
    dialog.occupation.setText("Penyuluh pertanian")
    dialog.phone.setText("085712345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert tab.current.member_no == member.member_no and tab.profile.phone.text() == "085712345678"
    after = member_registry.get_profile(demo_ctx.reader(), login("pengawas"), member.member_no)
    assert after.occupation == "Penyuluh pertanian" and (after.name, after.nik) == (member.name, member.nik)


def test_search_by_name_number_and_nik(shell_for, qtbot, demo_ctx, login):
    pengawas = login("pengawas")
    total = member_registry.count_members(demo_ctx.reader(), pengawas)
    first = member_registry.list_members(demo_ctx.reader(), pengawas, limit=1)[0]
    target = active_members(demo_ctx, login)[6]
    _shell, _page, tab = members_page(shell_for, "pengurus")
    assert tab.count_label.text() == f"{fmt.number(total)} anggota"
    assert tab.model.rowCount() == min(total, 100)  # one page at first
    assert tab.current is None and tab.profile.empty.isVisibleTo(tab)  # until one is chosen
    tab.table.selectRow(0)
    assert tab.current.member_no == first.member_no
    qtbot.keyClicks(tab.search, target.name.lower())
    qtbot.waitUntil(lambda: all(target.name.lower() in m.name.lower() for m in rows(tab.model)), timeout=WAIT_MS)
    assert target.member_no in [m.member_no for m in rows(tab.model)]
    assert tab.count_label.text() == f"{tab.model.rowCount()} anggota"
    tab.search.clear()
    qtbot.keyClicks(tab.search, target.member_no.lower())
    qtbot.waitUntil(lambda: rows(tab.model) and rows(tab.model)[0].member_no == target.member_no, timeout=WAIT_MS)
    tab.table.selectRow(0)
    assert tab.current.name == target.name
    tab.search.setText(target.nik)
    qtbot.waitUntil(lambda: [m.member_no for m in rows(tab.model)] == [target.member_no], timeout=WAIT_MS)
    tab.search.setText("tidak ada orang ini")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    assert tab.count_label.text() == "0 anggota"


def test_the_list_is_loaded_a_page_at_a_time(shell_for, monkeypatch):
    calls = []
    real = member_registry.list_members

    def spy(uow, actor, **kwargs):
        calls.append(kwargs)
        return real(uow, actor, **kwargs)
    monkeypatch.setattr(member_registry, "list_members", spy)
    _shell, _page, tab = members_page(shell_for, "pengawas")
    assert calls and all(c["limit"] <= 100 for c in calls)
    tab.status.setCurrentIndex(tab.status.findData("keluar"))
    assert calls[-1]["status"] == "keluar" and {m.status for m in rows(tab.model)} <= {"keluar"}


def test_a_kasir_sees_the_page_read_only(shell_for, qtbot, demo_ctx, login):
    _shell, page, tab = members_page(shell_for, "kasir")
    assert page.tab_keys() == ["members", "arrears"]
    tab.table.selectRow(0)
    for b in (tab.new_button, tab.edit_button, tab.exit_button, tab.savings_button, tab.cards_button,
              tab.profile.reverse_button):
        assert not b.isVisibleTo(page), b.text()
    assert tab.statement_button.isVisibleTo(page)
    assert not tab.profile.reveal_button.isVisibleTo(page)
    assert not tab.profile.loan_line.isVisibleTo(page)  # loans are not the kasir's business
    assert not tab.profile.bottom_tabs.isTabVisible(tab.profile.loans_tab_index)
    nik = member_registry.get_profile(demo_ctx.reader(), login("pengurus"), tab.current.member_no).nik
    assert tab.profile.nik.text() == mask_nik(nik) != nik
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.search, Qt.Key.Key_F5)
    assert tab.dialog is None and tab.open_register_dialog() is None and tab.open_exit_dialog() is None


def test_the_exit_dialog_pays_out_and_the_member_leaves(shell_for, qtbot, demo_ctx, login):
    member = active_members(demo_ctx, login, kasbon=False)[-1]
    savings.deposit(demo_ctx.uow(), login("bendahara"), member.member_no, "sukarela", 30_000)
    balances = savings.balances(demo_ctx.reader(), login("pengawas"), member.member_no)
    total = sum(balances.values())
    _shell, _page, tab = members_page(shell_for, "pengurus")
    tab.select_member(member.member_no)
    assert tab.current.credit_balance_rp == 0
    dialog = tab.open_exit_dialog()
    assert [dialog.amounts[t].text() for t in ("pokok", "wajib", "sukarela")] == [
        fmt.rupiah(balances[t]) for t in ("pokok", "wajib", "sukarela")]
    assert dialog.total.text() == fmt.rupiah(total) and fmt.rupiah(total) in dialog.confirm_button.text()
    assert not dialog.confirm_button.isEnabled()  # a reason first
    dialog.status.setCurrentIndex(dialog.status.findData("keluar"))
    qtbot.keyClicks(dialog.reason, "Pindah domisili ke Bandung")
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert tab.current.member_no == member.member_no and tab.current.status == "keluar"
    assert tab.profile.status.text() == "Keluar"
    assert tab.profile.owed.text().startswith("Keluar sejak 23 Nov 2026: Pindah domisili ke Bandung.")
    assert tab.profile.balances.values["total"].text() == "Rp0"
    row = tab.model.find_row(lambda m: m.member_no == member.member_no)
    assert cells(tab.model, row)[2] == "Keluar"
    assert not tab.exit_button.isEnabled() and not tab.savings_button.isEnabled()
    assert fmt.rupiah(total) in tab.message.text()
    profile = member_registry.get_profile(demo_ctx.reader(), login("pengawas"), member.member_no)
    assert profile.status == "keluar" and profile.exit_reason == "Pindah domisili ke Bandung"
    kinds = [m.kind for m in savings.list_moves(demo_ctx.reader(), login("pengawas"), member.member_no)]
    assert kinds.count("keluar") == sum(1 for v in balances.values() if v > 0)
    tab.status.setCurrentIndex(tab.status.findData("keluar"))
    assert member.member_no in [m.member_no for m in rows(tab.model)]


def test_the_exit_is_refused_while_kasbon_is_open(shell_for, qtbot, demo_ctx, login):
    pengawas = login("pengawas")
    debtor = active_members(demo_ctx, login, kasbon=True)[0]
    owing, kasbon = debtor.member_no, debtor.credit_balance_rp
    _shell, _page, tab = members_page(shell_for, "pengurus")
    tab.select_member(owing)
    assert tab.profile.kasbon.text().startswith("Kasbon: ") and fmt.rupiah(kasbon) in tab.profile.kasbon.text()
    dialog = tab.open_exit_dialog()
    assert dialog.warning.isVisibleTo(dialog) and "kasbon" in dialog.warning.text()
    qtbot.keyClicks(dialog.reason, "Pindah")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
    assert "lunasi dulu sebelum keluar" in dialog.message.text() and dialog.isVisible()
    assert member_registry.get_profile(demo_ctx.reader(), pengawas, owing).status == "aktif"


def test_deposit_through_the_savings_dialog_then_reverse_it(shell_for, qtbot, demo_ctx, login):
    member = active_members(demo_ctx, login)[2]
    before = member.balances["sukarela"]
    _shell, _page, tab = members_page(shell_for, "bendahara")
    assert not tab.new_button.isVisibleTo(tab) and not tab.exit_button.isVisibleTo(tab)
    tab.select_member(member.member_no)
    qtbot.keyClick(tab.table, Qt.Key.Key_F5)
    dialog = tab.dialog
    assert dialog is not None and dialog.member_no == member.member_no
    dialog.select_type(SavingsType.SUKARELA)
    dialog.amount.setText("75.000")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.box is not None, timeout=WAIT_MS)
    dialog.box.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert tab.profile.balances.values["sukarela"].text() == fmt.rupiah(before + 75_000)
    number = tab.profile.moves_model.row_object(0).number
    assert tab.profile.select_move(number) and tab.profile.reverse_button.isEnabled()

    reverse = tab.open_reverse_dialog()
    assert reverse.number == number
    qtbot.keyClicks(reverse.reason, "Salah anggota")
    qtbot.keyClicks(reverse.approval.username, "pengurus")
    qtbot.keyClicks(reverse.approval.pin, "123456")
    reverse.confirm()
    qtbot.waitUntil(lambda: reverse.box is not None, timeout=WAIT_MS)
    reverse.box.accept()
    qtbot.waitUntil(lambda: not reverse.isVisible(), timeout=WAIT_MS)
    assert tab.profile.balances.values["sukarela"].text() == fmt.rupiah(before)
    model = tab.profile.moves_model
    first, second = model.row_object(0), model.row_object(1)
    assert first.reverses_number == number and second.reversed_by == first.number
    assert f"dibalik oleh {first.number}" in cells(model, 1)[8]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).strikeOut()
    tab.profile.select_move(number)
    assert not tab.profile.reverse_button.isEnabled()  # once only


def test_the_arrears_tab_lists_who_owes(shell_for, qtbot, demo_ctx, login, tmp_path):
    bendahara = login("bendahara")
    members = active_members(demo_ctx, login)
    debtor = next(p for p in members if p.wajib.owed_rp)
    payer = next(p for p in members if p.member_no != debtor.member_no and (p.wajib.owed_rp or p.pokok_due_rp))
    if payer.pokok_due_rp:  # pays up before the list is opened
        savings.deposit(demo_ctx.uow(), bendahara, payer.member_no, "pokok", payer.pokok_due_rp)
    if payer.wajib.owed_rp:
        savings.deposit(demo_ctx.uow(), bendahara, payer.member_no, "wajib", payer.wajib.owed_rp)
    _shell, page, tab = members_page(shell_for, "pengurus")
    arrears = page.show_tab("arrears")
    qtbot.waitUntil(lambda: arrears.model.rowCount() > 0, timeout=WAIT_MS)
    owing = {r.member_no: r for r in rows(arrears.model)}
    assert payer.member_no not in owing and debtor.member_no in owing
    totals = [r.total_owed_rp for r in rows(arrears.model)]
    assert totals == sorted(totals, reverse=True)  # most owed first
    row = owing[debtor.member_no]
    assert (row.months_owed, row.wajib_owed_rp, row.pokok_owed_rp) == (
        debtor.wajib.months_owed, debtor.wajib.owed_rp, debtor.pokok_due_rp)
    shown = cells(arrears.model, arrears.model.find_row(lambda r: r.member_no == debtor.member_no))
    assert shown[:2] == [debtor.member_no, debtor.name] and shown[3] == str(debtor.wajib.months_owed)
    assert shown[4] == fmt.rupiah(debtor.wajib.owed_rp) and shown[6] == fmt.rupiah(row.total_owed_rp)
    assert arrears.total.text().startswith(f"{len(owing)} anggota menunggak")
    assert fmt.rupiah(sum(totals)) in arrears.total.text()

    path = tmp_path / "tunggakan.csv"
    arrears.export_to(path)
    qtbot.waitUntil(lambda: arrears.message.isVisible(), timeout=WAIT_MS)
    with path.open(encoding="utf-8-sig") as f:
        exported = list(csv.reader(f))
    assert exported[0][0] == "no_anggota" and len(exported) == len(owing) + 1
    assert [debtor.member_no, debtor.name] in [r[:2] for r in exported]

    # Paying it off (from the page) takes the member off the list.
    savings.deposit(demo_ctx.uow(), bendahara, debtor.member_no, "wajib", debtor.wajib.owed_rp)
    if debtor.pokok_due_rp:
        savings.deposit(demo_ctx.uow(), bendahara, debtor.member_no, "pokok", debtor.pokok_due_rp)
    page.members.savings_changed.emit()
    qtbot.waitUntil(lambda: arrears.model.find_row(lambda r: r.member_no == debtor.member_no) < 0,
                    timeout=WAIT_MS)
    # A double click opens the member on the list tab.
    arrears._open_member(arrears.model.index(0, 0))
    assert page.tabs.currentWidget() is page.members
    assert page.members.current.member_no == arrears.model.row_object(0).member_no


def test_cards_and_statement_are_written_as_pdfs(shell_for, qtbot, demo_ctx, login, tmp_path, monkeypatch):
    member = active_members(demo_ctx, login)[1]
    savings.deposit(demo_ctx.uow(), login("bendahara"), member.member_no, "sukarela", 25_000)
    _shell, _page, tab = members_page(shell_for, "pengurus")
    tab.select_member(member.member_no)
    printing = tab.printing
    asked, opened = [], []
    chosen = iter([tmp_path / "kartu.pdf", tmp_path / "semua.pdf", tmp_path / "rekening.pdf"])

    def save_name(_parent, title, proposed, _filter):
        asked.append((title, proposed))
        return str(next(chosen)), "PDF (*.pdf)"
    monkeypatch.setattr(member_print.QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(member_print, "open_file", lambda path: opened.append(path))

    printing.card_one_action.trigger()  # Cetak Kartu > Kartu anggota ini…
    qtbot.waitUntil(lambda: printing.last_pdf == tmp_path / "kartu.pdf", timeout=WAIT_MS)
    assert asked[-1][1].endswith(f"kartu-{member.member_no}.pdf")
    assert (tmp_path / "kartu.pdf").read_bytes().startswith(b"%PDF")
    assert "Kartu anggota tersimpan" in tab.message.text()
    box = printing.dialog
    assert box.isVisible() and "Buka sekarang?" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()  # Buka PDF
    assert opened == [tmp_path / "kartu.pdf"]

    printing.card_all_action.trigger()  # every active member, on A4 sheets
    qtbot.waitUntil(lambda: printing.last_pdf == tmp_path / "semua.pdf", timeout=WAIT_MS)
    assert (tmp_path / "semua.pdf").stat().st_size > (tmp_path / "kartu.pdf").stat().st_size
    printing.dialog.reject()

    dialog = printing.open_statement_dialog()
    assert dialog.chosen_month() == "2026-11"
    dialog.month.setDate(QDate(2026, 10, 1))
    dialog.accept()
    qtbot.waitUntil(lambda: printing.last_pdf == tmp_path / "rekening.pdf", timeout=WAIT_MS)
    assert asked[-1][1].endswith(f"rekening-koran-{member.member_no}-2026-10.pdf")
    assert (tmp_path / "rekening.pdf").read_bytes().startswith(b"%PDF")
    assert "Rekening koran tersimpan" in tab.message.text()
    assert opened == [tmp_path / "kartu.pdf"]  # only when asked


def test_a_kasir_may_print_a_statement_but_not_cards(shell_for, qtbot, demo_ctx, login, tmp_path):
    _shell, page, tab = members_page(shell_for, "kasir")
    assert not tab.cards_button.isVisibleTo(page) and tab.statement_button.isVisibleTo(page)
    assert not tab.statement_button.isEnabled()  # no member chosen yet
    tab.table.selectRow(0)
    path = tmp_path / "rekening.pdf"
    tab.printing.statement_to(tab.current.member_no, "2026-11", path)
    qtbot.waitUntil(lambda: tab.printing.last_pdf == path, timeout=WAIT_MS)
    assert path.read_bytes().startswith(b"%PDF")
    tab.printing.dialog.reject()


def test_the_profile_shows_the_members_loans_and_opens_one(shell_for, qtbot, demo_ctx, login):
    """A demo borrower in arrears: the profile's loan box says how late, lists the loans, and a
    double click opens the loan on the Pinjaman page."""
    pengawas = login("pengawas")
    late = max(loans.list_loans(demo_ctx.reader(), pengawas, status="cair"), key=lambda s: s.days_past_due)
    assert late.days_past_due > 0
    shell, _page, tab = members_page(shell_for, "bendahara")
    tab.select_member(late.member_no)
    box, profile = tab.profile.loans, tab.profile
    theirs = loans.list_loans(demo_ctx.reader(), pengawas, member_no=late.member_no)
    assert profile.loan_line.isVisibleTo(tab) and profile.loan_line.text() == (
        f"Pinjaman: sisa {fmt.rupiah(late.outstanding_rp)} · menunggak {late.days_past_due} hari "
        f"({late.kolektibilitas})")
    assert f"menunggak {late.days_past_due} hari" in box.summary.text()
    assert profile.bottom_tabs.tabText(profile.loans_tab_index) == f"Pinjaman ({len(theirs)})"
    profile.bottom_tabs.setCurrentIndex(profile.loans_tab_index)
    assert box.isVisibleTo(tab) and box.member_no == late.member_no
    assert box.model.rowCount() == len(theirs) and cells(box.model, 0)[0] == theirs[0].number
    assert cells(box.model, 0)[6:] == [str(late.days_past_due), late.kolektibilitas]
    row = box.model.find_row(lambda s: s.number == late.number)
    box.table.doubleClicked.emit(box.model.index(row, 0))
    window = shell.main_window
    assert window.stack.currentWidget() is window.page("loans")
    assert window.page("loans").loans.current.number == late.number

    never = next(m.member_no for m in member_registry.list_members(demo_ctx.reader(), pengawas, status="aktif")
                 if not loans.list_loans(demo_ctx.reader(), pengawas, member_no=m.member_no))
    window.show_page("members")
    tab.select_member(never)
    assert box.summary.text() == "Belum pernah meminjam." and box.model.rowCount() == 0
    assert profile.loan_line.text() == "Pinjaman: belum pernah meminjam"
    assert profile.bottom_tabs.tabText(profile.loans_tab_index) == "Pinjaman"
