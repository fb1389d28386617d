"""Pengaturan > Pengguna (admin): list, add, change roles, reset PIN, deactivate/activate."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import ROLE_LABELS, Role
from app.domain.errors import DomainError
from app.services import auth
from app.services.auth import UserInfo
from app.ui.outlet import outlet_zone
from app.ui.pages.user_dialogs import PinDialog, UserDialog
from app.ui.session import Session
from app.ui.table_model import Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm


class UsersTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._zone = outlet_zone(session.ctx)
        columns = [
            Column("username", self.tr("Nama pengguna"), lambda u: u.username),
            Column("name", self.tr("Nama lengkap"), lambda u: u.full_name),
            Column("roles", self.tr("Peran"), lambda u: ", ".join(ROLE_LABELS[Role(r)] for r in u.roles)),
            Column("status", self.tr("Status"), self._status),
            Column("last", self.tr("Terakhir masuk"), lambda u: u.last_login_at, fmt=self._when),
        ]
        self.model = LazyTableModel(columns, parent=self)
        self.table = make_table(self.model, widths={0: 160, 1: 220, 2: 200, 3: 240}, stretch=4)
        self.add_button = button(self.tr("Tambah pengguna"), primary=True)
        self.edit_button = button(self.tr("Ubah peran"))
        self.pin_button = button(self.tr("Reset PIN"))
        self.deactivate_button = button(self.tr("Nonaktifkan"))
        self.activate_button = button(self.tr("Aktifkan / buka kunci"))
        self.message = MessageLabel()
        actions = QHBoxLayout()
        for b in (self.edit_button, self.pin_button, self.deactivate_button, self.activate_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.pin_button.clicked.connect(self.open_pin_dialog)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.activate_button.clicked.connect(self.activate_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dialog = None
        self.refresh()

    def _status(self, u: UserInfo) -> str:
        if not u.active:
            return self.tr("Nonaktif")
        if u.locked_now:
            return self.tr("Terkunci s.d. {when}").format(when=fmt.local_datetime(u.locked_until, self._zone))
        return self.tr("Aktif")

    def _when(self, at: datetime | None) -> str:
        return fmt.local_datetime(at, self._zone) if at else self.tr("belum pernah")

    def refresh(self, select: str | None = None) -> None:
        try:
            users = auth.list_users(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.message.show_error(err)
            users = []
        self.model.set_loader(slice_loader(users))
        self.model.load_first_page()
        if select:
            self.select_user(select)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        row = self.model.find_row(lambda u: u.username == username)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for b in (self.edit_button, self.pin_button):
            b.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.activate_button.setEnabled(user is not None and (not user.active or user.locked_now))

    # --- actions -----------------------------------------------------------

    def open_add_dialog(self) -> UserDialog:
        self.dialog = UserDialog(self.session, None, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def open_edit_dialog(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        self.dialog = UserDialog(self.session, user, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def open_pin_dialog(self) -> PinDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        self.dialog = PinDialog(self.session, user.username, self)
        self.dialog.saved.connect(lambda: self._done(self.tr("PIN {username} diganti.").format(
            username=user.username), user.username))
        self.dialog.open()
        return self.dialog

    def _saved(self, info: UserInfo) -> None:
        self._done(self.tr("Pengguna {username} disimpan.").format(username=info.username), info.username)

    def deactivate_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        confirm(self, self.tr("Nonaktifkan pengguna"),
                self.tr("Nonaktifkan {name} ({username})? Riwayatnya tetap tersimpan; akun bisa "
                        "diaktifkan lagi.").format(name=user.full_name, username=user.username),
                self.tr("Nonaktifkan"), lambda: self._run(auth.lock_user, user.username,
                                                         self.tr("{username} dinonaktifkan.")))

    def activate_selected(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run(auth.unlock_user, user.username, self.tr("{username} aktif kembali."))

    def _run(self, action, username: str, done_text: str) -> None:
        self.message.clear()
        self.session.runner.submit(action, self.session.ctx.uow(), self.session.actor, username,
                                   on_done=lambda _r: self._done(done_text.format(username=username), username),
                                   on_error=self.message.show_error)

    def _done(self, text: str, username: str) -> None:
        self.refresh(select=username)
        self.message.show_ok(text)
