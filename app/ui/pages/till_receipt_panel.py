"""The last sale's receipt at the till: the paper as it prints (decoded from the queued
job's very bytes), the job's state, and one action — print again, try again, or print at
all when this PC prints receipts only on request. Nothing here holds up the sale: the sale
has committed before the receipt is queued, and every service call goes through the runner.

`ReceiptPaper` (a picture of the paper scaled to fit) and `JobWatcher` (a job's state,
refreshed from the print driver's `changed` signal, or by a light poll) are shared with
the sales history dialog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable
from uuid import uuid4

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.auth import Actor
from app.services import printing
from app.services.printing import JobInfo, PrinterConfig, Preview
from app.ui.pages.till_common import kick_printer, side_button
from app.ui.session import Session
from app.ui.widgets import error_text, hint

POLL_MS = 1000  # without a print driver signal: how often a job on its way is looked at again
DRIVEN_POLL_MS = 5000  # with one, now and then all the same (another PC or the CLI may send it)
FINAL = ("done", "cancelled")
translate = QCoreApplication.translate


def is_final(job: JobInfo) -> bool:
    """Nothing more will happen to it by itself (a failed job waits for the cashier)."""
    return job.status in FINAL or (job.status == "failed" and job.next_attempt_at is None)


def job_status_text(job: JobInfo, printer_set: bool = True) -> str:
    if job.status == "done":
        return translate("TillPrinting", "Tercetak")
    if job.status == "cancelled":
        return translate("TillPrinting", "Dibatalkan")
    if job.status == "failed":
        text = translate("TillPrinting", "Gagal: {reason}").format(
            reason=job.last_error or translate("TillPrinting", "sebab tidak diketahui"))
        if job.next_attempt_at is not None:
            text += translate("TillPrinting", " (dicoba lagi otomatis)")
        return text
    if not printer_set:
        return translate("TillPrinting", "Menunggu: printer belum diatur di komputer ini")
    return translate("TillPrinting", "Mencetak…")


def job_status_short(job: JobInfo, printer_set: bool = True) -> str:
    """One line for the Transaksi terakhir card, while the next cart fills."""
    copy = job.kind == "reprint"
    if job.status == "done":
        return translate("TillPrinting", "Salinan tercetak") if copy else translate("TillPrinting", "Struk tercetak")
    if job.status == "cancelled":
        return translate("TillPrinting", "Cetak struk dibatalkan")
    if job.status == "failed":
        return translate("TillPrinting", "Struk gagal dicetak · Ctrl+P: coba lagi")
    if not printer_set:
        return translate("TillPrinting", "Struk menunggu: printer belum diatur")
    return translate("TillPrinting", "Struk sedang dicetak…")


def job_status_style(job: JobInfo) -> str:
    return {"done": "okText", "failed": "errorText"}.get(job.status, "hint")


def read_job(ctx, actor: Actor, job: JobInfo) -> JobInfo:
    """The job as it is now (run on a worker thread)."""
    rows = printing.list_jobs(ctx.reader(), actor, station=job.station, ref=job.ref or None, limit=50)
    return next((r for r in rows if r.id == job.id), job)


class ReceiptPaper(QScrollArea):
    """A print preview: the paper lying on a grey desk, at one dot per pixel where there is
    room, scaled down to fit the width where there is not; scrolled up and down."""

    DESK = 12  # grey around the paper
    MARGIN = 10  # white paper beyond the printed dots

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPaper")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the barcode field keeps the focus
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        desk = QWidget()
        desk.setObjectName("receiptDesk")
        self.label = QLabel()
        self.label.setObjectName("receiptPaperImage")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        self.label.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        inner = QVBoxLayout(desk)
        inner.setContentsMargins(self.DESK, self.DESK, self.DESK, self.DESK)
        inner.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        inner.addStretch(1)
        self.setWidget(desk)
        self.setStyleSheet("#receiptDesk { background: #cfcfcb; }"
                           "#receiptPaperImage { background: white; color: #555; }")
        self.source = QPixmap()

    def set_png(self, png: bytes) -> bool:
        pixmap = QPixmap()
        ok = pixmap.loadFromData(png, "PNG")
        self.source = pixmap if ok else QPixmap()
        self.verticalScrollBar().setValue(0)
        self._fit()
        return ok

    def show_text(self, text: str) -> None:
        self.source = QPixmap()
        self.label.setPixmap(QPixmap())
        self.label.setWordWrap(True)
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def pixmap(self) -> QPixmap:
        """The preview at full size (what is shown is this, scaled to fit)."""
        return self.source

    def shown(self) -> QPixmap:
        return self.label.pixmap()

    def room(self) -> int:
        """Width for the printed dots. Room for the scroll bar is always kept, so showing it
        never changes the scale."""
        return (self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
                - 2 * (self.DESK + self.MARGIN))

    def _fit(self) -> None:
        if self.source.isNull():
            return
        width = max(120, min(self.source.width(), self.room()))
        self.label.setText("")
        self.label.setWordWrap(False)  # a word-wrapped label asks its text, not the picture, for its height
        self.label.setPixmap(self.source if width == self.source.width() else
                             self.source.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
        self.label.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def paper_width(dots: int = 384) -> int:
    """The width a ReceiptPaper needs to show `dots` at one dot per pixel."""
    probe = ReceiptPaper()
    extra = 2 * probe.frameWidth() + probe.verticalScrollBar().sizeHint().width() + 2 * (
        ReceiptPaper.DESK + ReceiptPaper.MARGIN)
    probe.deleteLater()
    return dots + extra


class JobWatcher(QObject):
    """Follows one print job: `updated(JobInfo)` whenever its state changes. Reads it again
    when the print driver says something changed, and polls while the job is on its way
    (every second without a driver, now and then with one)."""

    updated = Signal(object)  # JobInfo

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job: JobInfo | None = None
        self._reading = False
        self._again = False
        changed = getattr(getattr(session, "print_driver", None), "changed", None)
        self.driven = changed is not None
        if changed is not None:
            changed.connect(self._driver_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(DRIVEN_POLL_MS if self.driven else POLL_MS)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def watch(self, job: JobInfo | None) -> None:
        self.job = job
        self._timer.stop()
        if job is not None:
            self.updated.emit(job)
            self._schedule()

    def _driver_changed(self, *_args: Any) -> None:
        if self.job is not None:
            self.refresh()

    def _active(self) -> bool:
        """Only while its window is on screen: a closed window (log out, shut down) reads nothing."""
        parent = self.parent()
        return isinstance(parent, QWidget) and parent.window().isVisible()

    def refresh(self) -> None:
        job = self.job
        if job is None:
            return
        if not self._active():
            self._schedule()
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        self.session.runner.submit(read_job, self.session.ctx, self.session.actor, job,
                                   on_done=lambda now, id_=job.id: self._read(id_, now),
                                   on_error=lambda _e: self._read(job.id, None))

    def _read(self, job_id: int, now: JobInfo | None) -> None:
        self._reading = False
        if self.job is None or self.job.id != job_id:
            return
        if now is not None:
            changed = now != self.job
            self.job = now
            if changed:
                self.updated.emit(now)
        if self._again:
            self._again = False
            self.refresh()
            return
        self._schedule()

    def _schedule(self) -> None:
        if self.job is not None and not is_final(self.job):
            self._timer.start()


@dataclass(frozen=True)
class Queued:
    jobs: tuple[JobInfo, ...]
    config: PrinterConfig


def queue_after_sale(ctx, actor: Actor, till: str, number: str) -> Queued:
    """Worker thread: what this PC prints after a sale, and its printer."""
    jobs = printing.after_sale(ctx.uow(), actor, till, number)
    return Queued(jobs, printing.get_printer(ctx.reader(), actor, till))


class ReceiptPanel(QFrame):
    """The last sale's receipt, shown in the cart's place until the next scan.
    `show_sale(number)` after each sale; `state_changed(text, style)` tells the print state
    in a line for the Transaksi terakhir card."""

    state_changed = Signal(str, str)

    def __init__(self, session: Session, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.till = session, till
        self.number: str | None = None
        self.job: JobInfo | None = None  # the receipt (or the latest copy) this panel follows
        self.preview: Preview | None = None
        self.printer_set = True
        self.busy = False
        self.uuid = uuid4()  # one press queues one copy, however often it is pressed
        self.title = QLabel(self.tr("Struk"))
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.paper = ReceiptPaper()
        self.paper.setFixedWidth(paper_width())
        self.paper.show_text("")
        self.action_button = side_button(self.tr("Cetak ulang (Ctrl+P)"))
        self.action_button.setEnabled(False)
        self.action_button.clicked.connect(self.act)
        info = QVBoxLayout()
        info.setSpacing(8)
        info.addWidget(self.title)
        info.addWidget(self.status)
        info.addWidget(self.action_button)
        info.addSpacing(12)
        info.addWidget(hint(self.tr("Pindai barang berikutnya untuk memulai transaksi baru; status cetak struk "
                                    "ini tetap terlihat di kartu Transaksi terakhir.")))
        info.addSpacing(8)
        info.addWidget(hint(self.tr("Struk lain hari ini: F11 (Riwayat).")))
        info.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.paper)
        layout.addLayout(info, 1)
        self.watcher = JobWatcher(session, self)
        self.watcher.updated.connect(self._job_updated)

    # --- a sale has committed --------------------------------------------------

    def show_sale(self, number: str) -> None:
        """Queue what this PC prints after the sale and show the receipt."""
        self.number, self.job, self.preview, self.busy = number, None, None, True
        self.uuid = uuid4()
        self.watcher.watch(None)
        self.title.setText(self.tr("Struk {number}").format(number=number))
        self._status(self.tr("Menyiapkan struk…"), "hint", self.tr("Menyiapkan struk…"))
        self.paper.show_text("")
        self._button()
        self._submit(queue_after_sale, self.session.ctx, self.session.actor, self.till, number,
                     on_done=self._queued, on_error=self._queue_failed)

    def _submit(self, fn: Callable, *args: Any, on_done: Callable, on_error: Callable, **kwargs: Any) -> None:
        """Run `fn` off the GUI thread; the answer is dropped if another sale came meanwhile."""
        number = self.number
        self.session.runner.submit(fn, *args,
                                   on_done=lambda r: on_done(r) if self.number == number else None,
                                   on_error=lambda e: on_error(e) if self.number == number else None, **kwargs)

    def _queued(self, queued: Queued) -> None:
        self.busy = False
        self.printer_set = bool(queued.config.uri)
        if queued.jobs:
            kick_printer(self.session)
        receipt = next((j for j in queued.jobs if j.kind == "receipt"), None)
        if receipt is None:
            self._status(self.tr("Struk tidak dicetak otomatis di komputer ini. Tekan Cetak bila pembeli "
                                 "memintanya."), "hint", self.tr("Struk tidak dicetak otomatis · Ctrl+P: cetak"))
            self._button()
            self._load_preview(None)
            return
        self._follow(receipt)

    def _queue_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._status(self.tr("Penjualan tersimpan, tetapi struk belum masuk antrean cetak: {error}").format(
            error=error_text(exc)), "errorText", self.tr("Struk belum masuk antrean cetak"))
        self._button()
        self._load_preview(None)

    # --- the job ---------------------------------------------------------------

    def _follow(self, job: JobInfo) -> None:
        self.job = job
        self.watcher.watch(job)  # -> _job_updated
        self._load_preview(job.id)

    def _job_updated(self, job: JobInfo) -> None:
        if self.job is None or job.id != self.job.id:
            return
        self.job = job
        text = job_status_text(job, self.printer_set)
        if job.kind == "reprint":
            text = self.tr("Salinan: {status}").format(status=text)
        self._status(text, job_status_style(job), job_status_short(job, self.printer_set))
        self._button()

    def _load_preview(self, job_id: int | None) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        if job_id is not None:
            self._submit(printing.job_preview, ctx.reader(), actor, job_id,
                         on_done=self._previewed, on_error=self._preview_failed)
        elif self.number is not None:
            self._submit(printing.receipt_preview, ctx.reader(), actor, self.till, self.number,
                         on_done=self._previewed, on_error=self._preview_failed)

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        self.paper.set_png(preview.png)

    def _preview_failed(self, exc: BaseException) -> None:
        self.paper.show_text(self.tr("Pratinjau struk tidak tersedia: {error}").format(error=error_text(exc)))

    # --- the one action ----------------------------------------------------------

    def action(self) -> str:
        """'print' (nothing queued yet), 'retry' (the job failed) or 'copy' (a SALINAN); '' if none now."""
        if self.number is None or self.busy:
            return ""
        if self.job is None:
            return "print"
        if self.job.status == "failed":
            return "retry"
        if self.job.status in ("pending", "sending"):
            return ""  # on its way: a copy now would print twice
        return "copy"

    def _button(self) -> None:
        action = self.action()
        texts = {"print": self.tr("Cetak struk (Ctrl+P)"), "retry": self.tr("Coba cetak lagi (Ctrl+P)")}
        self.action_button.setText(texts.get(action, self.tr("Cetak ulang (Ctrl+P)")))
        self.action_button.setEnabled(bool(action))

    def act(self) -> None:
        """Ctrl+P or the button: print, try again, or print a copy."""
        action = self.action()
        if not action:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.busy = True
        self._button()
        if action == "retry":
            assert self.job is not None
            self._status(self.tr("Mencoba lagi…"), "hint", self.tr("Struk dicoba cetak lagi…"))
            self._submit(printing.retry, ctx.uow(), actor, self.job.id, on_done=self._sent, on_error=self._act_failed)
            return
        self._status(self.tr("Mengirim ke printer…"), "hint", self.tr("Struk dikirim ke printer…"))
        copy = action == "copy"
        self._submit(printing.print_receipt, ctx.uow(), actor, self.till, self.number, copy=copy, uuid=self.uuid,
                     on_done=self._sent, on_error=self._act_failed)

    def _sent(self, job: JobInfo) -> None:
        self.busy = False
        self.uuid = uuid4()  # the next press is another copy
        kick_printer(self.session)
        if self.job is not None and job.id == self.job.id:  # a retry: the same bytes, the same preview
            self.job = job
            self.watcher.watch(job)
        else:
            self._follow(job)

    def _act_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._status(error_text(exc), "errorText", self.tr("Struk tidak bisa dicetak: {error}").format(
            error=error_text(exc)))
        self._button()

    def _status(self, text: str, style: str, short: str) -> None:
        if self.status.objectName() != style:
            self.status.setObjectName(style)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        self.status.setText(text)
        self.state_changed.emit(short, style)
