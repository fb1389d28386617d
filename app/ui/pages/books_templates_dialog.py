"""Templat jurnal: the built-in templates and the outlet's own; pick one to edit it (a
built-in one saves as the outlet's override), or fill the form for a new one. Saving
and deleting call the service off the GUI thread; a refusal shows inline."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.journal_templates import PAY_FROM, JournalTemplate
from app.services import journal_templates, ledger
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, MoneyEdit, button, hint


class TemplatesDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Templat jurnal"))
        self.resize(820, 560)
        accounts = [a for a in ledger.chart(session.ctx.reader()) if a.postable and a.active]
        self._names = {a.code: a.name for a in accounts}
        self.model = LazyTableModel([
            Column("key", self.tr("Kode"), lambda t: t.key),
            Column("memo", self.tr("Keterangan"), lambda t: t.memo),
            Column("debit", self.tr("Akun debit"), lambda t: f"{t.debit} {self._names.get(t.debit, '')}"),
            Column("credit", self.tr("Dibayar dari"), lambda t: self._pay_label(t.credit)),
            Column("amount", self.tr("Jumlah bawaan"), lambda t: t.amount_rp, RIGHT,
                   lambda v: fmt.rupiah(v) if v else "—"),
        ], parent=self)
        self.table = make_table(self.model, widths={0: 90, 1: 230, 2: 200, 3: 110}, stretch=4)
        self.key = QLineEdit()
        self.key.setMaxLength(30)
        self.key.setPlaceholderText(self.tr("mis. bbm-motor"))
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.debit = QComboBox()
        for a in accounts:
            if a.code not in PAY_FROM:
                self.debit.addItem(f"{a.code} — {a.name}", a.code)
        self.credit = QComboBox()
        for code in PAY_FROM:
            self.credit.addItem(self._pay_label(code), code)
        self.amount = MoneyEdit()
        self.amount.setMaximumWidth(180)
        form = QFormLayout()
        form.addRow(self.tr("Kode"), self.key)
        form.addRow(self.tr("Keterangan"), self.memo)
        form.addRow(self.tr("Akun debit"), self.debit)
        form.addRow(self.tr("Dibayar dari"), self.credit)
        form.addRow(self.tr("Jumlah bawaan"), self.amount)
        self.message = MessageLabel()
        self.new_button = button(self.tr("Templat baru"))
        self.delete_button = button(self.tr("Hapus"))
        self.save_button = button(self.tr("Simpan"), primary=True)
        close = button(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Templat bawaan bisa diubah (misalnya diberi jumlah bawaan); menghapus "
                                      "ubahan itu mengembalikan templat bawaan. Jumlah 0 = diisi setiap kali.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        close.clicked.connect(self.accept)
        self.own: set[str] = set()
        self.refresh()

    def _pay_label(self, code: str) -> str:
        return self.tr("Kas") if code == "1101" else self.tr("Bank")

    def refresh(self, select_key: str | None = None) -> None:
        rows = journal_templates.list_templates(self.session.ctx.reader(), self.session.actor)
        self.own = {t.key for t in rows if not t.builtin}  # the outlet's, or its override of a built-in
        self.model.set_loader(slice_loader(rows))
        self.model.load_first_page()
        row = self.model.find_row(lambda t: t.key == select_key) if select_key else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.clear_form()

    def selected(self) -> JournalTemplate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _picked(self, _s: QItemSelection | None = None, _d: QItemSelection | None = None) -> None:
        t = self.selected()
        self.delete_button.setEnabled(t is not None and t.key in self.own)
        if t is None:
            return
        self.key.setText(t.key)
        self.memo.setText(t.memo)
        self.debit.setCurrentIndex(max(0, self.debit.findData(t.debit)))
        self.credit.setCurrentIndex(max(0, self.credit.findData(t.credit)))
        self.amount.set_amount(t.amount_rp)

    def clear_form(self) -> None:
        self.table.clearSelection()
        for edit in (self.key, self.memo, self.amount):
            edit.clear()
        self.delete_button.setEnabled(False)
        self.key.setFocus()

    def form_template(self) -> JournalTemplate:
        amount = self.amount.amount()
        return JournalTemplate(self.key.text().strip(), self.memo.text(), self.debit.currentData() or "",
                               self.credit.currentData(), -1 if amount is None else amount)

    def save(self) -> None:
        t = self.form_template()
        self._run(journal_templates.save_template, t, select=t.key,
                  text=self.tr("Templat {key} disimpan.").format(key=t.key))

    def delete(self) -> None:
        t = self.selected()
        if t is not None and t.key in self.own:
            self._run(journal_templates.delete_template, t.key, select=t.key,
                      text=self.tr("Templat {key} dihapus.").format(key=t.key))

    def _run(self, fn, arg, *, select: str, text: str) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(fn, self.session.ctx.uow(), self.session.actor, arg,
                                   on_done=lambda _r: self._done(select, text), on_error=self._failed)

    def _done(self, key: str, text: str) -> None:
        self.save_button.setEnabled(True)
        self.refresh(select_key=key)
        self.message.show_ok(text)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)
