"""Riwayat penjualan (F11): today's sales of this outlet, newest first, with the receipt of
the one chosen as a copy would print, and "Cetak salinan". Arrows choose, Enter prints the
copy (marked SALINAN, audited), Esc closes. One press queues one copy: each sale gets one
UUID for as long as the dialog is open."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import printing, sales
from app.services.printing import JobInfo, Preview
from app.services.sales import SaleSummary
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import TillDialog, kick_printer
from app.ui.pages.till_receipt_panel import JobWatcher, ReceiptPaper, job_status_style, job_status_text, paper_width
from app.ui.session import Session
from app.ui.table_model import CENTER, RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import hint, page_title

PREVIEW_DELAY_MS = 120  # arrowing down the list renders only where the cashier stops


class SalesHistoryDialog(TillDialog):
    def __init__(self, session: Session, till: str, day: date, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Riwayat penjualan — {day}").format(day=fmt.day(day)))
        self.till, self.day = till, day
        self.zone = outlet_zone(session.ctx)
        self.uuids: dict[str, UUID] = {}
        self.preview: Preview | None = None
        self.job: JobInfo | None = None
        try:
            self.printer_set = bool(printing.get_printer(session.ctx.reader(), session.actor, till).uri)
        except DomainError:
            self.printer_set = True  # not ours to know: the copy will say why it cannot print
        self.setMinimumSize(1080, 620)
        statuses = {"completed": self.tr("Selesai"), "voided": self.tr("Dibatalkan")}
        columns = [
            Column("number", self.tr("Nomor"), lambda s: s.number),
            Column("time", self.tr("Jam"), lambda s: s.at.astimezone(self.zone.tzinfo).strftime("%H:%M"),
                   CENTER),
            Column("total", self.tr("Total"), lambda s: s.total_rp, RIGHT, fmt.rupiah),
            Column("member", self.tr("Anggota"), lambda s: s.member_no or ""),
            Column("status", self.tr("Status"), lambda s: statuses.get(s.status, s.status)),
            Column("cashier", self.tr("Kasir"), lambda s: s.cashier),
        ]
        ctx, actor = session.ctx, session.actor
        self.model = LazyTableModel(columns, lambda offset, limit: sales.list_sales(
            ctx.reader(), actor, day=day, limit=limit, offset=offset), page_size=100, parent=self)
        self.model.load_failed.connect(self.message.show_error)
        self.table = make_table(self.model, widths={0: 170, 1: 60, 2: 110, 3: 90, 4: 100}, stretch=5)
        self.table.setObjectName("historyTable")
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.paper = ReceiptPaper()
        self.paper.setFixedWidth(paper_width())
        self.paper.show_text(self.tr("Belum ada penjualan hari ini."))
        self.job_status = QLabel()
        self.job_status.setWordWrap(True)
        self.watcher = JobWatcher(session, self)
        self.watcher.updated.connect(self._job_updated)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        right = QVBoxLayout()
        caption = QLabel(self.tr("Struk salinan"))
        caption.setObjectName("cardTitle")
        right.addWidget(caption)
        right.addWidget(self.paper, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Penjualan hari usaha {day}").format(day=fmt.day(day))))
        layout.addWidget(hint(self.tr("↑/↓ memilih penjualan, Enter mencetak salinan struknya (bertanda SALINAN, "
                                      "tercatat di log audit), Esc menutup.")))
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.job_status)
        row, ok = self.buttons(self.tr("Cetak salinan (Enter)"), self.tr("Tutup (Esc)"))
        self.print_button = ok
        layout.addLayout(row)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._preview_timer.start())
        self.model.load_first_page()
        self.print_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    # --- the chosen sale -------------------------------------------------------

    def selected(self) -> SaleSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _load_preview(self) -> None:
        sale = self.selected()
        if sale is None:
            return
        number = sale.number
        self.session.runner.submit(
            printing.receipt_preview, self.session.ctx.reader(), self.session.actor, self.till, number, copy=True,
            on_done=lambda p: self._previewed(number, p),
            on_error=lambda e: self._preview_failed(number, e))

    def _current(self, number: str) -> bool:
        sale = self.selected()
        return sale is not None and sale.number == number

    def _previewed(self, number: str, preview: Preview) -> None:
        if self._current(number):
            self.preview = preview
            self.paper.set_png(preview.png)

    def _preview_failed(self, number: str, exc: BaseException) -> None:
        if self._current(number):
            self.preview = None
            self.paper.show_text(str(exc))

    # --- printing the copy -----------------------------------------------------

    def confirm(self) -> None:
        """Enter: queue a copy of the chosen sale's receipt."""
        sale = self.selected()
        if sale is None:
            self.message.show_error(self.tr("Pilih penjualan yang struknya akan dicetak ulang."))
            return
        uuid = self.uuids.setdefault(sale.number, uuid4())
        self.run(printing.print_receipt, self.session.ctx.uow(), self.session.actor, self.till, sale.number,
                 copy=True, uuid=uuid, on_done=self._printed)

    def _printed(self, job: JobInfo) -> None:
        kick_printer(self.session)
        self.message.show_ok(self.tr("Salinan struk {number} dikirim ke printer.").format(number=job.ref))
        self.job = job
        self.watcher.watch(job)

    def _job_updated(self, job: JobInfo) -> None:
        self.job = job
        self.job_status.setObjectName(job_status_style(job))
        self.job_status.style().unpolish(self.job_status)
        self.job_status.style().polish(self.job_status)
        self.job_status.setText(self.tr("Salinan {number}: {status}").format(
            number=job.ref, status=job_status_text(job, self.printer_set)))
