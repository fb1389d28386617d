"""Pengaturan > Cadangan: back up now, see the backups, restore one (admin).
On PostgreSQL the server is backed up with pg_dump instead, and the tab says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import backups
from app.ui.outlet import last_backup_text, outlet_zone
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint, human_size, message_box


class BackupTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        ctx, actor = session.ctx, session.actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        self.message = MessageLabel()
        if ctx.sqlite_path is None:
            layout.addWidget(hint(self.tr(
                "Basis data ini berada di server PostgreSQL ({label}). Cadangkan dengan pg_dump di server "
                "(mis. terjadwal setiap malam) dan pulihkan dengan pg_restore; tombol cadangan di sini hanya "
                "untuk basis data SQLite.").format(label=ctx.db_label)))
            layout.addStretch(1)
            self.backup_button = self.restore_button = self.restore_file_button = None
            return
        zone = outlet_zone(ctx)
        self.folder = hint(self.tr("Folder cadangan: {folder}").format(folder=ctx.backup_dir))
        self.last = QLabel()
        self.backup_button = button(self.tr("Buat cadangan sekarang"), primary=True)
        self.restore_button = button(self.tr("Pulihkan cadangan terpilih…"))
        self.restore_file_button = button(self.tr("Pulihkan dari berkas lain…"))
        self.backup_button.setVisible(actor.can(Permission.BACKUP_CREATE))
        for b in (self.restore_button, self.restore_file_button):
            b.setVisible(actor.can(Permission.BACKUP_RESTORE))
        self.restore_button.setEnabled(False)
        columns = [
            Column("at", self.tr("Waktu"), lambda b: b.taken_at, fmt=lambda at: fmt.local_datetime(at, zone)),
            Column("file", self.tr("Berkas"), lambda b: b.path.name),
            Column("size", self.tr("Ukuran"), lambda b: b.size_bytes, RIGHT, human_size),
        ]
        self.model = LazyTableModel(columns, parent=self)
        self.table = make_table(self.model, widths={0: 190, 2: 100}, stretch=1)
        actions = QHBoxLayout()
        actions.addWidget(self.last, 1)
        actions.addWidget(self.restore_file_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.backup_button)
        layout.addWidget(self.folder)
        layout.addLayout(actions)
        layout.addWidget(hint(self.tr("Cadangan otomatis dibuat setiap hari dan saat aplikasi ditutup. "
                                      "Salin folder ini ke flashdisk secara berkala.")))
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_file)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        session.events.backups_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.last.setText(self.tr("Cadangan terakhir: {when}").format(when=last_backup_text(self.session.ctx)))
        try:
            files = backups.list_backups(self.session.ctx)
        except DomainError as err:
            self.message.show_error(err)
            files = []
        self.model.set_loader(slice_loader(files))
        self.model.load_first_page()

    # --- back up -----------------------------------------------------------

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.show_ok(self.tr("Membuat cadangan…"))
        self.session.runner.submit(backups.backup_now, self.session.ctx, self.session.actor,
                                   on_done=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, result: backups.BackupResult) -> None:
        self.backup_button.setEnabled(True)
        self.message.show_ok(self.tr("Cadangan dibuat: {name} ({size}).").format(
            name=result.path.name, size=human_size(result.size_bytes)))
        self.session.events.backups_changed.emit()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.message.show_error(exc)

    # --- restore -----------------------------------------------------------

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.ask_restore(self.model.row_object(rows[0].row()).path)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(self.session.ctx.backup_dir),
            self.tr("Cadangan Kopdes (*.sqlite3);;Semua berkas (*)"))
        if path:
            self.ask_restore(Path(path))

    def ask_restore(self, path: Path):
        return confirm(
            self, self.tr("Pulihkan cadangan"),
            self.tr("Pulihkan basis data dari {name}?\n\nBasis data yang sekarang tidak dihapus: ia disimpan "
                    "sebagai salinan (replaced-….sqlite3) di folder cadangan sebelum diganti. Setelah "
                    "pemulihan semua pengguna harus masuk lagi.").format(name=path.name),
            self.tr("Pulihkan"), lambda: self.restore(path))

    def restore(self, path: Path) -> None:
        self.message.show_ok(self.tr("Memulihkan dari {name}…").format(name=path.name))
        self.window().setEnabled(False)  # nothing may touch the database while the file is swapped
        self.session.events.restore_started.emit()
        self.session.runner.submit(backups.restore, self.session.ctx, self.session.actor, path,
                                   on_done=self._restored, on_error=self._restore_failed)

    def _restored(self, result: backups.RestoreResult) -> None:
        self.window().setEnabled(True)
        events = self.session.events
        message_box(self.window(), self.tr("Pemulihan selesai"),
                    self.tr("Basis data dipulihkan dari {name}. Basis data sebelumnya disimpan sebagai {kept}.\n\n"
                            "Silakan masuk lagi.").format(name=result.restored_from.name,
                                                          kept=result.replaced_copy.name),
                    on_closed=events.database_replaced.emit)

    def _restore_failed(self, exc: BaseException) -> None:
        self.window().setEnabled(True)
        self.message.show_error(exc)
        self.session.events.restore_failed.emit()
