"""app.ui.application.run: refusals at start-up and a normal run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.domain.errors import DomainError
from app.services import backups
from app.ui.application import run
from app.ui.login_window import LoginWindow
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard


def test_a_database_from_a_newer_version_is_refused_with_exit_2(qapp):
    shown = []

    def too_new():
        raise DomainError("db_too_new", "Basis data dibuat oleh versi Kopdes yang lebih baru (revisi x).")

    assert run(too_new, show_fatal=lambda title, text: shown.append((title, text))) == 2
    assert shown == [("Kopdes tidak bisa dibuka",
                      "Basis data dibuat oleh versi Kopdes yang lebih baru (revisi x).")]


def test_a_database_that_cannot_be_opened_exits_1(qapp):
    shown = []

    def broken():
        raise OSError("disk not ready")

    assert run(broken, show_fatal=lambda title, text: shown.append(text)) == 1
    assert shown == ["Basis data tidak bisa dibuka:\ndisk not ready"]


def _close_when_shown(kind, seen: list) -> None:
    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if windows:
            seen.append(windows[0])
            windows[0].close()
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def test_run_shows_the_login_window_of_an_initialised_outlet(demo_ctx, qapp):
    seen = []
    _close_when_shown(LoginWindow, seen)
    assert run(lambda: demo_ctx) == 0
    assert seen and seen[0].coop_name.text() == "Koperasi Kelurahan Merah Putih Contoh"


def test_run_starts_the_setup_wizard_on_an_empty_database(ctx, qapp):
    seen = []
    _close_when_shown(SetupWizard, seen)
    assert run(lambda: ctx) == 0
    assert len(seen) == 1
    assert backups.last_backup_at(ctx) is None  # nothing worth backing up yet


@pytest.mark.sqlite_only  # the embedded file: backups, status bar path
def test_run_makes_the_daily_backup_of_an_initialised_outlet(demo_ctx, qapp):
    seen = []
    _close_when_shown(LoginWindow, seen)
    assert backups.last_backup_at(demo_ctx) is None
    assert run(lambda: demo_ctx) == 0
    assert backups.last_backup_at(demo_ctx) is not None


def test_logging_out_in_a_running_application_returns_to_login_instead_of_quitting(demo_ctx, qapp):
    """With a real event loop: Qt quits when the last visible window closes, so the
    login window must be up before the main window goes."""
    steps = []

    def visible(kind):
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    def poll():
        login, main = visible(LoginWindow), visible(MainWindow)
        if not steps and login is not None:
            steps.append("login")
            login.username.setText("kasir")
            login.pin.setText("123456")
            login.submit()
        elif steps == ["login"] and main is not None:
            steps.append("logout")
            main.logout_button.click()
        elif steps == ["login", "logout"] and login is not None and main is None:
            steps.append("login again")
            login.close()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    assert run(lambda: demo_ctx) == 0
    assert steps == ["login", "logout", "login again"]
