"""The Pinjaman page on real widgets over the demo outlet with a product of its own: the
application wizard's live preview (the OJK example), applying through it (refusals inline,
nothing written), the four-eyes rule in the approval queue and a second pengurus approving,
disbursement, a repayment whose allocation is shown before it is saved and that posts once
however often Save is pressed, early settlement, a loan in arrears (colour, Tunggakan tab,
the member's box) rescheduled, written off and recovered, the product editor, and who sees
what (a kasir not at all, a pengawas read-only)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import fmt
from app.domain.members import MemberForm
from app.services import auth, checks, ledger, loan_payments, loan_products, loan_reports, loans, member_registry
from app.services import settings
from app.ui.pages.loan_dialogs import DecisionDialog
from app.ui.pages.loan_labels import pct
from app.ui.pages.loan_member_box import MemberLoansBox
from app.ui.pages.loan_payment_dialogs import LoanPaymentDialog, LoanSettlementDialog
from app.ui.pages.loan_wizard import LoanWizard
from tests.gui.conftest import WAIT_MS, log_in

PRODUCT = {"code": "UMUM", "name": "Pinjaman Umum", "min_amount_rp": 500_000, "max_amount_rp": 20_000_000,
           "min_term": 3, "max_term": 24, "rate_pct": "17", "rate_period": "tahun", "method": "flat",
           "fee_kind": "percent", "fee_value": "1", "fee_mode": "potong",
           "penalty": {"kind": "percent_month", "percent_per_month": "2", "grace_days": 3},
           "round_to": 100, "prepay_rule": "kurangi_tenor", "early_interest": "bulan_berjalan", "max_open_loans": 1}
SECOND_PIN = "482913"


@pytest.fixture
def member(demo_ctx, login) -> str:
    """A member of our own (pokok paid) and the product UMUM (flat 17% a year, 1% fee, 2% penalty)."""
    pengurus = login("pengurus")
    loan_products.save_product(demo_ctx.uow(), pengurus, PRODUCT)
    return member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(
        "Rina Marlina", "3203014508900003", None, "Kp. Sukamaju")).profile.member_no


def loans_page(shell_for, username: str):
    shell = shell_for(username)
    page = shell.main_window.show_page("loans")
    return shell, page, page.loans


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def close_box() -> str:
    b = box()
    text = b.text()
    b.button(QMessageBox.StandardButton.Ok).click()
    return text


def approved(demo_ctx, login, no: str, principal: int = 6_000_000, term: int = 6) -> str:
    applied = loans.apply_loan(demo_ctx.uow(), login("bendahara"), no, "UMUM", principal, term, purpose="Modal warung")
    loans.approve_loan(demo_ctx.uow(), login("pengurus"), applied.number)
    return applied.number


def running(demo_ctx, login, no: str, principal: int = 6_000_000, term: int = 6) -> str:
    number = approved(demo_ctx, login, no, principal, term)
    loans.disburse_loan(demo_ctx.uow(), login("bendahara"), number)
    return number


def books_agree(demo_ctx) -> None:
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]


def second_pengurus(demo_ctx, login) -> None:
    auth.create_user(demo_ctx.uow(), login("admin"), "ketua", "Ketua Koperasi", SECOND_PIN, ["pengurus"])


def test_the_wizard_previews_the_ojk_example_live_and_applies(shell_for, qtbot, demo_ctx, login, member):
    _shell, page, tab = loans_page(shell_for, "pengurus")
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    wizard = tab.dialog
    assert isinstance(wizard, LoanWizard) and wizard.isVisible()
    assert not wizard.ok_button.isEnabled() and wizard.installment_label.text() == "—"

    qtbot.keyClicks(wizard.search, member)
    qtbot.keyClick(wizard.search, Qt.Key.Key_Return)  # looks the member up; does not submit
    assert wizard.member is not None and wizard.member.member_no == member
    assert wizard.member_label.text() == (f"{member} · Rina Marlina · simpanan Rp100.000 · 0 pinjaman "
                                          "berjalan/diajukan")
    wizard.product.setCurrentIndex(wizard.product.findData("UMUM"))  # beside the demo's three products
    assert wizard.limits.text().startswith("Plafon Rp500.000 – Rp20.000.000 · jangka 3–24 bulan")
    qtbot.keyClicks(wizard.amount, "12000000")
    wizard.term.setValue(12)
    assert wizard.amount.text() == "12.000.000"
    # OJK's booklet: Rp12.000.000, flat 17% a year, 12 months.
    assert wizard.installment_label.text() == "Angsuran Rp1.170.000 per bulan"
    assert wizard.effective_label.text() == "Bunga flat 17%/tahun setara efektif ±30,03%/tahun"
    assert wizard.totals_label.text() == "Total bunga Rp2.040.000 · total dibayar Rp14.040.000 dalam 12 bulan"
    assert wizard.fee_label.text() == ("biaya adm. Rp120.000 (1%), dipotong saat pencairan: diterima anggota "
                                       "Rp11.880.000")
    assert wizard.schedule_model.rowCount() == 12
    assert cells(wizard.schedule_model, 0)[2:] == ["Rp1.000.000", "Rp170.000", "Rp1.170.000", "Rp11.000.000"]
    assert cells(wizard.schedule_model, 11)[2:] == ["Rp1.000.000", "Rp170.000", "Rp1.170.000", "Rp0"]
    assert not wizard.ok_button.isEnabled()  # no purpose yet

    wizard.amount.clear()
    qtbot.keyClicks(wizard.amount, "25000000")  # above the product's limit: refused inline
    assert wizard.message.text() == "Pinjaman Umum: jumlah pinjaman Rp500.000 sampai Rp20.000.000."
    qtbot.keyClicks(wizard.purpose, "Modal warung sembako")
    assert not wizard.ok_button.isEnabled()
    qtbot.keyClick(wizard.purpose, Qt.Key.Key_Return)
    assert not wizard.busy and wizard.outcome is None
    assert loans.list_loans(demo_ctx.reader(), login("pengawas"), member_no=member) == []  # nothing written

    wizard.amount.clear()
    qtbot.keyClicks(wizard.amount, "12000000")
    assert not wizard.message.isVisibleTo(wizard) and wizard.ok_button.isEnabled()
    qtbot.keyClicks(wizard.collateral, "BPKB motor")
    qtbot.keyClick(wizard.collateral, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=WAIT_MS)
    info = wizard.outcome
    assert (info.status, info.principal_rp, info.term, info.purpose, info.collateral, info.applied_by) == (
        "diajukan", 12_000_000, 12, "Modal warung sembako", "BPKB motor", "pengurus")
    assert close_box() == (f"Pengajuan {info.number} tercatat: Rp12.000.000 untuk Rina Marlina, 12 bulan.\n"
                           "Menunggu persetujuan pengurus.")
    assert not wizard.isVisible()
    assert tab.current is not None and tab.current.number == info.number  # the list shows it
    waiting = loans.count_loans(demo_ctx.reader(), login("pengawas"), status="diajukan")  # the demo's and ours
    assert page.tabs.tabText(page.tabs.indexOf(page.approval)) == f"Persetujuan ({waiting})"
    # The one who entered it may not decide it: the buttons say why.
    assert tab.approve_button.isVisible() and not tab.approve_button.isEnabled()
    assert "Aturan empat mata" in tab.four_eyes_note.text() and tab.four_eyes_note.isVisibleTo(tab)


def test_the_applicant_cannot_approve_and_a_second_pengurus_does_in_the_queue(
        shell_for, make_shell, qtbot, demo_ctx, login, member):
    applied = loans.apply_loan(demo_ctx.uow(), login("pengurus"), member, "UMUM", 6_000_000, 6,
                               purpose="Modal warung", collateral="BPKB motor")
    _shell, page, _tab = loans_page(shell_for, "pengurus")
    queue = page.show_tab("approval")
    assert queue.model.rowCount() == loans.count_loans(demo_ctx.reader(), login("pengawas"), status="diajukan")
    assert queue.select_loan(applied.number)
    assert cells(queue.model, queue.model.find_row(lambda s: s.number == applied.number)) == [applied.number, "23 Nov 2026", f"{member} Rina Marlina", "Pinjaman Umum",
                                     "Rp6.000.000", "6 bln", "pengurus"]
    assert queue.detail.info.number == applied.number
    assert queue.detail.values["rate"].text() == "Bunga flat 17%/tahun setara efektif ±28,58%/tahun"
    assert queue.detail.schedule_model.rowCount() == 6  # the plan, as if disbursed today
    assert not queue.approve_button.isEnabled() and not queue.reject_button.isEnabled()
    assert queue.why.isVisibleTo(queue) and queue.why.text() == (
        "Anda sendiri yang mencatat pengajuan ini. Aturan empat mata: pengajuan harus disetujui atau ditolak "
        "pengurus lain.")
    own = DecisionDialog(queue.session, queue.detail.info, approve=True, parent=queue)
    qtbot.addWidget(own)
    assert own.message.text() == queue.why.text() and not own.ok_button.isEnabled()
    own.confirm()
    assert not own.busy

    second_pengurus(demo_ctx, login)
    other = make_shell(demo_ctx)
    log_in(qtbot, other, "ketua", SECOND_PIN)
    queue2 = other.main_window.show_page("loans").show_tab("approval")
    assert queue2.select_loan(applied.number)
    assert queue2.approve_button.isEnabled() and not queue2.why.isVisibleTo(queue2)
    reject = queue2.open_decision(approve=False)
    reject.confirm()  # a rejection needs its reason
    assert reject.message.text() == "Tulis alasan penolakan." and not reject.busy
    reject.reject()
    dialog = queue2.open_decision(approve=True)
    qtbot.keyClicks(dialog.note, "usaha jelas")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert close_box() == f"Pinjaman {applied.number} disetujui; siap dicairkan."
    info = loans.get_loan(demo_ctx.reader(), login("pengawas"), applied.number)
    assert (info.status, info.decided_by, info.decision_note) == ("disetujui", "ketua", "usaha jelas")
    assert queue2.model.find_row(lambda s: s.number == applied.number) < 0
    left = loans.list_loans(demo_ctx.reader(), login("pengawas"), status="diajukan")  # the demo's own
    assert queue2.model.rowCount() == len(left) == 1 and queue2.count_label.text() == (
        f"1 pengajuan menunggu keputusan, jumlah {fmt.rupiah(left[0].principal_rp)}")


def test_disburse_then_a_repayment_shows_its_allocation_first_and_posts_once(
        shell_for, qtbot, demo_ctx, login, member, clock):
    number = approved(demo_ctx, login, member)
    _shell, page, tab = loans_page(shell_for, "bendahara")
    tab.select_loan(number)
    assert tab.disburse_button.isVisible() and not tab.approve_button.isVisible()  # bendahara may not approve
    dialog = tab.open_disburse()
    assert dialog.cash_label.text() == "Rp5.940.000"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    journal = dialog.outcome.journal_number
    assert journal.startswith("CP-")
    assert close_box() == (f"Pinjaman {number} dicairkan dengan nomor {journal}: Rp5.940.000 diserahkan.\n"
                           "Slip dikirim ke printer.")
    assert tab.current.status == "cair" and tab.pay_button.isVisible() and not tab.disburse_button.isVisible()

    clock.advance(days=40)  # 2 Jan: installment 1 (23 Dec) 10 days late, beyond the 3-day grace
    tab.refresh()
    assert tab.detail.figures["arrears"].text() == "Rp1.085.000"
    assert tab.detail.figures["penalty"].text() == "Rp21.700"
    assert tab.detail.figures["dpd"].text() == "10 hari"
    assert tab.detail.schedule_title.text() == f"Jadwal angsuran {number}: 0 dari 6 lunas, 1 terlambat"
    assert cells(tab.detail.schedule_model, 0)[6] == "Terlambat 10 hari"
    assert cells(tab.model, 0)[6:] == ["10", "Dalam Perhatian Khusus"]

    pay = tab.open_payment()
    assert isinstance(pay, LoanPaymentDialog)
    assert [b.text() for b in pay.quick_buttons] == ["Tunggakan + denda · 1.106.700",
                                                     "Sampai angsuran ke-2 · 2.191.700"]
    qtbot.keyClicks(pay.amount, "1500000")
    assert pay.amount.text() == "1.500.000"
    # Before anything is saved: oldest first, penalty -> interest -> principal.
    assert [cells(pay.model, r) for r in range(pay.model.rowCount())] == [
        ["Angsuran ke-1", "23 Des 2026", "Rp21.700", "Rp85.000", "Rp1.000.000", "Rp1.106.700"],
        ["Angsuran ke-2", "23 Jan 2027", "", "Rp85.000", "Rp308.300", "Rp393.300"]]
    assert pay.after.text() == "Sisa pokok setelah bayar Rp4.691.700"
    assert loans.get_loan(demo_ctx.reader(), login("pengawas"), number).outstanding_rp == 6_000_000

    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "9000000")  # would pay it off: that is a settlement
    assert "gunakan pelunasan dipercepat" in pay.message.text() and not pay.ok_button.isEnabled()
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "1500000")
    qtbot.mouseDClick(pay.ok_button, Qt.MouseButton.LeftButton)
    pay.ok_button.click()
    qtbot.keyClick(pay, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pay.outcome is not None, timeout=WAIT_MS)
    pay.confirm()  # after the answer too
    qtbot.wait(50)
    doc = pay.outcome.number
    assert doc.startswith("AP-")
    assert close_box() == (f"Pembayaran Rp1.500.000 tercatat dengan nomor {doc}.\nSisa pokok Rp4.691.700.\n"
                           "Slip dikirim ke printer.")
    info = loans.get_loan(demo_ctx.reader(), login("pengawas"), number)
    assert info.outstanding_rp == 4_691_700  # once
    assert [j.number for j in ledger.list_journals(demo_ctx.reader(), login("pengawas"), text=number)
            if j.number.startswith("AP-")] == [doc]
    # A retry whose answer was lost carries the same UUID and gets the same payment back.
    again = loan_payments.pay_loan(demo_ctx.uow(), login("bendahara"), number, 1_500_000, uuid=pay.uuid)
    assert again.number == doc
    assert tab.current.outstanding_rp == 4_691_700 and cells(tab.detail.schedule_model, 0)[6] == "Lunas"
    books_agree(demo_ctx)


def test_early_settlement_for_exactly_the_quote(shell_for, qtbot, demo_ctx, login, member, clock):
    number = running(demo_ctx, login, member)
    clock.advance(days=40)
    _shell, _page, tab = loans_page(shell_for, "bendahara")
    tab.select_loan(number)
    dialog = tab.open_settlement()
    assert isinstance(dialog, LoanSettlementDialog)
    figures = {k: v.text() for k, v in dialog.figures.items()}
    # Principal, the due installment's interest and this month's (bulan berjalan), the penalty; the rest waived.
    assert figures == {"principal": "Rp6.000.000", "interest": "Rp170.000", "penalty": "Rp21.700",
                       "waived": "Rp340.000", "total": "Rp6.191.700"}
    assert dialog.ok_button.text() == "Lunasi Rp6.191.700 (Enter)"
    dialog.ok_button.click()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    doc = dialog.outcome.number
    assert doc.startswith("PL-")
    assert close_box() == (f"Pinjaman {number} lunas: Rp6.191.700 tercatat dengan nomor {doc}.\n"
                           "Slip dikirim ke printer.")
    assert tab.current.status == "lunas" and not tab.pay_button.isVisible() and not tab.settle_button.isVisible()
    assert cells(tab.model, 0)[4:8] == ["", "Lunas", "", ""]
    books_agree(demo_ctx)


def test_a_loan_in_arrears_is_coloured_listed_rescheduled_written_off_and_recovered(
        shell_for, qtbot, demo_ctx, login, member, clock):
    number = running(demo_ctx, login, member)
    clock.advance(days=130)  # installment 1 is 100 days late: Kurang Lancar
    _shell, page, tab = loans_page(shell_for, "pengurus")
    tab.select_loan(number)
    row = tab.model.find_row(lambda s: s.number == number)
    assert cells(tab.model, row)[6:] == ["100", "Kurang Lancar"]
    quality = tab.model.index(row, 7)
    assert tab.model.data(quality, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd199"  # orange
    assert tab.model.data(tab.model.index(row, 6), Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert tab.detail.quality.text() == "Kurang Lancar"

    aging = page.show_tab("aging")
    page.session.runner.wait(WAIT_MS)
    report = loan_reports.aging(demo_ctx.reader(), login("pengawas"))  # ours among the demo's, 130 days on
    ours = next(r for r in report.rows if r.number == number)
    assert (ours.days_past_due, ours.bucket.name) == (100, "Kurang Lancar") and report.health == "tidak sehat"
    assert aging.npl.text() == f"NPL {pct(report.npl_ratio_pct)}% · Tidak sehat" and "#b3261e" in aging.npl.styleSheet()
    assert [cells(aging.bucket_model, r)[2] for r in range(5)] == [str(n) for _b, n, _o in report.by_bucket()]
    late = aging.model.find_row(lambda r: r.number == number)
    assert aging.model.rowCount() == len(report.in_arrears) and cells(aging.model, late)[6:] == ["100", "Kurang Lancar"]

    box_ = MemberLoansBox(page.session)
    qtbot.addWidget(box_)
    box_.show_member(member)
    assert box_.summary.text() == "1 pinjaman berjalan, sisa pokok Rp6.000.000 · menunggak 100 hari (Kurang Lancar)"
    assert box_.model.rowCount() == 1 and cells(box_.model, 0)[0] == number
    box_.show_member(None)
    assert box_.summary.text() == "" and box_.model.rowCount() == 0

    page.show_tab("loans")
    dialog = tab.open_reschedule()
    dialog.term.setValue(12)
    dialog.capitalise.setChecked(True)
    assert dialog.preview.text().startswith("Pokok baru Rp") and "12 bulan" in dialog.preview.text()
    dialog.confirm()
    assert dialog.message.text() == "Tulis alasan restrukturisasi." and not dialog.busy
    qtbot.keyClicks(dialog.reason, "gagal panen")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    new = dialog.outcome.loan
    close_box()
    assert new.parent_number == number and tab.current.number == new.number and tab.current.kolektibilitas == "Lancar"
    old = loans.get_loan(demo_ctx.reader(), login("pengawas"), number)
    assert old.status == "direstrukturisasi"

    off = tab.open_write_off()
    qtbot.keyClicks(off.reason, "pindah ke luar pulau")
    off.ok_button.click()
    qtbot.waitUntil(lambda: off.outcome is not None, timeout=WAIT_MS)
    close_box()
    assert tab.current.status == "dihapus" and tab.recover_button.isVisible() and not tab.pay_button.isVisible()
    assert tab.detail.figures["outstanding"].text() == f"tagihan {fmt.rupiah(new.principal_rp)}"
    recovery = tab.open_recovery()
    qtbot.keyClicks(recovery.amount, "500000")
    recovery.ok_button.click()
    qtbot.waitUntil(lambda: recovery.outcome is not None, timeout=WAIT_MS)
    assert recovery.outcome.number.startswith("PM-")
    close_box()
    assert tab.current.written_off_rp == new.principal_rp - 500_000
    books_agree(demo_ctx)


def test_the_product_editor_checks_then_saves(shell_for, qtbot, demo_ctx, login):
    _shell, page, _tab = loans_page(shell_for, "pengurus")
    products = page.show_tab("products")
    before = products.model.rowCount()
    dialog = products.open_editor(None)
    qtbot.keyClicks(dialog.code, "darurat")
    qtbot.keyClicks(dialog.name, "Pinjaman Darurat")
    dialog.min_amount.set_amount(2_000_000)
    dialog.max_amount.set_amount(1_000_000)
    dialog.rate.setText("2")
    assert dialog.example.text() == ("Contoh Rp1.000.000, 12 bulan: angsuran Rp103.400 · Bunga flat 2%/bulan setara "
                                     "efektif ±41,73%/tahun")
    dialog.save()
    assert dialog.message.text() == "Plafon minimum lebih besar dari maksimum." and dialog.isVisible()
    assert products.model.rowCount() == before
    dialog.max_amount.set_amount(3_000_000)
    dialog.save()
    assert not dialog.isVisible() and products.message.text() == "Produk DARURAT tersimpan."
    saved = loan_products.get_product(demo_ctx.reader(), login("pengawas"), "DARURAT")
    assert (saved.min_amount_rp, saved.max_amount_rp, saved.rate_pct) == (2_000_000, 3_000_000, 2)
    assert products.selected().code == "DARURAT"


def test_a_kasir_does_not_see_the_page_and_a_pengawas_only_reads(shell_for, qtbot, demo_ctx, login, member):
    assert "loans" not in shell_for("kasir").main_window.page_keys()
    number = running(demo_ctx, login, member)
    other = member_registry.register_member(demo_ctx.uow(), login("pengurus"), MemberForm(
        "Ujang Sopandi", "3203011203850001", None, "Kp. Babakan")).profile.member_no
    waiting = loans.apply_loan(demo_ctx.uow(), login("bendahara"), other, "UMUM", 1_000_000, 3, purpose="Pupuk")
    _shell, page, tab = loans_page(shell_for, "pengawas")
    tab.select_loan(number)
    assert tab.current.number == number and tab.detail.schedule_model.rowCount() == 6
    assert not tab.apply_button.isVisible()
    assert not any(b.isVisible() for b, *_ in tab.actions)
    assert tab.open_payment() is None and tab.open_wizard() is None and tab.open_write_off() is None
    queue = page.show_tab("approval")
    assert queue.select_loan(waiting.number) and queue.selected().number == waiting.number
    assert not queue.approve_button.isVisible() and not queue.reject_button.isVisible()
    assert queue.open_decision(approve=True) is None
    products = page.show_tab("products")
    assert products.model.rowCount() >= 1 and not products.new_button.isVisible()
    assert products.open_editor(None) is None
    aging = page.show_tab("aging")
    page.session.runner.wait(WAIT_MS)
    report = loan_reports.aging(demo_ctx.reader(), login("pengawas"))
    assert report.health == "cukup sehat"  # the demo's arrears
    assert aging.npl.text() == f"NPL {pct(report.npl_ratio_pct)}% · Cukup sehat"
    assert aging.nominatif_button.isVisible() and aging.arrears_button.isVisible()  # reading is allowed
    assert tab.card_button.isVisibleTo(tab)


def test_the_loan_card_and_the_portfolio_lists_are_written_off_the_gui_thread(
        shell_for, qtbot, demo_ctx, login, member, clock, tmp_path):
    number = running(demo_ctx, login, member)
    clock.advance(days=40)
    _shell, page, tab = loans_page(shell_for, "bendahara")
    tab.select_loan(number)
    assert tab.card_button.isVisible() and tab.card_button.isEnabled()
    card = tmp_path / "kartu.pdf"
    tab.card_to(card)
    qtbot.waitUntil(lambda: tab.last_pdf == card, timeout=WAIT_MS)
    assert card.read_bytes().startswith(b"%PDF") and tab.message.text() == f"Kartu pinjaman tersimpan di {card}."
    assert tab.dialog.text().endswith("Buka sekarang?")
    tab.dialog.reject()  # not opened

    aging = page.show_tab("aging")
    page.session.runner.wait(WAIT_MS)
    for kind, fmt_, magic in (("nominatif", "xlsx", b"PK"), ("tunggakan", "pdf", b"%PDF")):
        out = tmp_path / f"{kind}.{fmt_}"
        aging.export_to(kind, out, fmt_)
        qtbot.waitUntil(lambda out=out: aging.last_export == out, timeout=WAIT_MS)
        assert out.read_bytes().startswith(magic) and aging.message.text() == f"Tersimpan di {out}."
        aging.dialog.reject()
    sheet = openpyxl.load_workbook(tmp_path / "nominatif.xlsx").worksheets[0]
    assert number in {c.value for row in sheet.iter_rows() for c in row}
    aging.export_to("tunggakan", tmp_path / "no-such-folder" / "x.pdf", "pdf")
    qtbot.waitUntil(lambda: aging.nominatif_button.isEnabled() and aging.message.text() != "", timeout=WAIT_MS)
    assert aging.message.objectName() == "errorText"  # shown, nothing else happens


def test_the_outlets_own_kolektibilitas_names_and_colours(shell_for, qtbot, demo_ctx, login, member, clock):
    settings.change(demo_ctx.uow(), login("admin"), {"loan.kolektibilitas": [
        {"name": "Baik", "max_days": 30, "ppap_pct": 1}, {"name": "Perhatian", "max_days": 90, "ppap_pct": 10},
        {"name": "Buruk", "max_days": None, "ppap_pct": 100}]})
    number = running(demo_ctx, login, member)
    clock.advance(days=130)  # 100 days late
    _shell, page, tab = loans_page(shell_for, "pengawas")
    tab.select_loan(number)
    row = tab.model.find_row(lambda s: s.number == number)
    assert cells(tab.model, row)[6:] == ["100", "Buruk"]
    assert tab.model.data(tab.model.index(row, 7), Qt.ItemDataRole.BackgroundRole).color().name() == "#b3261e"
    assert tab.detail.quality.text() == "Buruk"
    aging = page.show_tab("aging")
    page.session.runner.wait(WAIT_MS)
    counts = [str(n) for _b, n, _o in loan_reports.aging(demo_ctx.reader(), login("pengawas")).by_bucket()]
    assert [cells(aging.bucket_model, r)[:2] for r in range(aging.bucket_model.rowCount())] == [
        ["Baik", "0–30"], ["Perhatian", "31–90"], ["Buruk", "91+"]]
    assert [cells(aging.bucket_model, r)[2] for r in range(3)] == counts and int(counts[2]) >= 1
    middle = aging.bucket_model.data(aging.bucket_model.index(1, 0), Qt.ItemDataRole.BackgroundRole)
    assert middle.color().name() == "#ffd199"  # between green and red
