"""Pembayaran QRIS: the sale waits (recorded, posting nothing) while the buyer scans.

The dialog shows the dynamic QR of the sale (amount + bill number = sale number) large,
the amount very large, the merchant and NMID, and the warning never to accept the
buyer's screenshot. The cashier types the reference (RRN, or at least its last 4
digits) seen on the merchant app or soundbox: Enter = Konfirmasi. Esc = Nanti (the sale
stays in the pending list, F1). Alt+B = Batalkan: a reason, then Enter cancels the sale
(Esc goes back). Refusals (a wrong or already used reference) stay in the dialog with
what was typed.

`qr_image` draws a QR code from the `qrcode` library's matrix: whole modules, a quiet
zone of 4, scaled by an integer factor without smoothing, so phones read it at once."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.domain import fmt
from app.services import qris, sale_pending
from app.services.qris import QrisCharge
from app.services.sale_pending import PendingSale
from app.services.sales import SaleResult
from app.ui.pages.till_common import TillDialog, big_label
from app.ui.session import Session
from app.ui.widgets import button, error_text, hint

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)
DIALOG_QR_PX = 340


def qr_image(payload: str, min_px: int = DIALOG_QR_PX) -> QImage:
    """The QR code of `payload`, at least `min_px` wide, each module a whole square of pixels."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # quiet zone included
    n = len(matrix)
    data = bytes(0 if dark else 255 for row in matrix for dark in row)
    image = QImage(data, n, n, n, QImage.Format.Format_Grayscale8).copy()  # copy: own the pixels
    scale = max(1, -(-min_px // n))
    return image.scaled(n * scale, n * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


def qr_pixmap(payload: str, min_px: int = DIALOG_QR_PX) -> QPixmap:
    return QPixmap.fromImage(qr_image(payload, min_px))


class QrisDialog(TillDialog):
    charged = Signal(object)  # QrisCharge: the QR is on screen (the customer display shows it too)
    confirmed = Signal(object)  # SaleResult, completed
    cancelled = Signal(object)  # SaleResult, cancelled
    later = Signal(str)  # the sale number, left waiting

    def __init__(self, session: Session, number: str, parent: QWidget | None = None, *,
                 sale: SaleResult | PendingSale | None = None) -> None:
        super().__init__(session, parent, self.tr("Pembayaran QRIS — {number}").format(number=number))
        self.number = number
        self.charge: QrisCharge | None = None
        self.result: SaleResult | None = None
        self.outcome: str | None = None  # "confirmed", "cancelled" or "later" once decided
        self.cancelling = False
        self.setMinimumWidth(900)

        self.qr = QLabel(self.tr("Menyiapkan kode QR…"))
        self.qr.setObjectName("qrisCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(DIALOG_QR_PX + 60, DIALOG_QR_PX + 60)
        self.qr.setWordWrap(True)

        caption = QLabel(self.tr("Bayar dengan QRIS"))
        caption.setObjectName("cardTitle")
        self.amount_label = big_label("", "qrisAmount")
        self.merchant_label = QLabel()
        self.merchant_label.setObjectName("qrisMerchant")
        self.merchant_label.setWordWrap(True)
        self.bill_label = QLabel(self.tr("Nomor tagihan: <b>{number}</b>").format(number=number))
        self.detail_label = hint(self._detail(sale))
        self.warning = QLabel(self.tr("Jangan terima tangkapan layar dari pembeli. Konfirmasi hanya setelah dana "
                                      "terlihat masuk di aplikasi merchant atau soundbox."))
        self.warning.setObjectName("qrisWarning")
        self.warning.setWordWrap(True)

        self.reference = QLineEdit()
        self.reference.setObjectName("barcodeField")
        self.reference.setMaxLength(24)
        self.reference.setPlaceholderText(self.tr("RRN (12 karakter) atau 4 angka terakhirnya"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. pembeli membayar tunai, saldo pembeli kurang"))
        self.cancel_box = QFrame()
        self.cancel_box.setObjectName("approvalBox")
        box = QVBoxLayout(self.cancel_box)
        box.setContentsMargins(10, 8, 10, 8)
        box.addWidget(QLabel(self.tr("<b>Batalkan penjualan {number}?</b> Tulis alasannya, lalu Enter. "
                                     "Esc: kembali.").format(number=number)))
        box.addWidget(self.reason)
        self.cancel_box.hide()

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(caption)
        right.addWidget(self.amount_label)
        right.addWidget(self.merchant_label)
        right.addWidget(self.bill_label)
        right.addWidget(self.detail_label)
        right.addSpacing(4)
        right.addWidget(self.warning)
        right.addSpacing(4)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Referensi")), 0, 0)
        form.addWidget(self.reference, 0, 1)
        right.addLayout(form)
        right.addWidget(hint(self.tr("Lihat nomor referensi (RRN) di aplikasi merchant atau struk soundbox. "
                                     "Enter: konfirmasi · Esc: nanti (penjualan menunggu di daftar QRIS, F1).")))
        right.addWidget(self.cancel_box)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(right, 1)

        self.cancel_button = button(self.tr("Batalkan penjualan (Alt+B)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setMinimumHeight(38)
        self.cancel_button.clicked.connect(self.start_cancel)
        row, _ok = self.buttons(self.tr("Konfirmasi (Enter)"), self.tr("Nanti (Esc)"))
        self.later_button = row.itemAt(1).widget()
        row.insertWidget(0, self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence("Alt+B"), self, self.start_cancel)
        self.reference.setFocus()
        self.session.runner.submit(qris.charge, session.ctx.reader(), session.actor, number,
                                   on_done=self._charged, on_error=self._charge_failed)

    def _detail(self, sale: SaleResult | PendingSale | None) -> str:
        if isinstance(sale, SaleResult):
            others = [p for p in sale.payments if p.method != "qris"]
            parts = [self.tr("Total belanja {total}").format(total=fmt.rupiah(sale.total_rp))]
            parts += [f"{p.label} {fmt.rupiah(p.tendered_rp)}" for p in others]
            if sale.change_rp:
                parts.append(self.tr("kembalian {change}").format(change=fmt.rupiah(sale.change_rp)))
            return " · ".join(parts) if others else ""
        if isinstance(sale, PendingSale) and sale.total_rp != sale.qris_rp:
            return self.tr("Total belanja {total} · selain QRIS {rest}").format(
                total=fmt.rupiah(sale.total_rp), rest=fmt.rupiah(sale.total_rp - sale.qris_rp))
        return ""

    # --- the QR ----------------------------------------------------------------

    def _charged(self, charge: QrisCharge) -> None:
        if not isValid(self):  # closed and deleted before the answer came
            return
        self.charge = charge
        self.qr.setPixmap(qr_pixmap(charge.payload))
        self.amount_label.setText(fmt.rupiah(charge.amount_rp))
        self.merchant_label.setText(self.tr("{merchant}<br>NMID {nmid}").format(
            merchant=charge.merchant_name, nmid=charge.nmid))
        if self.outcome is None:
            self.charged.emit(charge)

    def _charge_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.qr.setText(error_text(exc))
        self.message.show_error(exc)

    # --- confirming --------------------------------------------------------------

    def confirm(self) -> None:
        """Enter: confirm with the reference typed, or cancel with the reason typed."""
        if self.busy or self.outcome is not None:
            return
        if self.cancelling:
            self.run(sale_pending.cancel_pending, self.session.ctx.uow(), self.session.actor, self.number,
                     self.reason.text(), on_done=self._cancelled)
            return
        reference = self.reference.text().strip()
        if not reference:
            self.message.show_error(self.tr("Ketik nomor referensi (RRN) yang terlihat di aplikasi merchant "
                                            "atau soundbox."))
            self.reference.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.run(sale_pending.confirm_qris, self.session.ctx.uow(), self.session.actor, self.number, reference,
                 on_done=self._confirmed)

    def _confirmed(self, result: SaleResult) -> None:
        self.result, self.outcome = result, "confirmed"
        self.confirmed.emit(result)  # the page completes the sale (and closes this dialog)
        if self.isVisible():
            self.accept()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.ok_button.setEnabled(True)
        field = self.reason if self.cancelling else self.reference
        field.setFocus()
        field.selectAll()

    # --- cancelling and later ------------------------------------------------------

    def start_cancel(self) -> None:
        if self.busy or self.outcome is not None or self.cancelling:
            return
        self.cancelling = True
        self.cancel_box.show()
        self.message.clear()
        self.ok_button.setText(self.tr("Batalkan penjualan (Enter)"))
        self.later_button.setText(self.tr("Kembali (Esc)"))
        self.cancel_button.setEnabled(False)
        self.reason.setFocus()

    def stop_cancel(self) -> None:
        self.cancelling = False
        self.cancel_box.hide()
        self.message.clear()
        self.ok_button.setText(self.tr("Konfirmasi (Enter)"))
        self.later_button.setText(self.tr("Nanti (Esc)"))
        self.cancel_button.setEnabled(True)
        self.reference.setFocus()

    def _cancelled(self, result: SaleResult) -> None:
        self.result, self.outcome = result, "cancelled"
        self.cancelled.emit(result)
        self.accept()

    def reject(self) -> None:
        """Esc, the button or the window's close: back out of cancelling, or leave the sale waiting."""
        if self.busy:
            return
        if self.cancelling:
            self.stop_cancel()
            return
        if self.outcome is None:
            self.outcome = "later"
            self.later.emit(self.number)
        super().reject()
