"""Pengaturan > QRIS: the outlet's static QRIS (the sticker from its bank), from which the
till makes each sale's dynamic QR.

Paste the payload (the text a QR reader shows, starting 000201…) and Periksa: the check
shows merchant name, city, NMID, acquirer and merchant size, or the exact reason it is
refused; Simpan registers it. Or choose a photo or scan of the sticker: its QR code is
read off the GUI thread and, if it is a usable static QRIS, put in the field and shown
checked, exactly as if pasted; nothing is saved until Simpan. Those without `qris.setup`
only see what is registered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QPlainTextEdit,
                               QWidget)

from app.domain import qris as qris_codes
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.qris import StaticQris
from app.services import qris
from app.ui.pages.till_qris_dialog import qr_pixmap
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, card, error_text, hint, two_column_tab

SETTINGS_QR_PX = 180
IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff"


class QrisFacts(QWidget):
    """What a static QRIS says: merchant, city, postal code, NMID, acquirer, size, MCC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        for key, text in (("merchant", self.tr("Nama merchant")), ("city", self.tr("Kota")),
                          ("postal", self.tr("Kode pos")), ("nmid", self.tr("NMID")),
                          ("acquirer", self.tr("Penyelenggara (acquirer)")),
                          ("size", self.tr("Kriteria merchant")), ("mcc", self.tr("MCC"))):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(text, label)

    def show_qris(self, found: StaticQris) -> None:
        values = {
            "merchant": f"<b>{found.merchant_name}</b>", "city": found.city, "postal": found.postal_code or "—",
            "nmid": f"<b>{found.nmid}</b>",
            "acquirer": found.acquirer or self.tr("tidak dikenal"),
            "size": f"{found.merchant_size_label} ({found.merchant_size})", "mcc": found.mcc,
        }
        for key, value in values.items():
            self.labels[key].setText(value)

    def text(self, key: str) -> str:
        return self.labels[key].text()


class QrisTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.may_edit = session.actor.can(Permission.QRIS_SETUP)
        self.registered: StaticQris | None = None
        self.checked: StaticQris | None = None  # the pasted payload, once it passed the check

        two_column_tab(self, [self._build_current_card()], [self._build_setup_card()])
        self.load()

    # --- building ----------------------------------------------------------

    def _build_current_card(self) -> QFrame:
        frame, layout = card(self.tr("QRIS gerai yang terdaftar"))
        self.current_qr = QLabel()  # the pixmap's own size: its quiet zone is part of the code
        self.current_qr.setObjectName("qrisSmall")
        self.current_facts = QrisFacts()
        self.current_empty = hint(self.tr("Belum ada QRIS gerai yang terdaftar: pembayaran QRIS di kasir belum "
                                          "bisa dipakai."))
        self.current_message = MessageLabel()
        layout.addWidget(self.current_empty)
        layout.addWidget(self.current_facts)
        layout.addSpacing(4)
        layout.addWidget(self.current_qr, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.current_message)
        layout.addWidget(hint(self.tr("Kode di atas adalah QRIS statis gerai (tanpa nominal). Di kasir, setiap "
                                      "pembayaran mendapat kode QR sendiri berisi nominal dan nomor penjualan.")))
        return frame

    def _build_setup_card(self) -> QFrame:
        frame, layout = card(self.tr("Daftarkan QRIS statis gerai"))
        self.payload = QPlainTextEdit()
        self.payload.setPlaceholderText("00020101021126…6304XXXX")
        self.payload.setFixedHeight(96)
        self.payload.setTabChangesFocus(True)
        self.check_button = button(self.tr("Periksa"))
        self.image_button = button(self.tr("Pilih gambar stiker…"))
        self.save_button = button(self.tr("Simpan QRIS ini"), primary=True)
        self.save_button.setEnabled(False)
        self.result_title = QLabel(self.tr("Hasil pemeriksaan"))
        self.result_title.setObjectName("cardTitle")
        self.result_facts = QrisFacts()
        self.result_title.hide()
        self.result_facts.hide()
        self.message = MessageLabel()
        if not self.may_edit:
            layout.addWidget(hint(self.tr("Hanya pengurus atau admin yang dapat mengubah QRIS gerai.")))
            for widget in (self.payload, self.check_button, self.image_button, self.save_button):
                widget.setEnabled(False)
        layout.addWidget(hint(self.tr("Tempel isi QRIS statis dari stiker bank (teks yang dimulai 000201, "
                                      "dari aplikasi pemindai QR), lalu Periksa. Atau pilih foto/pindaian "
                                      "stiker: kodenya dibaca dan diperiksa. Tidak ada yang disimpan "
                                      "sebelum Anda menekan Simpan.")))
        layout.addWidget(self.payload)
        tools = QHBoxLayout()
        tools.addWidget(self.image_button)
        tools.addStretch(1)
        tools.addWidget(self.check_button)
        layout.addLayout(tools)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_facts)
        layout.addWidget(self.message)
        save = QHBoxLayout()
        save.addStretch(1)
        save.addWidget(self.save_button)
        layout.addLayout(save)
        self.payload.textChanged.connect(self._payload_edited)
        self.check_button.clicked.connect(self.check)
        self.image_button.clicked.connect(self.choose_image)
        self.save_button.clicked.connect(self.save)
        return frame

    # --- what is registered --------------------------------------------------

    def load(self) -> None:
        try:
            found = qris.current(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.current_message.show_error(err)
            found = None
        self.show_registered(found)

    def show_registered(self, found: StaticQris | None) -> None:
        self.registered = found
        self.current_empty.setVisible(found is None)
        self.current_qr.setVisible(found is not None)
        self.current_facts.setVisible(found is not None)
        if found is not None:
            self.current_qr.setPixmap(qr_pixmap(found.payload, SETTINGS_QR_PX))
            self.current_facts.show_qris(found)

    # --- a pasted payload --------------------------------------------------------

    def _payload_edited(self) -> None:
        self.checked = None
        self.save_button.setEnabled(False)
        self.result_title.hide()
        self.result_facts.hide()
        self.message.clear()

    def check(self) -> StaticQris | None:
        """Periksa: the payload in the field, checked fully; the refusal word for word."""
        text = self.payload.toPlainText().strip()
        if not text:
            self.message.show_error(self.tr("Tempel isi QRIS statis dahulu, atau pilih gambar stikernya."))
            return None
        try:
            found = qris_codes.check_static(text)
        except DomainError as err:
            self._payload_edited()
            self.message.show_error(self.tr("Ditolak: {reason}").format(reason=error_text(err)))
            return None
        self.checked = found
        self.result_facts.show_qris(found)
        self.result_title.show()
        self.result_facts.show()
        self.message.show_ok(self.tr("QRIS statis sah. Periksa nama merchant dan NMID, lalu Simpan."))
        self.save_button.setEnabled(self.may_edit)
        return found

    def save(self) -> None:
        if self.checked is None and self.check() is None:
            return
        self.save_button.setEnabled(False)
        self.session.runner.submit(qris.setup, self.session.ctx.uow(), self.session.actor, self.checked.payload,
                                   on_done=self._saved, on_error=self._failed)

    def _saved(self, found: StaticQris) -> None:
        self.show_registered(found)
        self.payload.blockSignals(True)
        self.payload.clear()
        self.payload.blockSignals(False)
        self.checked = None
        self.result_title.hide()
        self.result_facts.hide()
        self.message.show_ok(self.tr("QRIS gerai disimpan: {merchant} (NMID {nmid}).").format(
            merchant=found.merchant_name, nmid=found.nmid))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.checked is not None and self.may_edit)
        self.image_button.setEnabled(self.may_edit)
        self.message.show_error(self.tr("Ditolak: {reason}").format(reason=error_text(exc)))

    # --- a photo or scan of the sticker -----------------------------------------

    def choose_image(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Pilih foto atau pindaian stiker QRIS"), str(Path.home()),
                             self.tr("Gambar ({patterns})").format(patterns=IMAGE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.use_image)
        dialog.open()
        return dialog

    def use_image(self, path: str) -> None:
        """Read the sticker's QR from the image into the field and check it; nothing is saved."""
        if not path:
            return
        self._payload_edited()
        self.image_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.message.show_ok(self.tr("Membaca gambar {name}…").format(name=Path(path).name))
        self.session.runner.submit(qris.read_static_image, self.session.actor, Path(path),
                                   on_done=lambda found: self._image_read(path, found),
                                   on_error=self._image_failed)

    def _image_read(self, path: str, found: StaticQris) -> None:
        self.image_button.setEnabled(self.may_edit)
        self.check_button.setEnabled(self.may_edit)
        self.payload.setPlainText(found.payload)  # as if pasted: the same check, the same Simpan
        if self.check() is not None:
            self.message.show_ok(self.tr("QRIS statis dari gambar {name} sah. Periksa nama merchant dan NMID, "
                                         "lalu Simpan.").format(name=Path(path).name))

    def _image_failed(self, exc: BaseException) -> None:
        self.image_button.setEnabled(self.may_edit)
        self.check_button.setEnabled(self.may_edit)
        self._payload_edited()
        self.message.show_error(self.tr("Ditolak: {reason}").format(reason=error_text(exc)))
