"""Sinkronisasi: the district packages this outlet made (exported, sent, acknowledged), their
upload state, and the actions of the bendahara: export a month or everything since the last
export to a folder, send the upload queue now, queue a package again, import the hub's
acknowledgement file, save the public key for registration, and the hub's address. A second
tab holds what the packages say about the cooperative (sync_profile_box.py).

Every service call that writes a file or talks to the hub runs on the task runner; refusals
are shown inline. The upload worker itself is the session's SyncDriver (app/ui/sync_driver.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from shiboken6 import isValid

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import profile, sync_export, sync_keys, sync_upload
from app.services.sync_export import ExportInfo
from app.services.sync_upload import UploadInfo
from app.ui.outlet import business_date, outlet_zone
from app.ui.pages.member_arrears_tab import month_edit, month_text
from app.ui.pages.sync_profile_box import SyncProfileBox
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, card, hint, page_title, to_qdate


@dataclass(frozen=True)
class SyncRow:
    export: ExportInfo
    upload: UploadInfo | None


@dataclass(frozen=True)
class SyncView:
    rows: tuple[SyncRow, ...]
    hub_url: str
    fingerprint: str | None
    due_month: str | None  # the month that ended with no export yet


def load_view(ctx, actor) -> SyncView:
    """Everything the page shows, in one call on the task runner."""
    exports = sync_export.list_exports(ctx.reader(), actor)
    uploads = sync_upload.uploads_by_sequence(ctx.reader(), actor)
    with ctx.reader() as uow:
        due = sync_upload.due_month_in(uow, profile.business_date(uow))
    return SyncView(tuple(SyncRow(e, uploads.get(e.sequence)) for e in exports),
                    sync_upload.get_hub_url(ctx.reader(), actor), sync_keys.fingerprint(ctx.reader(), actor), due)


def export_and_queue(ctx, actor, period: str | None, folder: Path, correction: bool):
    """Export to the folder, then queue the package for upload when a hub URL is set."""
    result = sync_export.export_package(ctx.uow(), actor, period, folder, correction=correction)
    return result, sync_upload.after_export(ctx.uow(), actor, result)


def import_ack_file(ctx, actor, path: Path) -> sync_export.AckResult:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DomainError("read_failed", f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}.") from None
    return sync_export.import_ack(ctx.uow(), actor, data)


def queue_again(ctx, actor, sequence: int, path: Path | None) -> UploadInfo:
    data = None
    if path is not None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DomainError("read_failed", f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}.") from None
    return sync_upload.enqueue(ctx.uow(), actor, sequence, data)


def month_label(key: str) -> str:
    year, month = key.split("-")
    return fmt.month(int(year), int(month))


def _last_month(today: date) -> date:
    return date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)


class ExportDialog(QDialog):
    """Ekspor Bulan… (a month that has ended) or Ekspor sejak ekspor terakhir: the folder,
    and for a month the district already acknowledged, the correction checkbox."""

    exported = Signal(object)  # (ExportResult, UploadInfo | None)

    def __init__(self, session: Session, acknowledged: set[str], *, since_last: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.since_last = since_last
        self.acknowledged = acknowledged  # months whose latest package the district accepted
        self.running = False
        self.setWindowTitle(self.tr("Ekspor sejak ekspor terakhir") if since_last else self.tr("Ekspor Bulan"))
        self.setMinimumWidth(520)
        last = _last_month(business_date(session.ctx))
        self.month = month_edit(last)
        self.month.setMaximumDate(to_qdate(last))
        self.folder = QLineEdit(str(Path.home()))
        self.browse_button = button(self.tr("Pilih…"))
        self.browse_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.correction = QCheckBox(self.tr("Paket koreksi (bulan ini sudah diterima kabupaten)"))
        form = QFormLayout()
        if not since_last:
            form.addRow(self.tr("Bulan"), self.month)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow("", self.correction)
        self.message = MessageLabel()
        self.run_button = button(self.tr("Ekspor"), primary=True)
        self.run_button.setDefault(True)
        self.close_button = button(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Paket kopdes-<NIB>-<bulan>-<nomor>.zip ditandatangani kunci gerai. NIK anggota tidak ikut; "
            "bila alamat hub diatur, paket juga diantrekan untuk diunggah.") if not since_last else self.tr(
            "Semua bulan sejak paket terakhir sampai bulan lalu, dalam satu paket.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.month.dateChanged.connect(lambda _d: self._update_correction())
        self.browse_button.clicked.connect(self._browse)
        self.run_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self._update_correction()

    def chosen_period(self) -> str | None:
        return None if self.since_last else month_text(self.month)

    def _update_correction(self) -> None:
        done = not self.since_last and month_text(self.month) in self.acknowledged
        self.correction.setVisible(done)
        if not done:
            self.correction.setChecked(False)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder paket"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.message.clear()
        for w in (self.month, self.folder, self.browse_button, self.correction, self.run_button):
            w.setEnabled(False)
        s = self.session
        s.runner.submit(export_and_queue, s.ctx, s.actor, self.chosen_period(),
                        Path(self.folder.text().strip() or "."), self.correction.isChecked(),
                        on_done=self._done, on_error=self._failed)

    def _finish(self) -> None:
        self.running = False
        for w in (self.month, self.folder, self.browse_button, self.correction, self.run_button):
            w.setEnabled(True)

    def _done(self, result) -> None:
        if not isValid(self):
            return
        self._finish()
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._finish()
        self.message.show_error(exc)


class SyncPage(QWidget):
    loaded = Signal()  # the history is on screen (tests wait for it)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.may_export = session.actor.can(Permission.SYNC_EXPORT)
        self.view: SyncView | None = None
        self.dialog: ExportDialog | None = None
        self.loading = self._again = False
        self._zone = outlet_zone(session.ctx)
        zone = self._zone

        columns = [
            Column("sequence", self.tr("No."), lambda r: r.export.sequence, RIGHT),
            Column("period", self.tr("Periode"), lambda r: self._period(r.export)),
            Column("file", self.tr("Berkas"), lambda r: r.export.file_name),
            Column("created", self.tr("Dibuat"), lambda r: fmt.local_datetime(r.export.created_at, zone)),
            Column("status", self.tr("Status"), lambda r: self._status(r.export)),
            Column("upload", self.tr("Unggah"), lambda r: self._upload(r.upload)),
            Column("error", self.tr("Kesalahan terakhir"), lambda r: r.upload.last_error if r.upload else ""),
        ]
        self.model = LazyTableModel(columns, parent=self)
        self.table = make_table(self.model, widths={0: 44, 1: 125, 2: 320, 3: 188, 4: 145, 5: 128}, stretch=6)
        self.message = MessageLabel()
        self.detail = QLabel()  # the selected (or newest) package's last upload error, whole
        self.detail.setObjectName("errorText")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.reminder = QLabel()
        self.reminder.setObjectName("errorText")
        self.reminder.setWordWrap(True)
        self.reminder.hide()

        self.export_button = button(self.tr("Ekspor Bulan…"), primary=True)
        self.since_button = button(self.tr("Ekspor sejak ekspor terakhir…"))
        self.send_button = button(self.tr("Kirim sekarang"))
        self.requeue_button = button(self.tr("Kirim ulang"))
        self.ack_button = button(self.tr("Impor tanda terima…"))
        self.key_button = button(self.tr("Kunci publik…"))
        self.refresh_button = button(self.tr("Muat ulang"))
        actions = QHBoxLayout()
        for b in (self.export_button, self.since_button, self.ack_button, self.key_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        queue = QHBoxLayout()
        self.queue_label = hint("")
        queue.addWidget(self.queue_label, 1)
        queue.addWidget(self.requeue_button)
        queue.addWidget(self.send_button)

        hub_card, hub_layout = card(self.tr("Unggah ke hub kabupaten"))
        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText(self.tr("https://hub.kabupaten.go.id (kosong = hanya simpan ke folder)"))
        self.save_hub_button = button(self.tr("Simpan alamat"))
        hub_row = QHBoxLayout()
        hub_row.addWidget(QLabel(self.tr("Alamat hub")))
        hub_row.addWidget(self.hub_url, 1)
        hub_row.addWidget(self.save_hub_button)
        hub_layout.addLayout(hub_row)
        self.key_label = hint("")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hub_layout.addWidget(self.key_label)

        packages = QWidget()
        packages_layout = QVBoxLayout(packages)
        packages_layout.setContentsMargins(12, 12, 12, 12)
        packages_layout.addLayout(actions)
        packages_layout.addWidget(self.message)
        packages_layout.addWidget(self.table, 1)
        packages_layout.addWidget(self.detail)
        packages_layout.addLayout(queue)
        packages_layout.addWidget(hub_card)

        # What the packages say about the cooperative (region code, units, partnerships, names).
        self.profile_box = SyncProfileBox(session)
        holder = QWidget()
        holder.setObjectName("plainBackground")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(12, 12, 12, 12)
        holder_layout.addWidget(self.profile_box)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.tabs = QTabWidget()
        self.tabs.addTab(packages, self.tr("Paket"))
        self.tabs.addTab(scroll, self.tr("Data koperasi"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(self.tr("Sinkronisasi")))
        layout.addWidget(hint(self.tr(
            "Paket laporan bulanan untuk dinas kabupaten: simpan ke folder (mis. flashdisk) atau unggah ke hub. "
            "Paket yang gagal terkirim dicoba lagi otomatis; tanda terima dari kabupaten menandai paket diterima.")))
        layout.addWidget(self.reminder)
        layout.addWidget(self.tabs, 1)

        for b in (self.export_button, self.since_button, self.send_button, self.requeue_button, self.ack_button,
                  self.save_hub_button):
            b.setVisible(self.may_export)
        self.hub_url.setReadOnly(not self.may_export)
        self.export_button.clicked.connect(lambda: self.open_export(since_last=False))
        self.since_button.clicked.connect(lambda: self.open_export(since_last=True))
        self.send_button.clicked.connect(self.send_now)
        self.requeue_button.clicked.connect(self.requeue_selected)
        self.ack_button.clicked.connect(self.choose_ack)
        self.key_button.clicked.connect(self.choose_key_folder)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_hub_button.clicked.connect(self.save_hub_url)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        driver = session.sync_driver
        if driver is not None:
            driver.changed.connect(lambda _state: self.refresh())
        self.refresh()

    # --- labels ------------------------------------------------------------------------

    def _period(self, e: ExportInfo) -> str:
        text = month_label(e.period_from) if e.period_from == e.period_to else self.tr("{first} s.d. {last}").format(
            first=month_label(e.period_from), last=month_label(e.period_to))
        return text + (self.tr(" (koreksi {n})").format(n=e.correction_of) if e.correction_of else "")

    def _status(self, e: ExportInfo) -> str:
        return {"exported": self.tr("dibuat"), "sent": self.tr("terkirim"),
                "acknowledged": self.tr("diterima kabupaten")}.get(e.status, e.status)

    def _upload(self, u: UploadInfo | None) -> str:
        if u is None:
            return "—"
        if u.status == "queued":
            if u.attempts and u.next_attempt_at is not None:
                return self.tr("menunggu · coba lagi {at}").format(
                    at=fmt.local_datetime(u.next_attempt_at, self._zone).split(" ", 3)[3])
            return self.tr("menunggu dikirim")
        return {"sent": self.tr("terkirim"), "refused": self.tr("ditolak hub")}.get(u.status, u.status)

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.loading:
            self._again = True
            return
        self.loading = True
        s = self.session
        s.runner.submit(load_view, s.ctx, s.actor, on_done=self._loaded, on_error=self._load_failed)

    def _after_load(self) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.message.show_error(exc)
        self._after_load()

    def _loaded(self, view: SyncView) -> None:
        if not isValid(self):
            return
        selected = self.selected_row()
        self.view = view
        self.model.set_loader(slice_loader(view.rows))
        self.model.load_first_page()
        if selected is not None:
            for i, r in enumerate(view.rows):
                if r.export.sequence == selected.export.sequence:
                    self.table.selectRow(i)
        if not self.hub_url.hasFocus():
            self.hub_url.setText(view.hub_url)
        self.key_label.setText(self.tr("Sidik jari kunci gerai: {fp}").format(fp=view.fingerprint) if view.fingerprint
                               else self.tr("Kunci tanda tangan dibuat saat ekspor pertama."))
        if view.due_month is not None:
            self.reminder.setText(self.tr("Ekspor ke kabupaten untuk {month} belum dibuat.").format(
                month=month_label(view.due_month)))
        self.reminder.setVisible(view.due_month is not None)
        waiting = [r for r in view.rows if r.upload is not None and r.upload.status == "queued"]
        if not view.hub_url:
            text = self.tr("Alamat hub belum diatur: paket hanya disimpan ke folder.")
        elif waiting:
            text = self.tr("{count} paket menunggu diunggah ke {url}.").format(count=len(waiting), url=view.hub_url)
        else:
            text = self.tr("Tidak ada paket yang menunggu diunggah ke {url}.").format(url=view.hub_url)
        self.queue_label.setText(text)
        self._update_buttons()
        self._after_load()
        self.loaded.emit()

    def selected_row(self) -> SyncRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        shown = row or next((r for r in (self.view.rows if self.view else ()) if r.upload and r.upload.last_error),
                            None)
        error = shown.upload.last_error if shown is not None and shown.upload is not None else ""
        self.detail.setText(self.tr("{file}: {error}").format(file=shown.export.file_name, error=error)
                            if error else "")
        self.detail.setVisible(bool(error))
        hub = bool(self.view and self.view.hub_url)
        self.send_button.setEnabled(hub)
        self.requeue_button.setEnabled(hub and row is not None and row.export.status != "acknowledged"
                                       and (row.upload is None or row.upload.status != "queued"))

    # --- actions -----------------------------------------------------------------------

    def open_export(self, *, since_last: bool) -> ExportDialog | None:
        if not self.may_export:
            return None
        acknowledged = {r.export.period_to for r in (self.view.rows if self.view else ())
                        if r.export.status == "acknowledged" and r.export.period_from == r.export.period_to}
        dialog = ExportDialog(self.session, acknowledged, since_last=since_last, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _exported(self, result) -> None:
        exported, upload = result
        e = exported.export
        text = self.tr("Paket {file} (nomor {n}) tersimpan di {folder}.").format(
            file=e.file_name, n=e.sequence, folder=str(exported.path.parent))
        if exported.reused:
            text += " " + self.tr("Data tidak berubah: paket yang sama ditulis lagi.")
        if upload is not None and upload.status == "queued":
            text += " " + self.tr("Paket diantrekan untuk diunggah ke hub.")
        self.message.show_ok(text)
        self._kick()
        self.refresh()

    def _kick(self) -> None:
        if self.session.sync_driver is not None:
            self.session.sync_driver.kick()

    def send_now(self) -> None:
        s = self.session
        self.send_button.setEnabled(False)
        self.message.clear()
        s.runner.submit(sync_upload.send_now, s.ctx.uows, s.actor, on_done=self._sent, on_error=self._action_failed)

    def _sent(self, results) -> None:
        if not isValid(self):
            return
        if not results:
            self.message.show_ok(self.tr("Tidak ada paket yang menunggu dikirim."))
        else:
            parts = []
            for r in results:
                if r.outcome == "accepted":
                    parts.append(self.tr("{file}: diterima hub").format(file=r.upload.file_name)
                                 + (self.tr(", tanda terima diimpor") if r.acknowledged else f" — {r.reason}"))
                elif r.outcome == "refused":
                    parts.append(self.tr("{file}: ditolak hub — {reason}").format(file=r.upload.file_name,
                                                                                  reason=r.reason))
                else:
                    parts.append(self.tr("{file}: belum terkirim, dicoba lagi nanti — {reason}").format(
                        file=r.upload.file_name, reason=r.reason))
            text = "\n".join(parts)
            if all(r.outcome == "accepted" and r.acknowledged for r in results):
                self.message.show_ok(text)
            else:
                self.message.show_error(text)
        self.refresh()

    def _action_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.message.show_error(exc)
        self.refresh()

    def requeue_selected(self, path: Path | str | None = None) -> None:
        """Kirim ulang: queue the selected package again from the bytes kept, or from its file."""
        row = self.selected_row()
        if row is None:
            return
        if path is None and (row.upload is None or not row.upload.has_bytes):
            chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas paket {file}").format(
                file=row.export.file_name), str(Path.home()), self.tr("Paket Kopdes (kopdes-*.zip)"))
            if not chosen:
                return
            path = chosen
        s = self.session
        self.requeue_button.setEnabled(False)
        s.runner.submit(queue_again, s.ctx, s.actor, row.export.sequence, Path(path) if path else None,
                        on_done=self._requeued, on_error=self._action_failed)

    def _requeued(self, info: UploadInfo) -> None:
        if not isValid(self):
            return
        self.message.show_ok(self.tr("Paket {file} diantrekan untuk diunggah.").format(file=info.file_name))
        self._kick()
        self.refresh()

    def choose_ack(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih tanda terima dari kabupaten"), str(Path.home()),
                                               self.tr("Tanda terima (kopdes-ack-*.json)"))
        if path:
            self.import_ack(path)

    def import_ack(self, path: Path | str) -> None:
        s = self.session
        self.ack_button.setEnabled(False)
        self.message.clear()
        s.runner.submit(import_ack_file, s.ctx, s.actor, Path(path), on_done=self._ack_done,
                        on_error=self._ack_failed)

    def _ack_done(self, result: sync_export.AckResult) -> None:
        if not isValid(self):
            return
        self.ack_button.setEnabled(True)
        e = result.export
        self.message.show_ok(
            self.tr("Paket {file} sudah tercatat diterima kabupaten.").format(file=e.file_name) if result.already
            else self.tr("Paket {file} (nomor {n}) diterima kabupaten.").format(file=e.file_name, n=e.sequence))
        self.refresh()

    def _ack_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.ack_button.setEnabled(True)
        self.message.show_error(exc)

    def choose_key_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder untuk kunci publik"), str(Path.home()))
        if folder:
            self.save_public_key(folder)

    def save_public_key(self, folder: Path | str) -> None:
        s = self.session
        self.key_button.setEnabled(False)
        s.runner.submit(sync_keys.write_public_key, s.ctx.uow(), s.actor, Path(folder), on_done=self._key_saved,
                        on_error=self._key_failed)

    def _key_saved(self, result: sync_keys.PublicKeyFile) -> None:
        if not isValid(self):
            return
        self.key_button.setEnabled(True)
        self.message.show_ok(self.tr("Kunci publik tersimpan di {path}. Sidik jari: {fp} — cocokkan dengan petugas "
                                     "kabupaten saat mendaftar.").format(path=str(result.public_key_file),
                                                                        fp=result.fingerprint))
        self.refresh()

    def _key_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.key_button.setEnabled(True)
        self.message.show_error(exc)

    def save_hub_url(self) -> None:
        s = self.session
        self.save_hub_button.setEnabled(False)
        s.runner.submit(sync_upload.set_hub_url, s.ctx.uow(), s.actor, self.hub_url.text(),
                        on_done=self._hub_saved, on_error=self._hub_failed)

    def _hub_saved(self, url: str) -> None:
        if not isValid(self):
            return
        self.save_hub_button.setEnabled(True)
        self.hub_url.setText(url)
        self.message.show_ok(self.tr("Alamat hub disimpan: {url}.").format(url=url) if url
                             else self.tr("Alamat hub dikosongkan: paket hanya disimpan ke folder."))
        self._kick()
        self.refresh()

    def _hub_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.save_hub_button.setEnabled(True)
        self.message.show_error(exc)
