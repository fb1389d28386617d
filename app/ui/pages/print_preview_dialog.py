"""Pratinjau: a print job as it comes out of the printer, decoded from its very bytes and
shown at 1:1 (one printer dot = one pixel) on a strip of paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services import printing
from app.services.printing import JobInfo, Preview
from app.ui.pages.print_labels import kind_label
from app.ui.session import Session
from app.ui.widgets import MessageLabel, hint

PAPER_MARGIN = 12  # white paper beyond the printable dots, each side
DESK = "#8a8a86"  # what the paper lies on


class PrintPreviewDialog(QDialog):
    def __init__(self, session: Session, job: JobInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.job = job
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Pratinjau cetak: {title}").format(title=job.title or kind_label(job.kind)))
        self.summary = hint(self.tr("Memuat pratinjau…"))
        self.message = MessageLabel()
        self.paper = QLabel()
        self.paper.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.paper.setStyleSheet(f"background: white; padding: {PAPER_MARGIN}px;")
        holder = QWidget()
        holder.setObjectName("previewDesk")
        holder.setStyleSheet(f"#previewDesk {{ background: {DESK}; }}")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(16, 16, 16, 16)
        holder_layout.addWidget(self.paper, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        holder_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {DESK}; border: 1px solid #666; }}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._fit(384)
        session.runner.submit(printing.job_preview, session.ctx.reader(), session.actor, job.id,
                              on_done=self._loaded, on_error=self._failed)

    def _fit(self, dots: int) -> None:
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.resize(dots + 2 * PAPER_MARGIN + 32 + bar + 40, 640)

    def _loaded(self, preview: Preview) -> None:
        self.preview = preview
        pixmap = QPixmap()
        pixmap.loadFromData(preview.png, "PNG")
        self.paper.setPixmap(pixmap)
        self._fit(pixmap.width())
        self.summary.setText(self.tr("{kind} · {dots} titik ({mm} mm) · {n} baris teks").format(
            kind=kind_label(self.job.kind), dots=preview.width_dots, mm=58 if preview.width_dots <= 384 else 80,
            n=len(preview.text_lines)))

    def _failed(self, exc: BaseException) -> None:
        self.summary.clear()
        self.message.show_error(exc)

    def pixmap(self) -> QPixmap:
        return self.paper.pixmap()
