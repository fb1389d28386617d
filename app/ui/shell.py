"""The flow between windows: setup wizard (first run) -> login -> main window, and back
to login on log out or after a restore. Owns the one task runner, the idle lock, the
automatic backups and, per session, the print driver. One Shell per application run;
nothing global."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.auth import Actor, Permission
from app.services import backups, settings, setup
from app.services.context import ServiceContext
from app.ui.auto_backup import AutoBackup
from app.ui.idle_lock import IdleWatcher
from app.ui.login_window import LoginWindow
from app.ui.main_window import MainWindow
from app.ui.navigation import PageRegistry, core_pages
from app.ui.pages.till_common import till_name
from app.ui.print_driver import STOP_WAIT_MS, PrintDriver
from app.ui.session import Session, SessionEvents
from app.ui.setup_wizard import SetupWizard
from app.ui.sync_driver import SyncDriver
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_text, message_box

CLOSE_BACKUP_LIMIT_MS = 60_000  # closing never waits longer than this for the backup


class Shell(QObject):
    def __init__(self, ctx: ServiceContext, *, registry: PageRegistry | None = None,
                 idle_ms: int | None = None, auto_backup: bool = True, maximize: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registry = registry or core_pages()
        self.runner = TaskRunner(self)
        self.events = SessionEvents(self)
        self._idle_ms_override = idle_ms
        self._maximize = maximize
        self.wizard: SetupWizard | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.idle: IdleWatcher | None = None
        self.print_driver: PrintDriver | None = None
        self._stopping_drivers: list[PrintDriver | SyncDriver] = []  # stopped, a send still in flight
        self.sync_driver: SyncDriver | None = None
        self._closing = False
        self._retired: list[QWidget] = []
        self._close_progress: QProgressDialog | None = None
        self._close_limit = QTimer(self)
        self._close_limit.setSingleShot(True)
        self._close_limit.setInterval(CLOSE_BACKUP_LIMIT_MS)
        self._close_limit.timeout.connect(self._finish_close)
        self.auto_backup = AutoBackup(ctx, self.runner, parent=self) if auto_backup else None
        if self.auto_backup is not None:
            self.auto_backup.made.connect(lambda _r: self.events.backups_changed.emit())
            self.auto_backup.failed.connect(self._auto_backup_failed)
        self.events.restore_started.connect(self._pause_backups)
        self.events.restore_failed.connect(self._resume_backups)
        self.events.restore_started.connect(self._pause_printing)
        self.events.restore_failed.connect(self._resume_printing)
        self.events.restore_started.connect(self._pause_uploads)
        self.events.restore_failed.connect(self._resume_uploads)
        self.events.database_replaced.connect(self._after_restore)

    # --- start -------------------------------------------------------------

    def start(self) -> None:
        if setup.is_initialised(self.ctx.reader()):
            self._start_backups()
            self.show_login()
        else:
            self.wizard = SetupWizard(self.ctx, self.runner)
            self.wizard.initialised.connect(self._setup_done)
            self.wizard.show()

    def _setup_done(self, _admin) -> None:
        wizard, self.wizard = self.wizard, None
        self._start_backups()
        self.show_login()  # before the wizard goes: Qt quits when the last window closes
        self._retire(wizard)

    def _start_backups(self) -> None:
        # Only once there is something to keep: an empty, not-set-up file is not worth a copy.
        if self.auto_backup is not None:
            self.auto_backup.start()

    def show_login(self) -> LoginWindow:
        # A fresh window each time: the cooperative's name may have changed meanwhile.
        old = self.login_window
        self.login_window = LoginWindow(self.ctx, self.runner)
        self.login_window.logged_in.connect(self._logged_in)
        self._show(self.login_window)
        self._retire(old)
        return self.login_window

    def _retire(self, window: QWidget | None) -> None:
        """Hide a window and drop it on the next turn of the event loop: it is often the
        sender of the signal being handled, and deleting it now would pull the floor away."""
        if window is None:
            return
        if isinstance(window, MainWindow):
            window.close_now()
        else:
            window.close()
        self._retired.append(window)
        QTimer.singleShot(0, self._retired.clear)

    def _show(self, window: QWidget) -> None:
        if self._maximize:
            window.showMaximized()
        else:
            window.show()

    # --- session -----------------------------------------------------------

    def _logged_in(self, actor: Actor) -> None:
        session = Session(self.ctx, actor, self.runner, self.events)
        if actor.can(Permission.PRINT):
            # Keeps printing while the screen is idle-locked; stops at log out and close.
            self.print_driver = session.print_driver = PrintDriver(session, till_name(), parent=self)
        if actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.PRINT):
            # Delivers queued district packages from whichever PC is on (each claims before sending).
            self.sync_driver = session.sync_driver = SyncDriver(session, parent=self)
        self.main_window = MainWindow(session, self.registry)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.logout_requested.connect(self.logout)
        self.main_window.close_requested.connect(self._close_requested)
        self._show(self.main_window)
        if self.login_window is not None:
            self.login_window.hide()
        self._start_idle_watch()
        if self.print_driver is not None:
            self.print_driver.start()
        if self.sync_driver is not None:
            self.sync_driver.start()

    def _start_idle_watch(self) -> None:
        if self._idle_ms_override is not None:
            timeout = self._idle_ms_override
        else:
            timeout = settings.read_all(self.ctx.reader())["ui.idle_lock_minutes"] * 60_000
        self.idle = IdleWatcher(timeout, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    def _stop_idle_watch(self) -> None:
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None

    def lock(self) -> None:
        window = self.main_window
        if window is None or window.locked:
            return
        if self.idle is not None:
            self.idle.stop()
        overlay = window.lock()
        overlay.unlocked.connect(self._unlocked)
        overlay.logout_requested.connect(self.logout)

    def _unlocked(self, actor: Actor) -> None:
        if self.main_window is not None:
            self.main_window.session.actor = actor  # roles may have changed meanwhile
            self.main_window.unlock()
        if self.idle is not None:
            self.idle.start()

    def logout(self) -> None:
        self._stop_idle_watch()
        self._stop_printing()
        window, self.main_window = self.main_window, None
        self.show_login()  # first, or closing the last window would quit the application
        self._retire(window)

    # --- printing ------------------------------------------------------------

    def _stop_printing(self, wait_ms: int = 0) -> None:
        """No more sends for this session (prints and uploads); a send in flight finishes on
        its own thread (the driver goes once it has), or is waited for up to `wait_ms`."""
        uploads, self.sync_driver = self.sync_driver, None
        if uploads is not None:
            self._retire_driver(uploads, wait_ms)
        driver, self.print_driver = self.print_driver, None
        if driver is not None:
            self._retire_driver(driver, wait_ms)

    def _retire_driver(self, driver: PrintDriver | SyncDriver, wait_ms: int) -> None:
        self._stopping_drivers.append(driver)
        shell = weakref.ref(self)  # the driver must not keep the shell alive (nor die with it twice)
        driver.finished.connect(lambda: (s := shell()) is not None and s._forget_finished_drivers())
        driver.stop(wait_ms)

    def _forget_finished_drivers(self) -> None:
        self._stopping_drivers = [d for d in self._stopping_drivers if d.busy]

    def _pause_uploads(self) -> None:
        if self.sync_driver is not None:
            self.sync_driver.pause()

    def _resume_uploads(self) -> None:
        if self.sync_driver is not None:
            self.sync_driver.resume()

    def _pause_printing(self) -> None:
        if self.print_driver is not None:
            self.print_driver.pause()

    def _resume_printing(self) -> None:
        if self.print_driver is not None:
            self.print_driver.resume()

    # --- backups and restore -----------------------------------------------

    def _auto_backup_failed(self, exc: BaseException) -> None:
        parent = self.main_window or self.login_window
        message_box(parent, self.tr("Cadangan otomatis gagal"), error_text(exc), error=True)

    def _pause_backups(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.paused = True

    def _resume_backups(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.paused = False

    def _after_restore(self) -> None:
        self._resume_backups()
        self.logout()

    def _close_requested(self) -> None:
        """Back up before the window goes; errors are shown, and closing never hangs."""
        window = self.main_window
        if window is None or self._closing:
            return
        if self.ctx.sqlite_path is None:
            self._finish_close()
            return
        self._closing = True
        self._stop_idle_watch()
        progress = QProgressDialog(self.tr("Membuat cadangan sebelum menutup…"), "", 0, 0, window)
        progress.setCancelButton(None)
        progress.setWindowTitle("Kopdes")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._close_progress = progress
        self._close_limit.start()

        def failed(exc: BaseException) -> None:
            progress.close()
            if self.main_window is not None:
                message_box(self.main_window, self.tr("Cadangan gagal"),
                            self.tr("Cadangan saat menutup gagal dibuat:\n{error}").format(error=error_text(exc)),
                            error=True, on_closed=self._finish_close)

        self.runner.submit(backups.backup_now, self.ctx, None,
                           on_done=lambda _r: self._finish_close(), on_error=failed)

    def _finish_close(self) -> None:
        self._close_limit.stop()
        if self._close_progress is not None:
            self._close_progress.close()
            self._close_progress = None
        window, self.main_window = self.main_window, None
        self._closing = False
        self._stop_printing()
        self._retire(window)
        if self.login_window is not None:
            self.login_window.close()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Stop timers and let running work finish before the context closes."""
        self._stop_idle_watch()
        if self.auto_backup is not None:
            self.auto_backup.stop()
        self._stop_printing()
        for driver in list(self._stopping_drivers):  # a send in flight records its outcome first
            driver.stop(min(STOP_WAIT_MS, timeout_ms))
        self.runner.wait(timeout_ms)
