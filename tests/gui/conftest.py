"""GUI fixtures: a shell over the demo outlet (or an empty database), logging in through
the real login window, and pages built for one user."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from app.services import demo
from app.ui.session import Session, SessionEvents
from app.ui.shell import Shell
from app.ui.style import apply_style
from app.ui.tasks import TaskRunner

WAIT_MS = 10_000


@pytest.fixture(scope="session", autouse=True)
def _qt_ready(qapp):
    apply_style(qapp)


@pytest.fixture
def make_shell(qtbot):
    shells: list[Shell] = []

    def _make(ctx, **kwargs) -> Shell:
        kwargs.setdefault("auto_backup", False)
        kwargs.setdefault("idle_ms", 10 * 60_000)
        shell = Shell(ctx, **kwargs)
        shells.append(shell)
        shell.start()
        return shell

    yield _make
    for shell in shells:
        shell.shutdown()
        for window in (shell.main_window, shell.login_window, shell.wizard):
            if window is not None:
                shell._retire(window)
    QApplication.processEvents()
    # Collect now, on the GUI thread: a failed test's traceback can keep a window alive, and
    # a later collection on a worker thread would destroy Qt objects there (a crash).
    del shells
    gc.collect()
    QApplication.processEvents()


def log_in(qtbot, shell: Shell, username: str, pin: str = demo.DEMO_PIN) -> None:
    """Type into the login window and press Enter, then wait for the answer."""
    window = shell.login_window
    window.username.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClicks(window.pin, pin)
    qtbot.keyClick(window.pin, "\r")
    qtbot.waitUntil(lambda: window.submit_button.isEnabled(), timeout=WAIT_MS)


@pytest.fixture
def shell_for(demo_ctx, make_shell, qtbot):
    """A shell logged in as `username` on the demo outlet."""

    def _shell(username: str, **kwargs) -> Shell:
        shell = make_shell(demo_ctx, **kwargs)
        log_in(qtbot, shell, username)
        assert shell.main_window is not None, shell.login_window.message.text()
        return shell
    return _shell


@pytest.fixture
def session_for(demo_ctx, login, qtbot):
    """A page-level session (no windows) for `username`."""
    runners: list[TaskRunner] = []

    def _session(username: str) -> Session:
        runner = TaskRunner()
        runners.append(runner)
        return Session(demo_ctx, login(username), runner, SessionEvents())
    yield _session
    for runner in runners:
        runner.wait(WAIT_MS)
