"""Antrean Cetak: the print jobs kept in the database, newest first, for this PC or every
station; retry, cancel, print now and preview the selected job."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import print_worker, printing
from app.services.printing import JobInfo
from app.ui.outlet import outlet_zone
from app.ui.pages.print_labels import STATUSES, job_status_label, kind_label, status_label
from app.ui.pages.print_preview_dialog import PrintPreviewDialog
from app.ui.pages.till_common import till_name
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, hint, page_title

PAGE_SIZE = 100
MAX_PAGES_SEARCHED = 3


class PrintJobsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.driver = session.print_driver
        self.station = self.driver.station if self.driver is not None else till_name()
        self.dialog: PrintPreviewDialog | None = None
        zone = outlet_zone(session.ctx)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Komputer ini ({station})").format(station=self.station), self.station)
        self.scope.addItem(self.tr("Semua komputer"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for code in STATUSES:
            self.status.addItem(status_label(code), code)
        self.printer_label = hint("")
        self.refresh_button = button(self.tr("Muat ulang"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Komputer")))
        filters.addWidget(self.scope)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        columns = [
            Column("id", self.tr("No."), lambda j: j.id, RIGHT),
            Column("at", self.tr("Waktu"), lambda j: j.created_at, fmt=lambda at: fmt.local_datetime(at, zone)),
            Column("kind", self.tr("Jenis"), lambda j: kind_label(j.kind)),
            Column("ref", self.tr("Dokumen"), lambda j: j.ref or "—"),
            Column("status", self.tr("Status"), job_status_label),
            Column("attempts", self.tr("Percobaan"), lambda j: j.attempts, RIGHT),
            Column("error", self.tr("Pesan kesalahan"), lambda j: j.last_error),
            Column("printer", self.tr("Printer"), lambda j: j.printer_uri or "—"),
        ]
        self.model = LazyTableModel(columns, page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 50, 1: 180, 2: 112, 3: 150, 4: 130, 5: 108, 7: 198},
                                stretch=6)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)

        self.preview_button = button(self.tr("Pratinjau"))
        self.send_button = button(self.tr("Cetak sekarang"), primary=True)
        self.retry_button = button(self.tr("Coba lagi"))
        self.cancel_button = button(self.tr("Batalkan"))
        actions = QHBoxLayout()
        actions.addWidget(self.printer_label, 1)
        for b in (self.preview_button, self.cancel_button, self.retry_button, self.send_button):
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(self.tr("Antrean Cetak")))
        layout.addWidget(hint(self.tr(
            "Struk dan slip dicetak lewat antrean: penjualan tetap tersimpan walau printer mati atau kertas "
            "habis. Tugas yang gagal dicoba lagi otomatis beberapa kali; setelah itu pilih Coba lagi atau "
            "Batalkan.")))
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.preview_button.clicked.connect(self.preview_selected)
        self.send_button.clicked.connect(self.send_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        if self.driver is not None:
            self.driver.changed.connect(self._queue_changed)
        self._sending = False
        self.refresh()

    # --- loading -----------------------------------------------------------

    def _loader(self):
        ctx, actor = self.session.ctx, self.session.actor
        station, status = self.scope.currentData(), self.status.currentData()
        return lambda offset, limit: printing.list_jobs(ctx.reader(), actor, station=station, status=status,
                                                        limit=limit, offset=offset)

    def refresh(self) -> None:
        """Reload the list, keeping the selected job selected."""
        selected = self.selected_job()
        self.model.set_loader(self._loader())
        self.model.load_first_page()
        if selected is not None:
            self.select_job(selected.id)
        self._update_buttons()
        self._show_printer()

    def _queue_changed(self, _counts) -> None:
        self.refresh()

    def _show_printer(self) -> None:
        if self.driver is not None and self.driver.printer_uri is not None:
            uri = self.driver.printer_uri
        else:
            try:
                uri = printing.get_printer(self.session.ctx.reader(), self.session.actor, self.station).uri
            except DomainError as err:
                self.message.show_error(err)
                return
        if uri:
            text = self.tr("Printer {station}: {uri}").format(station=self.station, uri=uri)
        else:
            text = self.tr("Printer {station} belum diatur (Pengaturan > Printer): tugas menunggu di antrean."
                           ).format(station=self.station)
        self.printer_label.setText(text)

    # --- selection ---------------------------------------------------------

    def selected_job(self) -> JobInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_job(self, job_id: int) -> bool:
        row = self.model.find_row(lambda j: j.id == job_id)
        for _ in range(MAX_PAGES_SEARCHED):  # not through years of history for a job filtered out
            if row >= 0 or not self.model.canFetchMore():
                break
            self.model.fetchMore()
            row = self.model.find_row(lambda j: j.id == job_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        job = self.selected_job()
        status = job.status if job is not None else ""
        self.preview_button.setEnabled(job is not None)
        self.send_button.setEnabled(status in ("pending", "failed") and not self._sending)
        self.retry_button.setEnabled(status in ("failed", "cancelled"))
        self.cancel_button.setEnabled(status in ("pending", "failed"))
        self.detail.setText(self._describe(job) if job is not None else self.tr("Pilih tugas cetak."))

    def _describe(self, job: JobInfo) -> str:
        text = self.tr("#{id} {title} · {status} · {n} percobaan").format(
            id=job.id, title=job.title, status=job_status_label(job).lower(), n=job.attempts)
        if job.created_by:
            text += " · " + self.tr("dibuat oleh {user} di {station}").format(user=job.created_by, station=job.station)
        if job.status == "failed" and job.last_error:
            text += "\n" + job.last_error
        return text

    # --- actions -----------------------------------------------------------

    def preview_selected(self) -> PrintPreviewDialog | None:
        job = self.selected_job()
        if job is None:
            return None
        self.dialog = PrintPreviewDialog(self.session, job, self)
        self.dialog.open()
        return self.dialog

    def retry_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.message.clear()
        self.session.runner.submit(printing.retry, self.session.ctx.uow(), self.session.actor, job.id,
                                   on_done=self._retried, on_error=self._failed)

    def _retried(self, job: JobInfo) -> None:
        self.message.show_ok(self.tr("Tugas #{id} ({title}) masuk antrean lagi.").format(id=job.id, title=job.title))
        self.refresh()
        if self.driver is not None:
            self.driver.kick()

    def cancel_selected(self):
        job = self.selected_job()
        if job is None:
            return None
        return confirm(self, self.tr("Batalkan tugas cetak"),
                       self.tr("Batalkan tugas #{id} ({title})? Tugas ini tidak akan dicetak; pembatalan "
                               "dicatat di log audit.").format(id=job.id, title=job.title),
                       self.tr("Batalkan tugas"), lambda: self._cancel(job.id))

    def _cancel(self, job_id: int) -> None:
        self.message.clear()
        self.session.runner.submit(printing.cancel, self.session.ctx.uow(), self.session.actor, job_id,
                                   on_done=self._cancelled, on_error=self._failed)

    def _cancelled(self, job: JobInfo) -> None:
        self.message.show_ok(self.tr("Tugas #{id} ({title}) dibatalkan.").format(id=job.id, title=job.title))
        self.refresh()
        if self.driver is not None:
            self.driver.kick()  # the status bar counts it no more

    def send_selected(self) -> None:
        """Send the job now, on the printing thread (after any send in flight)."""
        job = self.selected_job()
        if job is None:
            return
        self._sending = True
        self._update_buttons()
        self.message.show_ok(self.tr("Mengirim tugas #{id} ke printer…").format(id=job.id))
        run = self.driver.submit if self.driver is not None else self.session.runner.submit
        run(print_worker.send_now, self.session.ctx.uow, self.session.actor, job.id,
            on_done=self._sent, on_error=self._send_failed)

    def _sent(self, job: JobInfo) -> None:
        self._sending = False
        self.message.show_ok(self.tr("Tugas #{id} ({title}) tercetak.").format(id=job.id, title=job.title))
        self.refresh()

    def _send_failed(self, exc: BaseException) -> None:
        self._sending = False
        self.message.show_error(exc)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)
        self.refresh()
