"""Log Audit (chain check on the task runner) and the automatic backups."""

from __future__ import annotations

import pytest
import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import backups
from tests.gui.conftest import WAIT_MS, log_in


def test_audit_page_lists_entries_and_verifies_the_chain(shell_for, qtbot):
    shell = shell_for("pengawas")
    page = shell.main_window.show_page("audit")
    assert page.model.rowCount() > 0
    newest = page.model.row_object(0)
    assert newest.action == "login" and newest.username == "pengawas"
    assert page.model.data(page.model.index(0, 1)) == "23 Nov 2026 10:00 WIB"
    page.verify_button.click()
    assert not page.verify_button.isEnabled()  # running off the GUI thread
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=WAIT_MS)
    assert page.verdict.text().startswith("Rantai audit utuh:")
    assert page.verdict.objectName() == "okText"


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_audit_page_reports_a_broken_chain(shell_for, qtbot, demo_ctx):
    shell = shell_for("admin")
    page = shell.main_window.show_page("audit")
    with sqlite3.connect(demo_ctx.sqlite_path) as conn:  # someone edits the file behind the app's back
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET username = 'penyusup' WHERE seq = 3")
    page.verify()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=WAIT_MS)
    assert page.verdict.text().startswith("Rantai audit RUSAK pada catatan 3")
    assert page.verdict.objectName() == "errorText"


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_automatic_backup_at_start_when_due_and_not_again(demo_ctx, make_shell, qtbot, clock):
    assert backups.automatic_backup_due(demo_ctx)
    shell = make_shell(demo_ctx, auto_backup=True)
    qtbot.waitUntil(lambda: backups.last_backup_at(demo_ctx) is not None, timeout=WAIT_MS)
    shell.runner.wait(WAIT_MS)
    assert len(backups.list_backups(demo_ctx)) == 1
    clock.advance(hours=3)
    shell.auto_backup.check()  # the hourly check: not due yet
    shell.runner.wait(WAIT_MS)
    assert len(backups.list_backups(demo_ctx)) == 1
    clock.advance(hours=22)
    shell.auto_backup.check()
    shell.runner.wait(WAIT_MS)
    assert len(backups.list_backups(demo_ctx)) == 2


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_closing_the_main_window_backs_up_first(shell_for, qtbot, demo_ctx):
    shell = shell_for("kasir")
    window = shell.main_window
    window.close()
    assert window.isVisible()  # not yet: the backup runs first
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert shell.main_window is None
    assert backups.last_backup_at(demo_ctx) is not None
    assert len(backups.list_backups(demo_ctx)) == 1


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_a_failed_backup_on_close_is_shown_and_the_window_still_closes(shell_for, qtbot, demo_ctx):
    shell = shell_for("kasir")
    window = shell.main_window
    demo_ctx.backup_dir.parent.joinpath("blocked").write_text("")
    demo_ctx.backup_dir = demo_ctx.backup_dir.parent / "blocked" / "backups"  # cannot be created
    window.close()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT_MS)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Cadangan saat menutup gagal dibuat" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert shell.main_window is None


def test_logging_out_needs_no_backup(shell_for, qtbot, demo_ctx):
    shell = shell_for("kasir")
    shell.main_window.logout_button.click()
    assert shell.login_window.isVisible()
    assert backups.last_backup_at(demo_ctx) is None
    log_in(qtbot, shell, "kasir")
    assert shell.main_window is not None
