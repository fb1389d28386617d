"""Pengaturan: users, profile, display settings, backups and restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from uuid import uuid4

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.domain.auth import Role
from app.domain.errors import AuthenticationFailed
from app.domain.ledger import JournalDraft, LineDraft
from app.services import auth, backups, ledger, profile, settings
from app.ui.pages.settings_backup_tab import BackupTab
from app.ui.session import Session, SessionEvents
from app.ui.tasks import TaskRunner
from tests.gui.conftest import WAIT_MS, log_in


def _settings_tab(shell_for, key: str, username: str = "admin"):
    shell = shell_for(username)
    page = shell.main_window.show_page("settings")
    return shell, page.show_tab(key)


def _open_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_admin_adds_a_user_who_can_then_log_in(shell_for, qtbot, demo_ctx):
    _shell, tab = _settings_tab(shell_for, "users")
    assert tab.model.rowCount() == 5
    dialog = tab.open_add_dialog()
    qtbot.keyClicks(dialog.username, "kasir2")
    qtbot.keyClicks(dialog.full_name, "Rina Marlina")
    dialog.role_boxes[Role.KASIR].setChecked(True)
    qtbot.keyClicks(dialog.pin, "482916")
    qtbot.keyClicks(dialog.pin_again, "482917")
    dialog.buttons.ok.click()
    assert dialog.message.text() == "Kedua PIN tidak sama."
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "482916")
    dialog.buttons.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert tab.model.rowCount() == 6
    assert tab.selected_user().username == "kasir2"
    assert tab.message.text() == "Pengguna kasir2 disimpan."
    actor = auth.login(demo_ctx.uow(), "kasir2", "482916")
    assert actor.full_name == "Rina Marlina" and actor.roles == frozenset({Role.KASIR})


def test_admin_deactivates_and_reactivates_a_user(shell_for, qtbot, demo_ctx):
    _shell, tab = _settings_tab(shell_for, "users")
    tab.select_user("kasir")
    assert tab.deactivate_button.isEnabled() and not tab.activate_button.isEnabled()
    tab.deactivate_selected()
    box = _open_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.message.text() == "kasir dinonaktifkan.", timeout=WAIT_MS)
    row = tab.model.find_row(lambda u: u.username == "kasir")
    assert tab.model.data(tab.model.index(row, 3)) == "Nonaktif"
    with pytest.raises(AuthenticationFailed, match="Nama pengguna atau PIN salah."):
        auth.login(demo_ctx.uow(), "kasir", "123456")
    tab.select_user("kasir")
    assert tab.activate_button.isEnabled()
    tab.activate_button.click()
    qtbot.waitUntil(lambda: tab.message.text() == "kasir aktif kembali.", timeout=WAIT_MS)
    assert auth.login(demo_ctx.uow(), "kasir", "123456").username == "kasir"


def test_admin_cannot_deactivate_their_own_account(shell_for, qtbot):
    _shell, tab = _settings_tab(shell_for, "users")
    tab.select_user("admin")
    tab.deactivate_selected()
    _open_box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.message.isVisibleTo(tab), timeout=WAIT_MS)
    assert tab.message.text() == "Anda tidak bisa menonaktifkan akun sendiri."


def test_admin_resets_a_pin_and_changes_roles(shell_for, qtbot, demo_ctx):
    _shell, tab = _settings_tab(shell_for, "users")
    tab.select_user("kasir")
    dialog = tab.open_pin_dialog()
    qtbot.keyClicks(dialog.pin, "735194")
    qtbot.keyClicks(dialog.pin_again, "735194")
    dialog.buttons.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert auth.login(demo_ctx.uow(), "kasir", "735194").username == "kasir"

    tab.select_user("kasir")
    dialog = tab.open_edit_dialog()
    assert dialog.username.isReadOnly() and dialog.role_boxes[Role.KASIR].isChecked()
    dialog.role_boxes[Role.PENGURUS].setChecked(True)
    dialog.buttons.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    row = tab.model.find_row(lambda u: u.username == "kasir")
    assert tab.model.data(tab.model.index(row, 2)) == "Kasir, Pengurus"


def test_profile_tab_shows_service_details_and_saves(shell_for, qtbot, demo_ctx):
    shell, tab = _settings_tab(shell_for, "profile", "pengurus")
    tab.form.nib.clear()
    qtbot.keyClicks(tab.form.nib, "123")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.message.isVisibleTo(tab), timeout=WAIT_MS)
    assert "Profil koperasi belum lengkap atau salah." in tab.message.text()
    assert "NIB harus 13 angka." in tab.message.text()
    tab.load()
    tab.form.name.clear()
    qtbot.keyClicks(tab.form.name, "Koperasi Desa Merah Putih Sukamaju")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.message.text() == "Profil koperasi disimpan.", timeout=WAIT_MS)
    assert profile.get(demo_ctx.reader()).name == "Koperasi Desa Merah Putih Sukamaju"
    assert shell.main_window.coop_name.text() == "Koperasi Desa Merah Putih Sukamaju"


def test_display_tab_offers_only_what_the_service_accepts_and_saves(shell_for, qtbot, demo_ctx):
    _shell, tab = _settings_tab(shell_for, "display")
    assert tab.idle_minutes.value() == 10 and tab.language.currentData() == "id"
    assert (tab.max_attempts.minimum(), tab.max_attempts.maximum()) == settings.SPECS["auth.max_attempts"].bounds
    tab.max_attempts.setValue(2)  # below the service's minimum: the form clamps it
    assert tab.max_attempts.value() == 3
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.idle_minutes.setValue(3)
    tab.max_attempts.setValue(4)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.message.text() == "Pengaturan disimpan.", timeout=WAIT_MS)
    values = settings.read_all(demo_ctx.reader())
    assert (values["ui.language"], values["ui.idle_lock_minutes"], values["auth.max_attempts"]) == ("en", 3, 4)


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_backup_now_lists_the_file_and_updates_the_status_bar(shell_for, qtbot, demo_ctx):
    shell, tab = _settings_tab(shell_for, "backup", "bendahara")
    assert not tab.restore_button.isVisibleTo(tab)  # restoring is for the admin
    assert tab.model.rowCount() == 0
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.message.text().startswith("Cadangan dibuat: kopdes-")
    assert "belum pernah" not in shell.main_window.backup_label.text()
    assert shell.main_window.backup_label.text() == "Cadangan terakhir: 23 Nov 2026 10:00 WIB"
    assert tab.model.data(tab.model.index(0, 0)) == "23 Nov 2026 10:00 WIB"


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_restore_asks_first_then_sends_everyone_back_to_login(shell_for, qtbot, demo_ctx, login, clock):
    shell, tab = _settings_tab(shell_for, "backup")
    made = backups.backup_now(demo_ctx, login("admin"))
    tab.refresh()
    clock.advance(minutes=5)
    # something happens after the backup: the restore must undo it
    before = ledger.count_journals(demo_ctx.reader(), login("pengawas"))
    _post_one(demo_ctx, login("bendahara"))
    assert ledger.count_journals(demo_ctx.reader(), login("pengawas")) == before + 1

    tab.table.selectRow(0)
    tab.restore_button.click()
    box = _open_box()
    assert "disimpan sebagai salinan" in box.text() and made.path.name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and
                                w.windowTitle() == "Pemulihan selesai" for w in QApplication.topLevelWidgets()),
                    timeout=WAIT_MS)
    done = _open_box()
    assert "Silakan masuk lagi." in done.text()
    done.button(QMessageBox.StandardButton.Ok).click()
    assert shell.main_window is None and shell.login_window.isVisible()
    assert ledger.count_journals(demo_ctx.reader(), login("pengawas")) == before
    assert list(demo_ctx.backup_dir.glob("replaced-*.sqlite3"))
    log_in(qtbot, shell, "admin")
    assert shell.main_window is not None


def _post_one(ctx, actor):
    ledger.post_journal(ctx.uow(), actor, JournalDraft(uuid4(), date(2026, 11, 23), "Setelah cadangan", (
        LineDraft("5299", debit_rp=1_000), LineDraft("1101", credit_rp=1_000))))


def test_on_postgresql_the_backup_tab_points_to_pg_dump(demo_ctx, login, qtbot):
    server_ctx = replace(demo_ctx, db_label="postgresql+psycopg://kopdes@server/kopdes",
                         sqlite_path=None, backup_dir=None)
    tab = BackupTab(Session(server_ctx, login("admin"), TaskRunner(), SessionEvents()))
    qtbot.addWidget(tab)
    assert tab.backup_button is None and tab.restore_button is None
    text = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "pg_dump" in text and "postgresql+psycopg://kopdes@server/kopdes" in text
