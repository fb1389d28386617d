"""Member savings in the GUI, on the demo outlet: deposits and withdrawals through the real
dialog (live figures, the domain's refusals, one posting however often Save is pressed),
a reversal approved with another pengurus's PIN, jasa for a finished month, and
Pengaturan > Simpanan & Anggota for the pengurus (rules) and the admin (number pattern)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import fmt
from app.domain.members import MemberForm
from app.domain.savings import SavingsRules, SavingsType
from app.services import checks, ledger, member_registry, savings, settings
from app.ui.pages.savings_dialog import RupiahEdit, SavingsDialog
from app.ui.pages.savings_jasa_dialog import JasaDialog
from app.ui.pages.savings_reverse_dialog import ReverseSavingsDialog
from app.ui.pages.settings_page import SettingsPage
from tests.gui.conftest import WAIT_MS

NIK = "3203014508900003"  # female, born 5 Aug 1990


def _member(demo_ctx, login, nik: str = NIK, name: str = "Rina Marlina") -> str:
    form = MemberForm(name=name, nik=nik, birth_date=None, address="Kp. Sukamaju", rt="3", rw="5")
    return member_registry.register_member(demo_ctx.uow(), login("pengurus"), form).profile.member_no  # pokok paid


def _box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _moves(demo_ctx, login, no: str, stype: str | None = None) -> list:
    return savings.list_moves(demo_ctx.reader(), login("pengawas"), no, savings_type=stype)


def test_a_sukarela_deposit_shows_the_new_balance_and_the_movement(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    dialog = _open(qtbot, SavingsDialog(session_for("bendahara"), no))
    assert dialog.member_label.text() == f"{no} · Rina Marlina" and dialog.status_label.text() == "Aktif"
    assert [dialog.balance_labels[t].text() for t in ("pokok", "wajib", "sukarela")] == ["Rp100.000", "Rp0", "Rp0"]
    assert dialog.selected_type() is SavingsType.WAJIB  # pokok is paid: the wajib is what members come for
    assert dialog.standing_label.text() == "Tunggakan wajib 1 bulan (Rp20.000)"
    dialog.type_buttons[SavingsType.SUKARELA].click()
    assert dialog.history_title.text() == "Riwayat Simpanan Sukarela" and dialog.model.rowCount() == 0
    qtbot.keyClicks(dialog.amount, "1250000")
    assert dialog.amount.text() == "1.250.000"  # grouped while typing
    assert dialog.after_label.text() == "Saldo setelah transaksi: Rp1.250.000"
    assert dialog.ok_button.isEnabled() and not dialog.message.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData("transfer"))
    qtbot.keyClicks(dialog.memo, "hasil panen")
    qtbot.keyClick(dialog.memo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)

    move = dialog.outcome.move
    assert move.number.startswith("SS-") and move.method == "transfer" and move.memo == "hasil panen"
    assert dialog.balance_labels["sukarela"].text() == "Rp1.250.000"
    assert dialog.model.rowCount() == 1 and dialog.model.row_object(0).number == move.number
    assert dialog.model.data(dialog.model.index(0, 3)) == "Rp1.250.000"  # Masuk
    assert dialog.model.data(dialog.model.index(0, 5)) == "Rp1.250.000"  # Saldo
    box = _box()
    assert box.text() == (f"Setoran simpanan sukarela Rp1.250.000 tercatat dengan nomor {move.number}.\n"
                          "Saldo simpanan sukarela sekarang Rp1.250.000.\nSlip dikirim ke printer.")
    assert dialog.isVisible()  # until the number has been read
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.result() == SavingsDialog.DialogCode.Accepted
    assert savings.balances(demo_ctx.reader(), login("pengawas"), no)["sukarela"] == 1_250_000


def test_withdrawing_above_the_balance_is_refused_and_posts_nothing(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    pengurus = login("pengurus")
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 50_000)
    dialog = _open(qtbot, SavingsDialog(session_for("pengurus"), no, withdraw=True))
    assert dialog.withdrawing and dialog.selected_type() is SavingsType.SUKARELA
    assert not dialog.type_buttons[SavingsType.POKOK].isEnabled()
    assert not dialog.type_buttons[SavingsType.WAJIB].isEnabled()
    assert dialog.withdraw_note.isVisibleTo(dialog) and "dikembalikan seluruhnya saat keluar" in \
        dialog.withdraw_note.text()
    assert not dialog.wajib_row.isVisibleTo(dialog)  # quick amounts are for deposits
    before = len(_moves(demo_ctx, login, no))

    qtbot.keyClicks(dialog.amount, "60000")
    assert dialog.message.text() == "Saldo sukarela Rp50.000; paling banyak bisa diambil Rp50.000 (saldo minimum Rp0)."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.busy and dialog.outcome is None
    assert len(_moves(demo_ctx, login, no)) == before

    # Within the balance as the dialog knows it, but the balance moved meanwhile: the service decides.
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "40000")
    assert dialog.ok_button.isEnabled()
    savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 20_000)
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Saldo sukarela Rp30.000; paling banyak bisa diambil Rp30.000 (saldo minimum Rp0)."
    assert dialog.isVisible() and dialog.outcome is None and dialog.amount.text() == "40.000"
    assert dialog.balance_labels["sukarela"].text() == "Rp50.000"  # nothing else changes
    assert len(_moves(demo_ctx, login, no)) == before + 1  # only the withdrawal made behind its back


def test_pressing_save_twice_posts_once(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    dialog = _open(qtbot, SavingsDialog(session_for("pengurus"), no))
    times3 = next(b for b in dialog.quick_buttons if b.text() == "×3 60.000")
    dialog.type_buttons[SavingsType.SUKARELA].click()
    times3.click()  # picks the wajib as well as the amount
    assert dialog.selected_type() is SavingsType.WAJIB and dialog.amount.text() == "60.000"
    assert dialog.wajib_label.text() == "menutup 3 bulan; tidak ada tunggakan, Rp40.000 dibayar di muka"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "10000")
    assert dialog.wajib_label.text() == "belum menutup satu periode penuh; tunggakan tersisa Rp10.000"
    times3.click()

    dialog.ok_button.click()
    dialog.ok_button.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    dialog.confirm()  # after the answer, too
    qtbot.wait(50)
    moves = _moves(demo_ctx, login, no, "wajib")
    assert len(moves) == 1 and moves[0].uuid == str(dialog.uuid) and moves[0].amount_rp == 60_000
    # A retry whose first answer was lost carries the same UUID and gets the same movement back.
    again = savings.deposit(demo_ctx.uow(), login("pengurus"), no, "wajib", 60_000, uuid=dialog.uuid)
    assert again.move.number == dialog.outcome.move.number
    assert len(_moves(demo_ctx, login, no, "wajib")) == 1
    _box().button(QMessageBox.StandardButton.Ok).click()
    assert not dialog.isVisible()


def test_a_refused_save_keeps_its_uuid_for_the_retry(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    pengurus = login("pengurus")
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 30_000)
    dialog = _open(qtbot, SavingsDialog(session_for("pengurus"), no, withdraw=True))
    uuid = dialog.uuid
    qtbot.keyClicks(dialog.amount, "25000")
    savings.withdraw(demo_ctx.uow(), pengurus, no, "sukarela", 10_000)
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "paling banyak bisa diambil Rp20.000" in dialog.message.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "20000")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert dialog.uuid == uuid and dialog.outcome.move.uuid == str(uuid)
    assert dialog.outcome.move.number.startswith("TS-") and dialog.outcome.balances["sukarela"] == 0
    _box().button(QMessageBox.StandardButton.Ok).click()


def test_a_member_who_left_or_does_not_exist_cannot_be_posted_to(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    member_registry.exit_member(demo_ctx.uow(), login("pengurus"), no, "pindah ke kota")
    dialog = _open(qtbot, SavingsDialog(session_for("pengurus"), no))
    assert dialog.status_label.text() == "Keluar"
    assert "tidak bisa disetor atau ditarik" in dialog.message.text()
    assert not dialog.ok_button.isEnabled() and not dialog.amount.isEnabled()
    missing = _open(qtbot, SavingsDialog(session_for("pengurus"), "Z99999"))
    assert missing.message.text() == "Anggota 'Z99999' tidak ditemukan."
    assert not missing.ok_button.isEnabled()
    reader = _open(qtbot, SavingsDialog(session_for("pengawas"), no.lower()))  # may look, not post
    assert reader.member_label.text().startswith(no) and not reader.ok_button.isEnabled()


def test_rupiah_edit_groups_while_typing_and_keeps_the_cursor(qtbot):
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1234567")
    assert edit.text() == "1.234.567" and edit.amount() == 1_234_567
    edit.setCursorPosition(1)  # after the "1"
    qtbot.keyClicks(edit, "9")
    assert edit.text() == "19.234.567" and edit.cursorPosition() == 2
    edit.setCursorPosition(len(edit.text()))
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "1.923.456"


def test_reversal_refuses_a_wrong_pin_and_succeeds_with_a_pengurus_pin(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    dep = savings.deposit(demo_ctx.uow(), login("bendahara"), no, "sukarela", 75_000, memo="salah anggota")
    dialog = _open(qtbot, ReverseSavingsDialog(session_for("bendahara"), dep.move.number.lower()))
    facts = [dialog.facts.itemAt(r, dialog.facts.ItemRole.FieldRole).widget().text()
             for r in range(dialog.facts.rowCount())]
    assert dep.move.number in facts and f"{no} · Rina Marlina" in facts and "Rp75.000" in facts
    assert "Setoran simpanan sukarela" in facts and "salah anggota" in facts
    assert dialog.approval.isVisibleTo(dialog)
    assert dialog.approval.pin.echoMode() == dialog.approval.pin.EchoMode.Password

    dialog.confirm()
    assert dialog.message.text() == "Isi alasan pembalikan."
    qtbot.keyClicks(dialog.reason, "dicatat atas anggota yang salah")
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "654321")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Nama pengguna atau PIN salah."
    assert dialog.approval.pin.text() == "" and dialog.outcome is None
    assert savings.get_move(demo_ctx.reader(), login("pengawas"), dep.move.number).reversed_by is None

    dialog.approval.username.clear()
    qtbot.keyClicks(dialog.approval.username, "bendahara")  # herself
    qtbot.keyClicks(dialog.approval.pin, "123456")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Persetujuan harus dari pengguna lain."

    dialog.approval.username.clear()
    qtbot.keyClicks(dialog.approval.username, "pengurus")
    qtbot.keyClicks(dialog.approval.pin, "123456")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    rev = dialog.outcome.move
    assert rev.number.startswith("BS-") and rev.reverses_number == dep.move.number and rev.amount_rp == -75_000
    box = _box()
    assert box.text() == (f"{dep.move.number} dibalik dengan nomor {rev.number}.\n"
                          "Saldo simpanan sukarela Rina Marlina sekarang Rp0.")
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.result() == ReverseSavingsDialog.DialogCode.Accepted
    assert savings.get_move(demo_ctx.reader(), login("pengawas"), dep.move.number).reversed_by == rev.number
    assert not [c for c in checks.run_checks(demo_ctx.reader()).checks if not c.ok]

    again = _open(qtbot, ReverseSavingsDialog(session_for("bendahara"), dep.move.number))
    assert again.message.text() == f"{dep.move.number} sudah dibalik dengan {rev.number}."
    assert not again.ok_button.isEnabled()


def test_jasa_dialog_refuses_while_jasa_is_off_and_posts_when_on(session_for, qtbot, demo_ctx, login, clock):
    no = _member(demo_ctx, login)
    pengurus = login("pengurus")
    off = replace(savings.get_rules(demo_ctx.reader(), pengurus), jasa_annual_bp=0)
    savings.set_rules(demo_ctx.uow(), pengurus, off)  # whatever the demo chose
    savings.deposit(demo_ctx.uow(), pengurus, no, "sukarela", 1_000_000)
    clock.advance(days=55)  # 17 Jan 2027: December is over, held all month
    session = session_for("bendahara")

    dialog = _open(qtbot, JasaDialog(session))
    assert dialog.selected_month() == "2026-12" and dialog.month.currentText() == "Desember 2026"
    assert dialog.rate_label.text() == "tidak aktif (0%)"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.message.text() == "Jasa simpanan sukarela tidak diaktifkan (Pengaturan > Simpanan & Anggota)."
    assert dialog.outcome is None
    dialog.reject()

    savings.set_rules(demo_ctx.uow(), pengurus, replace(off, jasa_annual_bp=600))
    dialog = _open(qtbot, JasaDialog(session))
    assert dialog.rate_label.text() == "6% per tahun"
    assert dialog.rate_note.text().startswith("= 0,5% per bulan")
    held = savings.balances(demo_ctx.reader(), pengurus, no)["sukarela"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    result = dialog.outcome
    assert result.month == "2026-12" and result.journal_number.startswith("JA-") and result.members >= 1
    assert dialog.message.text() == (f"Jasa Desember 2026 diposting: {result.members} anggota, jumlah "
                                     f"{fmt.rupiah(result.total_rp)}, jurnal {result.journal_number}.")
    assert savings.balances(demo_ctx.reader(), pengurus, no)["sukarela"] == held + 5_000  # 1.000.000 × 0,5%
    assert not dialog.ok_button.isEnabled()  # posted: the same month is not offered again
    dialog.select_month("2026-11")
    dialog.select_month("2026-12")
    dialog.confirm()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == "Jasa simpanan bulan 2026-12 sudah diposting."
    dialog.reject()
    assert dialog.result() == JasaDialog.DialogCode.Accepted  # something was posted


def test_settings_tab_saves_the_rules_for_a_pengurus(session_for, qtbot, demo_ctx, login):
    no = _member(demo_ctx, login)
    pengurus = login("pengurus")
    savings.deposit(demo_ctx.uow(), pengurus, no, "wajib", 40_000)
    page = SettingsPage(session_for("pengurus"))
    qtbot.addWidget(page)
    tab = page.show_tab("savings")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Simpanan && Anggota"  # shown as "Simpanan & Anggota"
    assert tab.rules_save.isEnabled() and tab.pokok.isEnabled()
    assert not tab.pattern.isEnabled() and not tab.pattern_save.isEnabled()
    assert tab.pokok.text() == "100.000" and tab.wajib.text() == "20.000" and tab.sukarela_min.text() == "0"

    tab.wajib.clear()
    qtbot.keyClicks(tab.wajib, "25000")
    tab.period.setValue(1)
    tab.jasa.setValue(2.5)
    assert tab.jasa_bp() == 250 and tab.jasa_note.text().startswith("= 0,2083% per bulan")
    tab.sukarela_min.clear()
    qtbot.keyClicks(tab.sukarela_min, "10000")
    tab.save_rules()
    qtbot.waitUntil(lambda: tab.rules_message.text() == "Aturan simpanan disimpan.", timeout=WAIT_MS)
    assert savings.get_rules(demo_ctx.reader(), pengurus) == SavingsRules(100_000, 25_000, 1, 10_000, 250)

    # Wajib as a liability: confirmed first (cancel changes nothing), then reclassified in the books.
    tab.wajib_class.setCurrentIndex(tab.wajib_class.findData("kewajiban"))
    tab.save_rules()
    box = _box()
    assert "Simpanan Wajib akan dicatat sebagai kewajiban (sebelumnya ekuitas)" in box.text()
    held = savings.totals(demo_ctx.reader(), pengurus)["wajib"]  # the demo's members hold wajib too
    assert fmt.rupiah(held) in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not savings.get_rules(demo_ctx.reader(), pengurus).wajib_liability
    tab.save_rules()
    _box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.rules_message.text().startswith("Aturan simpanan disimpan. Saldo yang ada "
                                                                "direklasifikasi"), timeout=WAIT_MS)
    assert savings.get_rules(demo_ctx.reader(), pengurus).wajib_liability
    tb = {r.code: r for r in ledger.trial_balance(demo_ctx.reader(), login("bendahara")).rows}
    assert tb["2104"].credit_rp - tb["2104"].debit_rp == held
    assert not [c for c in checks.run_checks(demo_ctx.reader()).checks if not c.ok]

    tab.pokok.clear()
    qtbot.keyClicks(tab.pokok, "200000000")  # above the setting's bounds: the service says so
    tab.save_rules()
    qtbot.waitUntil(lambda: tab.rules_message.objectName() == "errorText", timeout=WAIT_MS)
    assert "Simpanan pokok" in tab.rules_message.text() and "100000000" in tab.rules_message.text()
    assert savings.get_rules(demo_ctx.reader(), pengurus).pokok_rp == 100_000


def test_settings_tab_saves_the_number_pattern_for_the_admin(session_for, qtbot, demo_ctx, login):
    page = SettingsPage(session_for("admin"))
    qtbot.addWidget(page)
    tab = page.show_tab("savings")
    assert not tab.rules_save.isEnabled() and not tab.pokok.isEnabled() and not tab.wajib_class.isEnabled()
    assert tab.pattern.isEnabled() and tab.pattern.text() == "A{seq:05}"
    assert tab.example.text() == "A00001, A00002, A00003, …"
    tab.pattern.setText("KDMP-{YYYY}-{seq:04}{x}")
    assert tab.pattern_message.text().startswith("Pola belum bisa dipakai: hanya {seq}")
    assert not tab.pattern_save.isEnabled()
    tab.pattern.setText("KDMP-{YYYY}-{seq:04}")
    assert tab.example.text() == "KDMP-2026-0001, KDMP-2026-0002, KDMP-2026-0003, …"
    assert tab.pattern_save.isEnabled()
    tab.pattern_save.click()
    qtbot.waitUntil(lambda: tab.pattern_message.objectName() == "okText", timeout=WAIT_MS)
    assert settings.read_all(demo_ctx.reader())["member.number_pattern"] == "KDMP-{YYYY}-{seq:04}"
    assert _member(demo_ctx, login).startswith("KDMP-2026-")


def test_the_tab_is_for_those_who_set_savings_or_settings(session_for, qtbot):
    for username, has_tab in (("kasir", False), ("bendahara", False), ("pengawas", False), ("pengurus", True),
                              ("admin", True)):
        page = SettingsPage(session_for(username))
        qtbot.addWidget(page)
        assert ("savings" in page.tab_keys()) is has_tab, username
