"""The shift around the sales: opening it with a float, the X report (F8) and cash
moved in or out of the drawer during the shift. Closing is in till_close_dialog."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.clock import OutletZone
from app.domain.errors import DomainError
from app.domain.sale import PAYMENT_METHODS
from app.services import ledger, printing, shifts
from app.services.printing import JobInfo
from app.services.shifts import ShiftReport
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import TillDialog, kick_printer
from app.ui.session import Session
from app.ui.widgets import MessageLabel, MoneyEdit, button, hint, page_title

OUT_ACCOUNTS = ("5204", "5205", "5202", "5203", "5201", "5299", "1102")  # transport first: the usual one
IN_ACCOUNTS = ("1102", "4901")


translate = QCoreApplication.translate


def fill_report(form: QFormLayout, report: ShiftReport, zone: OutletZone, *, show_expected: bool) -> None:
    """The X or Z report as label/value rows. `show_expected` is off for a blind count."""
    while form.rowCount():
        form.removeRow(0)

    def row(label: str, value: str, name: str = "") -> None:
        text = QLabel(value)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(caption, text)
        if name:
            text.setObjectName(name)
            text.ensurePolished()  # the big font, so the caption can centre beside it
            caption.setMinimumHeight(text.sizeHint().height())
    n_total = translate("ShiftReport", "{n} transaksi · {total}")
    row(translate("ShiftReport", "Shift"), f"{report.number} · {report.till}")
    row(translate("ShiftReport", "Hari usaha"), fmt.day(report.business_date))
    row(translate("ShiftReport", "Dibuka"), f"{report.opened_by} · {fmt.local_datetime(report.opened_at, zone)}")
    if report.closed_at is not None:
        row(translate("ShiftReport", "Ditutup"),
            f"{report.closed_by or '?'} · {fmt.local_datetime(report.closed_at, zone)}")
    row(translate("ShiftReport", "Modal awal"), fmt.rupiah(report.opening_float_rp))
    row(translate("ShiftReport", "Penjualan"),
        n_total.format(n=report.sales_count, total=fmt.rupiah(report.sales_total_rp)))
    for method, amount in report.by_method:
        label = PAYMENT_METHODS[method].label if method in PAYMENT_METHODS else method
        row(f"   {label}", fmt.rupiah(amount))
    row(translate("ShiftReport", "Dibatalkan"),
        n_total.format(n=report.voided_count, total=fmt.rupiah(report.voided_total_rp)))
    row(translate("ShiftReport", "Retur"), translate("ShiftReport", "{n} · dikembalikan tunai {total}").format(
        n=report.returns_count, total=fmt.rupiah(report.cash_refunds_rp)))
    row(translate("ShiftReport", "Kas masuk"), fmt.rupiah(report.cash_in_rp))
    row(translate("ShiftReport", "Kas keluar"), fmt.rupiah(report.cash_out_rp))
    if show_expected:
        row(translate("ShiftReport", "Kas seharusnya di laci"), fmt.rupiah(report.expected_cash_rp), "tillBig")
    if report.counted_cash_rp is not None:
        row(translate("ShiftReport", "Kas dihitung"), fmt.rupiah(report.counted_cash_rp), "tillBig")
        diff = report.difference_rp or 0
        text = (translate("ShiftReport", "Pas, tidak ada selisih") if diff == 0 else
                translate("ShiftReport", "Kas lebih {amount}").format(amount=fmt.rupiah(diff)) if diff > 0 else
                translate("ShiftReport", "Kas kurang {amount}").format(amount=fmt.rupiah(-diff)))
        row(translate("ShiftReport", "Selisih"), text, "tillChange" if diff == 0 else "tillShort")


class OpenShiftPanel(QWidget):
    """What the till shows while no shift is open: count the drawer, open the shift."""

    opened = Signal(object)  # ShiftReport

    def __init__(self, session: Session, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.till = session, till
        self.uuid = uuid4()
        self.float_edit = MoneyEdit()
        self.float_edit.setObjectName("barcodeField")
        self.open_button = button(self.tr("Buka shift (Enter)"), primary=True)
        self.open_button.setMinimumHeight(44)
        self.message = MessageLabel()
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(page_title(self.tr("Belum ada shift terbuka di {till}").format(till=till)))
        inner.addWidget(hint(self.tr("Hitung uang di laci kas, lalu isi modal awalnya (uang kembalian). "
                                     "Penjualan baru bisa dicatat setelah shift dibuka.")))
        inner.addWidget(QLabel(self.tr("Modal awal laci (Rp)")))
        inner.addWidget(self.float_edit)
        inner.addWidget(self.message)
        inner.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.float_edit.returnPressed.connect(self.submit)
        self.open_button.clicked.connect(self.submit)

    def submit(self) -> None:
        if not self.open_button.isEnabled():
            return
        amount = self.float_edit.amount()
        if amount is None:
            self.message.show_error(self.tr("Modal awal harus rupiah bulat."))
            return
        self.open_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(shifts.open_shift, self.session.ctx.uow(), self.session.actor, self.till,
                                   amount, uuid=self.uuid, on_done=self._done, on_error=self._failed)

    def _done(self, report: ShiftReport) -> None:
        self.open_button.setEnabled(True)
        self.uuid = uuid4()  # the next shift is another document
        self.float_edit.clear()
        self.opened.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.message.show_error(exc)


class XReportDialog(TillDialog):
    """The shift so far. A cashier does not see the expected drawer amount (the close is blind);
    a pengurus does. Either may print it (Ctrl+P): the service leaves the cash figures off a
    cashier's printed Laporan X."""

    def __init__(self, session: Session, report: ShiftReport, show_expected: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Laporan X — {number}").format(number=report.number))
        self.report = report
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        fill_report(self.form, report, outlet_zone(session.ctx), show_expected=show_expected)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        if not show_expected:
            layout.addWidget(hint(self.tr("Jumlah kas seharusnya baru terlihat setelah kas dihitung saat "
                                          "tutup shift.")))
        layout.addWidget(self.message)
        row, ok = self.buttons(self.tr("Tutup (Enter)"))
        self.print_button = button(self.tr("Cetak (Ctrl+P)"))
        self.print_button.setAutoDefault(False)
        self.print_button.setMinimumHeight(38)
        self.print_button.clicked.connect(self.print_report)
        row.insertWidget(0, self.print_button)
        ok.setFocus()
        layout.addLayout(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_P and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.print_report()
            return
        super().keyPressEvent(event)

    def print_report(self) -> None:
        if self.busy or not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        self.run(printing.print_shift_report, self.session.ctx.uow(), self.session.actor, self.report.till,
                 self.report.number, on_done=self._printed)

    def _printed(self, job: JobInfo) -> None:
        kick_printer(self.session)
        self.print_button.setEnabled(True)
        self.message.show_ok(self.tr("Laporan X dikirim ke printer."))

    def failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        super().failed(exc)


class CashMoveDialog(TillDialog):
    """Kas keluar (e.g. transport paid from the drawer) or kas masuk (change money from the safe)."""

    moved = Signal(object)  # ShiftReport

    def __init__(self, session: Session, till: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Kas masuk / keluar"))
        self.till = till
        self.uuid = uuid4()
        self.setMinimumWidth(520)
        self.out = QRadioButton(self.tr("Kas keluar dari laci"))
        self.into = QRadioButton(self.tr("Kas masuk ke laci"))
        self.out.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.out)
        group.addButton(self.into)
        self.amount = MoneyEdit()
        self.account = QComboBox()
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.memo.setPlaceholderText(self.tr("mis. ongkos angkut galon"))
        self._names = {a.code: a.name for a in ledger.chart(session.ctx.reader())}
        direction = QHBoxLayout()
        direction.addWidget(self.out)
        direction.addWidget(self.into)
        form = QFormLayout()
        form.addRow(self.tr("Arah"), direction)
        form.addRow(self.tr("Jumlah (Rp)"), self.amount)
        form.addRow(self.tr("Akun lawan"), self.account)
        form.addRow(self.tr("Keterangan"), self.memo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        row, _ok = self.buttons(self.tr("Catat (Enter)"))
        layout.addLayout(row)
        self.out.toggled.connect(lambda _c: self._accounts())
        self._accounts()
        self.amount.setFocus()

    def _accounts(self) -> None:
        self.account.clear()
        for code in (OUT_ACCOUNTS if self.out.isChecked() else IN_ACCOUNTS):
            if code in self._names:
                self.account.addItem(f"{code} — {self._names[code]}", code)

    def confirm(self) -> None:
        amount = self.amount.amount()
        if not amount:
            self.message.show_error(self.tr("Isi jumlah dalam rupiah bulat."))
            return
        signed = -amount if self.out.isChecked() else amount
        self.run(shifts.cash_move, self.session.ctx.uow(), self.session.actor, self.till, signed,
                 self.account.currentData() or "", self.memo.text(), uuid=self.uuid, on_done=self._done)

    def _done(self, report: ShiftReport) -> None:
        self.moved.emit(report)
        self.accept()

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.uuid = uuid4()  # refused: nothing was written, a corrected entry is a new document
        super().failed(exc)
