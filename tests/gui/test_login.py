"""Logging in through the real login window, lockout, and pages per role."""

from __future__ import annotations

import pytest
from app.services import auth
from tests.gui.conftest import log_in


def test_wrong_pin_shows_the_service_message_and_clears_the_pin(demo_ctx, make_shell, qtbot):
    shell = make_shell(demo_ctx)
    window = shell.login_window
    assert window.coop_name.text() == "Koperasi Kelurahan Merah Putih Contoh"
    log_in(qtbot, shell, "kasir", "999999")
    assert shell.main_window is None
    assert window.message.isVisibleTo(window)
    assert window.message.text() == auth.WRONG_CREDENTIALS == "Nama pengguna atau PIN salah."
    assert window.pin.text() == ""


def test_five_wrong_pins_lock_the_account_and_the_right_pin_is_then_refused(demo_ctx, make_shell, qtbot):
    shell = make_shell(demo_ctx)
    window = shell.login_window
    for attempt in range(4):
        log_in(qtbot, shell, "kasir", f"99999{attempt}")
        assert window.message.text() == "Nama pengguna atau PIN salah."
    log_in(qtbot, shell, "kasir", "999995")
    locked = window.message.text()
    assert locked.startswith("Akun terkunci") and "Coba lagi dalam 5 menit." in locked
    log_in(qtbot, shell, "kasir", "123456")  # the sixth try, with the right PIN
    assert shell.main_window is None
    assert window.message.text().startswith("Akun terkunci")
    assert window.pin.text() == ""


def test_empty_fields_are_refused_without_asking_the_service(demo_ctx, make_shell, qtbot):
    shell = make_shell(demo_ctx)
    shell.login_window.submit_button.click()
    assert shell.login_window.message.text() == "Isi nama pengguna dan PIN."
    assert not shell.runner.busy


def test_kasir_sees_home_and_the_till(shell_for):
    window = shell_for("kasir").main_window
    assert window.page_keys() == ["home", "till", "stock", "members", "print_jobs"]
    assert window.page_titles() == ["Beranda", "Kasir", "Persediaan", "Anggota", "Antrean Cetak"]
    home = window.page("home")
    assert not home.books_card.isVisibleTo(home)  # no report permission, no figures


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_bendahara_sees_journal_with_new_and_reverse(shell_for):
    shell = shell_for("bendahara")
    window = shell.main_window
    assert window.page_keys() == ["home", "stock", "members", "loans", "journal", "reports", "shu", "qris_reconcile",
                                 "sync", "print_jobs", "settings"]
    assert "Dewi Lestari" in window.user_label.text() and "Bendahara" in window.user_label.text()
    assert window.db_label.text().endswith("kopdes.sqlite3")
    assert window.backup_label.text() == "Cadangan terakhir: belum pernah"
    page = window.show_page("journal")
    assert page.isVisible()
    assert page.new_button.isVisibleTo(page) and page.reverse_button.isVisibleTo(page)
    assert page.model.rowCount() > 0
    assert shell.login_window.isHidden()


def test_pengawas_reads_journal_without_changing_it_and_sees_the_audit_log(shell_for):
    window = shell_for("pengawas").main_window
    assert window.page_keys() == ["home", "stock", "members", "loans", "journal", "reports", "shu", "qris_reconcile",
                                 "print_jobs", "audit"]
    page = window.show_page("journal")
    assert not page.new_button.isVisibleTo(page)
    assert not page.reverse_button.isVisibleTo(page)
    audit_page = window.show_page("audit")
    assert audit_page.model.rowCount() > 0


def test_admin_sees_settings_and_audit_but_not_journal(shell_for):
    window = shell_for("admin").main_window
    assert window.page_keys() == ["home", "print_jobs", "audit", "settings"]
    settings = window.show_page("settings")
    assert list(settings.tab_by_key) == ["profile", "users", "backup", "printer", "qris", "savings", "display"]


def test_logout_returns_to_the_login_window(shell_for, qtbot):
    shell = shell_for("bendahara")
    shell.main_window.logout_button.click()
    assert shell.main_window is None
    assert shell.login_window.isVisible()
    log_in(qtbot, shell, "pengawas")
    assert shell.main_window.page_keys() == ["home", "stock", "members", "loans", "journal", "reports", "shu",
                                             "qris_reconcile", "print_jobs", "audit"]
