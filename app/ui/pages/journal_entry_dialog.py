"""Jurnal baru: date, memo and lines (account, debit or credit), with live totals.
A template (gaji, listrik, sewa, transport, ATK or the outlet's own) fills the memo and
both lines; the amount typed once goes to the debit and the credit line.
Save stays disabled until debits equal credits. The dialog makes one document UUID
when it opens and reuses it on every retry, so a double click or a retry after a
lost reply never posts twice."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.accounts import Account
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.journal_templates import JournalTemplate
from app.services import journal_templates, ledger
from app.services.ledger import JournalInfo
from app.ui.outlet import business_date
from app.ui.session import Session
from app.ui.widgets import MessageLabel, MoneyEdit, button, date_edit, from_qdate, to_qdate


class LineEditor:
    """One journal line: the widgets of one row of the grid."""

    def __init__(self, accounts: list[Account], placeholder: str, remove_text: str) -> None:
        self.account = QComboBox()
        self.account.addItem(placeholder, "")
        for acc in accounts:
            self.account.addItem(f"{acc.code} — {acc.name}", acc.code)
        # Sized for a typical name; the popup list is wide enough for the longest.
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(26)
        self.account.view().setMinimumWidth(420)
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.debit = MoneyEdit()
        self.credit = MoneyEdit()
        self.remove = QPushButton(remove_text)
        self.widgets: tuple[QWidget, ...] = (self.account, self.memo, self.debit, self.credit, self.remove)

    def set_account(self, code: str) -> None:
        self.account.setCurrentIndex(max(0, self.account.findData(code)))

    def is_blank(self) -> bool:
        return not self.account.currentData() and not self.debit.text() and not self.credit.text()

    def draft(self) -> LineDraft:
        return LineDraft(self.account.currentData() or "", self.debit.amount() or 0,
                         self.credit.amount() or 0, self.memo.text().strip())


class JournalEntryDialog(QDialog):
    posted = Signal(object)  # JournalInfo

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.uuid = uuid4()  # one per dialog: retries replay, never duplicate
        self._saving = False
        self.setWindowTitle(self.tr("Jurnal baru"))
        self.resize(980, 560)
        self._accounts = [a for a in ledger.chart(session.ctx.reader()) if a.postable and a.active]
        today = business_date(session.ctx)
        self.date = date_edit(today)
        self.date.setMaximumDate(to_qdate(today))
        self.date.setMaximumWidth(170)
        self.memo = QLineEdit()
        self.memo.setMaxLength(500)
        self.memo.setPlaceholderText(self.tr("mis. Bayar token listrik gerai"))

        self.templates = journal_templates.list_templates(session.ctx.reader(), session.actor)
        self.template = QComboBox()
        self.template.addItem(self.tr("— tanpa templat —"), "")
        for t in self.templates:
            self.template.addItem(t.memo, t.key)
        self.amount = MoneyEdit()
        self.amount.setMaximumWidth(170)
        self.amount.setEnabled(False)
        pick = QHBoxLayout()
        pick.addWidget(self.template, 1)
        pick.addWidget(QLabel(self.tr("Jumlah")))
        pick.addWidget(self.amount)

        head = QFormLayout()
        head.addRow(self.tr("Templat"), pick)
        head.addRow(self.tr("Tanggal"), self.date)
        head.addRow(self.tr("Keterangan"), self.memo)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        for col, text in enumerate((self.tr("Akun"), self.tr("Keterangan baris"), self.tr("Debit"),
                                    self.tr("Kredit"))):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, col)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 4)
        self.grid.setColumnMinimumWidth(2, 140)
        self.grid.setColumnMinimumWidth(3, 140)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addLayout(self.grid)
        lines_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lines_box.setObjectName("plainBackground")
        scroll.viewport().setObjectName("plainBackground")
        scroll.setWidget(lines_box)
        self.lines: list[LineEditor] = []

        self.add_line_button = button(self.tr("Tambah baris"))
        self.total_debit = QLabel()
        self.total_credit = QLabel()
        self.difference = QLabel()
        totals = QHBoxLayout()
        totals.addWidget(self.add_line_button)
        totals.addStretch(1)
        for w in (self.total_debit, self.total_credit, self.difference):
            totals.addWidget(w)
            totals.addSpacing(16)

        self.message = MessageLabel()
        self.save_button = button(self.tr("Simpan"), primary=True)
        self.cancel_button = button(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addLayout(totals)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.template.currentIndexChanged.connect(lambda _i: self._apply_template())
        self.amount.textChanged.connect(lambda _t: self._spread_amount())
        self.add_line_button.clicked.connect(self.add_line)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for _ in range(2):
            self.add_line()
        self._update_totals()
        self.memo.setFocus()

    # --- templates ---------------------------------------------------------

    def choose_template(self, key: str) -> None:
        self.template.setCurrentIndex(max(0, self.template.findData(key)))

    def current_template(self) -> JournalTemplate | None:
        key = self.template.currentData()
        return next((t for t in self.templates if t.key == key), None)

    def _apply_template(self) -> None:
        t = self.current_template()
        self.amount.setEnabled(t is not None)
        if t is None:
            return
        while len(self.lines) > 2:
            self.remove_line(self.lines[-1])
        self.memo.setText(t.memo)
        first, second = self.lines
        first.set_account(t.debit)
        second.set_account(t.credit)
        for line in self.lines:
            line.memo.clear()
        self.amount.set_amount(t.amount_rp)
        self._spread_amount()
        self.amount.setFocus()
        self.amount.selectAll()

    def _spread_amount(self) -> None:
        """The template's one amount: debit on its first line, credit on the second."""
        if self.current_template() is None or len(self.lines) < 2:
            return
        first, second = self.lines[0], self.lines[1]
        value = self.amount.amount()
        if value is None:  # not rupiah: leave the lines for the gate to flag
            first.debit.setText(self.amount.text())
        else:
            first.debit.set_amount(value)
            second.credit.set_amount(value)
        first.credit.clear()
        second.debit.clear()

    # --- lines -------------------------------------------------------------

    def add_line(self) -> LineEditor:
        line = LineEditor(self._accounts, self.tr("— pilih akun —"), self.tr("Hapus"))
        self.lines.append(line)
        self._place_lines()
        line.account.currentIndexChanged.connect(self._update_totals)
        for edit in (line.debit, line.credit):
            edit.textChanged.connect(self._update_totals)
        line.remove.clicked.connect(lambda: self.remove_line(line))
        return line

    def remove_line(self, line: LineEditor) -> None:
        if len(self.lines) <= 2:
            return  # a journal needs two sides; clear it instead
        self.lines.remove(line)
        for w in line.widgets:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._place_lines()
        self._update_totals()

    def _place_lines(self) -> None:
        for row, line in enumerate(self.lines, start=1):
            for col, w in enumerate(line.widgets):
                self.grid.addWidget(w, row, col)

    # --- totals and save ---------------------------------------------------

    def _problems(self) -> list[str]:
        """What keeps Save disabled: amounts that are not rupiah, lines without an account,
        and debits that differ from credits. The service checks everything else."""
        problems = []
        for no, line in enumerate(self.lines, start=1):
            if line.is_blank():
                continue
            if line.debit.amount() is None or line.credit.amount() is None:
                problems.append(self.tr("Baris {no}: jumlah harus rupiah bulat.").format(no=no))
            elif not line.account.currentData():
                problems.append(self.tr("Baris {no}: pilih akun.").format(no=no))
        return problems

    def _update_totals(self) -> None:
        drafts = [line.draft() for line in self.lines if not line.is_blank()]
        debit = sum(d.debit_rp for d in drafts)
        credit = sum(d.credit_rp for d in drafts)
        self.total_debit.setText(self.tr("Debit: {amount}").format(amount=fmt.rupiah(debit)))
        self.total_credit.setText(self.tr("Kredit: {amount}").format(amount=fmt.rupiah(credit)))
        diff = debit - credit
        if diff == 0 and debit > 0:
            self.difference.setText(self.tr("Seimbang"))
            self.difference.setObjectName("okText")
        else:
            self.difference.setText(self.tr("Selisih: {amount}").format(amount=fmt.rupiah(abs(diff))))
            self.difference.setObjectName("errorText")
        self.difference.style().unpolish(self.difference)
        self.difference.style().polish(self.difference)
        problems = self._problems()
        self.save_button.setEnabled(diff == 0 and debit > 0 and not problems and not self._saving)
        self.save_button.setToolTip("\n".join(problems))

    def draft(self) -> JournalDraft:
        lines = tuple(line.draft() for line in self.lines if not line.is_blank())
        return JournalDraft(self.uuid, from_qdate(self.date.date()), self.memo.text(), lines)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(ledger.post_journal, self.session.ctx.uow(), self.session.actor,
                                   self.draft(), on_done=self._posted, on_error=self._failed)

    def _posted(self, info: JournalInfo) -> None:
        self._saving = False
        self.posted.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.message.show_error(exc)
        self._update_totals()
