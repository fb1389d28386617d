"""Rekening Koran Bulanan: every active member's statement for a month, written into a
folder on the task runner with a progress bar and Cancel, then an offer to open the
combined PDF. A cancel or a failure leaves no file behind (the service writes into a
hidden folder and moves the files into place only when all are done)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QProgressBar,
                               QVBoxLayout, QWidget)

from app.ui.outlet import business_date
from app.ui.pages.member_arrears_tab import month_edit, month_text
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, confirm, hint, to_qdate


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued."""

    moved = Signal(int, int)


def _last_month(today: date) -> date:
    return date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)


class StatementsDialog(QDialog):
    """Month and folder, then Buat: progress per member; Batal stops the work."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 open_file: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.open_file = open_file
        self.setWindowTitle(self.tr("Rekening Koran Bulanan"))
        self.setMinimumWidth(520)
        today = business_date(session.ctx)
        self.month = month_edit(_last_month(today))  # statements are printed after the month ends
        self.month.setMaximumDate(to_qdate(today))
        self.folder = QLineEdit(str(Path.home()))
        self.browse_button = button(self.tr("Pilih…"))
        self.browse_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Bulan"), self.month)
        form.addRow(self.tr("Folder"), folder_row)
        self.duplex = QCheckBox(self.tr("Cetak bolak-balik: tiap anggota mulai di lembar baru"))
        self.duplex.setToolTip(self.tr("PDF gabungan mendapat halaman kosong setelah anggota yang jumlah "
                                       "halamannya ganjil"))
        form.addRow("", self.duplex)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v dari %m anggota"))
        self.progress.hide()
        self.message = MessageLabel()
        self.run_button = button(self.tr("Buat Rekening Koran"), primary=True)
        self.run_button.setDefault(True)
        self.cancel_button = button(self.tr("Tutup"))
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Untuk setiap anggota aktif: simpanan per jenis (saldo awal, mutasi, saldo akhir), angsuran pinjaman "
            "yang dibayar dan sisa pokok akhir bulan, dan belanja di gerai. Satu PDF per anggota, satu PDF "
            "gabungan siap cetak, dan ringkasan untuk bendahara (PDF dan XLSX).")))
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.running = False
        self.result = None
        self.box: QMessageBox | None = None
        self._stop = threading.Event()
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved)
        self.browse_button.clicked.connect(self._browse)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)

    def chosen_month(self) -> str:
        return month_text(self.month)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder rekening koran"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- the work -------------------------------------------------------------

    def start(self) -> None:
        from app.services import member_statements
        if self.running:
            return
        s = self.session
        self.running, self.result = True, None
        self._stop.clear()
        self.message.clear()
        self.progress.setRange(0, 0)  # busy until the first member is counted
        self.progress.show()
        self.adjustSize()
        for w in (self.month, self.folder, self.browse_button, self.duplex, self.run_button):
            w.setEnabled(False)
        self.cancel_button.setText(self.tr("Batal"))
        s.runner.submit(member_statements.write_statements, s.ctx.reader(), s.actor, self.chosen_month(),
                        Path(self.folder.text().strip() or "."), progress=self._relay.moved.emit,
                        cancelled=self._stop.is_set, duplex=self.duplex.isChecked(), on_done=self._done,
                        on_error=self._failed)

    def _moved(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.running = False
        for w in (self.month, self.folder, self.browse_button, self.duplex, self.run_button):
            w.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Tutup"))

    def _done(self, result) -> None:
        self._finish()
        self.result = result
        self.progress.setRange(0, max(result.members, 1))
        self.progress.setValue(result.members)
        text = self.tr("Rekening koran {month}: {count} anggota, {pages} halaman, tersimpan di {folder}.").format(
            month=result.month, count=result.members, pages=result.pages, folder=str(result.folder))
        self.message.show_ok(text)
        self.adjustSize()
        self.box = confirm(self, self.tr("Rekening koran siap"),
                           text + "\n" + self.tr("Buka PDF gabungan sekarang?"), self.tr("Buka PDF"),
                           lambda: self.open_file and self.open_file(result.combined))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress.hide()
        self.message.show_error(exc)
        self.adjustSize()

    def cancel(self) -> None:
        """Stop the work; the files written so far are removed by the service."""
        if self.running:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.message.show_ok(self.tr("Membatalkan…"))

    def reject(self) -> None:  # Batal while running stops the work; the dialog stays to say so
        if self.running:
            self.cancel()
            return
        super().reject()
