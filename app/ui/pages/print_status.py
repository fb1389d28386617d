"""The printer's word in the main window's status bar: "Printer: siap", "Cetak: 2 menunggu",
"Cetak: 1 gagal" (red). Clicking it opens Antrean Cetak. Fed by the print driver."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.printing import QueueCounts
from app.ui.print_driver import PrintDriver
from app.ui.style import RED

_STYLE = ("QPushButton {{ border: none; background: transparent; padding: 0 10px; min-height: 0; "
          "color: {color}; {weight} }} QPushButton:hover {{ text-decoration: underline; }}")


class PrintStatus(QPushButton):
    def __init__(self, driver: PrintDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.setObjectName("printStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the till's barcode field keeps the focus
        self.bad = False
        driver.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _counts: QueueCounts | None = None) -> None:
        text, self.bad = self.describe(self.driver.counts, self.driver.printer_uri, self.driver.last_error)
        self.setText(text)
        self.setStyleSheet(_STYLE.format(color=RED if self.bad else "#333",
                                         weight="font-weight: bold;" if self.bad else ""))
        tips = [self.tr("Klik untuk membuka antrean cetak.")]
        if self.driver.last_error:
            tips.insert(0, self.driver.last_error)
        elif self.driver.printer_uri:
            tips.insert(0, self.tr("Printer {station}: {uri}").format(station=self.driver.station,
                                                                     uri=self.driver.printer_uri))
        self.setToolTip("\n".join(tips))

    def describe(self, counts: QueueCounts | None, uri: str | None, error: str) -> tuple[str, bool]:
        """(text, whether it needs the cashier's attention)."""
        if counts is None:
            return (self.tr("Printer: …"), False) if not error else (self.tr("Printer: bermasalah"), True)
        if counts.failed and counts.pending:
            return self.tr("Cetak: {failed} gagal, {pending} menunggu").format(failed=counts.failed,
                                                                              pending=counts.pending), True
        if counts.failed:
            return self.tr("Cetak: {n} gagal").format(n=counts.failed), True
        if counts.pending:
            if not uri:
                return self.tr("Cetak: {n} menunggu (printer belum diatur)").format(n=counts.pending), True
            if error:
                return self.tr("Cetak: {n} menunggu (printer gagal)").format(n=counts.pending), True
            return self.tr("Cetak: {n} menunggu").format(n=counts.pending), False
        if error:
            return self.tr("Printer: bermasalah"), True
        if not uri:
            return self.tr("Printer: belum diatur"), False
        return self.tr("Printer: siap"), False
