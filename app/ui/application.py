"""Entry point of the GUI: QApplication, look, language, then the shell's windows."""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DomainError
from app.services import settings
from app.services.context import ServiceContext
from app.ui.i18n import install_language
from app.ui.shell import Shell
from app.ui.style import apply_style

log = logging.getLogger(__name__)

EXIT_REFUSED = 2
EXIT_FAILED = 1


def _fatal(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def _report_unexpected(exc_type, exc, tb) -> None:
    """A bug in a slot must not kill the till silently: log it and tell the user."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error:\n%s", text)
    sys.__excepthook__(exc_type, exc, tb)
    box = QMessageBox(QMessageBox.Icon.Critical, "Kopdes",
                      QCoreApplication.translate("Application", "Terjadi kesalahan tak terduga:\n{error}")
                      .format(error=f"{exc_type.__name__}: {exc}"))
    box.open()


def run(ctx_factory: Callable[[], ServiceContext], *,
        show_fatal: Callable[[str, str], None] = _fatal) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kopdes")
    app.setOrganizationName("Kopdes")
    apply_style(app)
    try:
        ctx = ctx_factory()
    except DomainError as err:  # e.g. a database made by a newer Kopdes
        show_fatal(QCoreApplication.translate("Application", "Kopdes tidak bisa dibuka"), str(err))
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 - the file may be missing, locked or not a database
        log.exception("cannot open the database")
        show_fatal(QCoreApplication.translate("Application", "Kopdes tidak bisa dibuka"),
                   QCoreApplication.translate("Application", "Basis data tidak bisa dibuka:\n{error}").format(
                       error=exc))
        return EXIT_FAILED
    translator = install_language(app, settings.read_all(ctx.reader())["ui.language"])
    sys.excepthook = _report_unexpected
    shell = Shell(ctx, maximize=True)
    try:
        shell.start()
        return app.exec()
    finally:
        shell.shutdown()
        ctx.close()
        sys.excepthook = sys.__excepthook__
        del translator
