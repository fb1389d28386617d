"""Bagan Akun tab: the chart with each account's balance today (headers summed), and
for the bendahara (journal.post) new account, rename, deactivate/reactivate, delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import accounts_admin
from app.services.accounts_admin import AccountInfo
from app.ui.pages.books_account_dialogs import AddAccountDialog, RenameAccountDialog, side_label, type_label
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint


class AccountsTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        can_edit = session.actor.can(Permission.JOURNAL_POST)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari kode atau nama akun…"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Tampilkan akun nonaktif"))
        self.show_inactive.setChecked(True)
        self.add_button = button(self.tr("Akun baru"), primary=True)
        self.rename_button = button(self.tr("Ganti nama"))
        self.toggle_button = button(self.tr("Nonaktifkan"))
        self.delete_button = button(self.tr("Hapus"))
        for b in (self.add_button, self.rename_button, self.toggle_button, self.delete_button):
            b.setVisible(can_edit)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        for b in (self.delete_button, self.toggle_button, self.rename_button, self.add_button):
            top.addWidget(b)

        self.model = LazyTableModel(self._columns(), page_size=1000, parent=self)
        self.table = make_table(self.model, widths={0: 110, 1: 320, 2: 100, 3: 110, 4: 150}, stretch=5)
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint(self.tr("Saldo per hari ini menurut saldo normal akun; akun kepala menjumlah "
                                      "akun di bawahnya. Akun nonaktif menolak jurnal baru; riwayatnya tetap.")))
        self.rows: list[AccountInfo] = []
        self.dialog: AddAccountDialog | RenameAccountDialog | None = None
        self.search.textChanged.connect(lambda _t: self._show_rows())
        self.show_inactive.toggled.connect(lambda _c: self._show_rows())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.rename_button.clicked.connect(self.open_rename_dialog)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_selected)
        self._selection_changed()

    def _columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Kode"), lambda a: "    " * a.level + a.code),
            Column("name", self.tr("Nama akun"), lambda a: a.name),
            Column("type", self.tr("Jenis"), lambda a: type_label(a.type)),
            Column("side", self.tr("Saldo normal"), lambda a: side_label(a.normal_side)),
            Column("balance", self.tr("Saldo"), lambda a: a.balance_rp, RIGHT, fmt.rupiah),
            Column("status", self.tr("Status"), self._status),
        ]

    def _status(self, a: AccountInfo) -> str:
        if not a.postable:
            return self.tr("Akun kepala")
        parts = [self.tr("Aktif") if a.active else self.tr("Nonaktif")]
        if a.system:
            parts.append(self.tr("dipakai otomatis"))
        elif a.used:
            parts.append(self.tr("sudah dipakai jurnal"))
        return " · ".join(parts)

    # --- loading -----------------------------------------------------------

    def refresh(self, select_code: str | None = None) -> None:
        self.message.clear()
        try:
            self.rows = accounts_admin.list_accounts(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.message.show_error(err)
            self.rows = []
        self._show_rows(select_code)

    def _show_rows(self, select_code: str | None = None) -> None:
        current = select_code or (self.selected().code if self.selected() else None)
        words = self.search.text().casefold().split()
        rows = [a for a in self.rows if (self.show_inactive.isChecked() or a.active)
                and all(w in f"{a.code} {a.name}".casefold() for w in words)]
        self.model.set_loader(slice_loader(rows))
        self.model.load_first_page()
        if current:
            row = self.model.find_row(lambda a: a.code == current)
            if row >= 0:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select(self, code: str) -> bool:
        row = self.model.find_row(lambda a: a.code == code)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self, _s: QItemSelection | None = None, _d: QItemSelection | None = None) -> None:
        a = self.selected()
        leaf = a is not None and a.postable
        self.rename_button.setEnabled(a is not None)
        self.toggle_button.setText(self.tr("Aktifkan kembali") if leaf and not a.active else self.tr("Nonaktifkan"))
        self.toggle_button.setEnabled(leaf and not (a.active and a.system))
        self.delete_button.setEnabled(leaf and not a.used and not a.system)

    # --- actions -----------------------------------------------------------

    def open_add_dialog(self) -> AddAccountDialog:
        a = self.selected()
        under = None if a is None else (a.code if len(a.code) == 2 else a.parent)
        parents = accounts_admin.parents(self.session.ctx.reader(), self.session.actor)
        self.dialog = AddAccountDialog(self.session, parents, self, under=under)
        self.dialog.done.connect(lambda info: self._changed(info.code, self.tr("Akun {code} {name} ditambahkan.")
                                                            .format(code=info.code, name=info.name)))
        self.dialog.open()
        return self.dialog

    def open_rename_dialog(self) -> RenameAccountDialog | None:
        a = self.selected()
        if a is None:
            return None
        self.dialog = RenameAccountDialog(self.session, a, self)
        self.dialog.done.connect(lambda info: self._changed(info.code, self.tr("Nama akun {code} menjadi {name}.")
                                                            .format(code=info.code, name=info.name)))
        self.dialog.open()
        return self.dialog

    def toggle_active(self) -> None:
        a = self.selected()
        if a is None or not a.postable:
            return
        if not a.active:
            self._run(accounts_admin.set_active, a.code, True,
                      done_text=self.tr("Akun {code} aktif kembali.").format(code=a.code))
            return
        self.confirm_box = confirm(
            self, self.tr("Nonaktifkan akun"),
            self.tr("Nonaktifkan {code} {name}? Jurnal baru ke akun ini akan ditolak; jurnal lamanya tetap.")
            .format(code=a.code, name=a.name), self.tr("Nonaktifkan"),
            lambda: self._run(accounts_admin.set_active, a.code, False,
                              done_text=self.tr("Akun {code} dinonaktifkan.").format(code=a.code)))

    def delete_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        self.confirm_box = confirm(
            self, self.tr("Hapus akun"),
            self.tr("Hapus {code} {name}? Hanya akun yang belum pernah dipakai yang bisa dihapus.")
            .format(code=a.code, name=a.name), self.tr("Hapus"),
            lambda: self._run(accounts_admin.delete_account, a.code,
                              done_text=self.tr("Akun {code} dihapus.").format(code=a.code)))

    def _run(self, fn, *args, done_text: str) -> None:
        code = args[0]
        self.message.clear()
        self.session.runner.submit(fn, self.session.ctx.uow(), self.session.actor, *args,
                                   on_done=lambda _r: self._changed(code, done_text),
                                   on_error=self.message.show_error)

    def _changed(self, code: str, text: str) -> None:
        self.refresh(select_code=code)
        self.message.show_ok(text)
