"""Member cards and the savings statement (Rekening Koran) as PDFs: the save path is
asked, the PDF is made off the GUI thread, and the user is offered to open it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from app.domain.auth import Permission
from app.services.member_registry import MemberProfile
from app.ui.outlet import business_date
from app.ui.pages.member_arrears_tab import month_edit, month_text
from app.ui.session import Session
from app.ui.widgets import button, confirm, hint, to_qdate


class StatementDialog(QDialog):
    """Rekening Koran: which month."""

    def __init__(self, session: Session, member: MemberProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rekening Koran {number}").format(number=member.member_no))
        self.setMinimumWidth(420)
        today = business_date(session.ctx)
        self.month = month_edit(today)
        self.month.setMinimumDate(to_qdate(member.join_date.replace(day=1)))
        self.month.setMaximumDate(to_qdate(today))
        form = QFormLayout()
        form.addRow(self.tr("Bulan"), self.month)
        ok = button(self.tr("Buat PDF…"), primary=True)
        ok.setDefault(True)
        cancel = button(self.tr("Batal"))
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("{name}: saldo awal, setiap setoran dan penarikan, dan saldo akhir bulan itu "
                                      "per jenis simpanan.").format(name=member.name)))
        layout.addLayout(form)
        layout.addLayout(buttons)
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)

    def chosen_month(self) -> str:
        return month_text(self.month)


class MemberPrinting(QObject):
    """The Cetak Kartu and Rekening Koran buttons of the member page and what they do."""

    def __init__(self, session: Session, page: QWidget) -> None:
        super().__init__(page)
        self.session, self.page = session, page
        self.member: MemberProfile | None = None
        self.last_pdf: Path | None = None
        self.dialog: QDialog | None = None
        self.cards_button = button(self.tr("Cetak Kartu"))
        menu = QMenu(self.cards_button)
        self.card_one_action = menu.addAction(self.tr("Kartu anggota ini…"))
        self.card_all_action = menu.addAction(self.tr("Semua anggota aktif (lembar A4)…"))
        self.cards_button.setMenu(menu)
        actor = session.actor
        self.cards_button.setVisible(actor.can(Permission.MEMBER_MANAGE) and actor.can(Permission.PRINT))
        self.statement_button = button(self.tr("Rekening Koran"))
        self.statement_button.setToolTip(self.tr("Rekening koran simpanan anggota ini untuk satu bulan (PDF)"))
        self.statement_button.setVisible(actor.can(Permission.PRINT))
        # Whoever may also read reports gets a menu: this member's statement, or every
        # active member's for a month (Rekening Koran Bulanan).
        self.monthly = actor.can(Permission.PRINT) and actor.can(Permission.REPORT_VIEW) \
            and actor.can(Permission.MEMBER_VIEW)
        self.statement_one_action = self.monthly_action = None
        if self.monthly:
            statements = QMenu(self.statement_button)
            self.statement_one_action = statements.addAction(self.tr("Anggota ini…"))
            self.monthly_action = statements.addAction(self.tr("Rekening Koran Bulanan (semua anggota)…"))
            self.statement_button.setMenu(statements)
            self.statement_button.setToolTip(self.tr("Rekening koran anggota ini, atau semua anggota aktif untuk "
                                                     "satu bulan (PDF)"))
            self.statement_one_action.triggered.connect(self.open_statement_dialog)
            self.monthly_action.triggered.connect(self.open_monthly_dialog)
        self.card_one_action.triggered.connect(lambda: self._ask_cards(one=True))
        self.card_all_action.triggered.connect(lambda: self._ask_cards(one=False))
        if not self.monthly:
            self.statement_button.clicked.connect(self.open_statement_dialog)
        self.member_changed(None)

    def member_changed(self, member: MemberProfile | None) -> None:
        self.member = member
        self.card_one_action.setEnabled(member is not None and member.status == "aktif")
        if self.monthly:  # the monthly statements need no member chosen
            self.statement_one_action.setEnabled(member is not None)
        else:
            self.statement_button.setEnabled(member is not None)

    def _message(self):
        return self.page.message

    def _save_path(self, title: str, name: str) -> Path | None:
        path, _f = QFileDialog.getSaveFileName(self.page, title, str(Path.home() / name), self.tr("PDF (*.pdf)"))
        return Path(path) if path else None

    # --- cards --------------------------------------------------------------

    def _ask_cards(self, *, one: bool) -> None:
        if one and self.member is None:
            return
        name = f"kartu-{self.member.member_no}.pdf" if one else "kartu-anggota.pdf"
        path = self._save_path(self.tr("Simpan kartu anggota"), name)
        if path is not None:
            self.cards_to([self.member.member_no] if one else None, path)

    def cards_to(self, member_nos: list[str] | None, path: Path) -> None:
        from app.services import member_documents
        s = self.session
        self.cards_button.setEnabled(False)
        self._run(member_documents.member_cards_pdf, (s.ctx.uow(), s.actor, member_nos, path), path,
                  self.tr("Kartu anggota tersimpan di {path}."), self.cards_button)

    # --- statement ----------------------------------------------------------

    def open_statement_dialog(self) -> StatementDialog | None:
        if self.member is None:
            return None
        member = self.member
        dialog = self.dialog = StatementDialog(self.session, member, self.page)
        dialog.accepted.connect(lambda: self._ask_statement(member, dialog.chosen_month()))
        dialog.open()
        return dialog

    def _ask_statement(self, member: MemberProfile, month: str) -> None:
        path = self._save_path(self.tr("Simpan rekening koran"), f"rekening-koran-{member.member_no}-{month}.pdf")
        if path is not None:
            self.statement_to(member.member_no, month, path)

    def statement_to(self, member_no: str, month: str, path: Path) -> None:
        from app.services import member_documents
        s = self.session
        date_from, date_to = member_documents.period_bounds(month)
        self.statement_button.setEnabled(False)
        self._run(member_documents.statement_pdf, (s.ctx.uow(), s.actor, member_no, date_from, date_to, path), path,
                  self.tr("Rekening koran tersimpan di {path}."), self.statement_button)

    def open_monthly_dialog(self) -> QDialog:
        from app.ui.pages.statements_dialog import StatementsDialog
        dialog = self.dialog = StatementsDialog(self.session, self.page, open_file=lambda path: open_file(path))
        dialog.open()
        return dialog

    # --- both ---------------------------------------------------------------

    def _run(self, fn: Callable, args: tuple, path: Path, done_text: str, again: QPushButton) -> None:
        self._message().clear()

        def done(_result) -> None:
            again.setEnabled(True)
            self.member_changed(self.member)
            self.last_pdf = path
            self._message().show_ok(done_text.format(path=str(path)))
            self.dialog = confirm(self.page, self.tr("PDF siap"),
                                  done_text.format(path=str(path)) + "\n" + self.tr("Buka sekarang?"),
                                  self.tr("Buka PDF"), lambda: open_file(path))

        def failed(exc: BaseException) -> None:
            again.setEnabled(True)
            self.member_changed(self.member)
            self._message().show_error(exc)
        self.session.runner.submit(fn, *args, on_done=done, on_error=failed)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
