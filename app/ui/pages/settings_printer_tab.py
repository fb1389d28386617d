"""Pengaturan > Printer: this PC's receipt printer (address, paper, cutter, QR, cash
drawer, automatic receipts), a search for printers, a test page sent to the address in
the field before it is saved, and what every receipt says at its foot.

Everything that talks to a device (search, test page) runs on the print driver's own
thread, never on the GUI thread: a printer that is off answers only after seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLineEdit,
                               QVBoxLayout, QWidget)

from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import print_worker, printing, settings
from app.services.printing import JobInfo, PrinterConfig
from app.ui.pages.till_common import till_name
from app.ui.session import Session
from app.ui.table_model import Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, card, error_text, hint, two_column_tab

EXAMPLES = ("tcp://192.168.1.50:9100", "usb://0416:5011", "serial:///dev/ttyUSB0?baud=9600", "serial://COM3",
            "win32://POS-58", "cups://POS58", "file:///home/kasir/struk.bin")
FOOTER_MAX = 200  # the service's limit for receipt.footer


class PrinterTab(QWidget):
    discover = staticmethod(printing.discover_printers)  # tests put a stand-in here

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        driver = session.print_driver
        self.station = driver.station if driver is not None else till_name()
        # Device work queues behind any print in flight on the driver's thread.
        self._device_submit = driver.submit if driver is not None else session.runner.submit
        self.found: tuple[printing.FoundPrinter, ...] = ()

        two_column_tab(self, [self._build_printer_card(), self._build_receipt_card()],
                       [self._build_found_card(), self._build_forms_card()])

        self.search_button.clicked.connect(self.search)
        self.use_button.clicked.connect(self.use_selected)
        self.found_table.doubleClicked.connect(lambda _index: self.use_selected())
        self.found_table.selectionModel().selectionChanged.connect(
            lambda *_: self.use_button.setEnabled(self.selected_found() is not None))
        self.test_button.clicked.connect(self.test_print)
        self.save_button.clicked.connect(self.save)
        self.receipt_save_button.clicked.connect(self.save_receipt)
        self.load()

    # --- building ----------------------------------------------------------

    def _build_printer_card(self) -> QFrame:
        frame, layout = card(self.tr("Printer struk komputer ini: {station}").format(station=self.station))
        self.uri = QLineEdit()
        self.uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.uri.setMaxLength(300)
        self.uri.setToolTip("\n".join(printing.ACCEPTED_FORMS))
        self.search_button = button(self.tr("Cari printer"))
        uri_row = QHBoxLayout()
        uri_row.addWidget(self.uri, 1)
        uri_row.addWidget(self.search_button)
        self.width_mm = QComboBox()
        self.width_mm.addItem(self.tr("58 mm (32 kolom)"), 58)
        self.width_mm.addItem(self.tr("80 mm (48 kolom)"), 80)
        self.drawer = QComboBox()
        self.drawer.addItem(self.tr("Tidak ada laci kas"), None)
        self.drawer.addItem(self.tr("Laci kas di pin 2"), 2)
        self.drawer.addItem(self.tr("Laci kas di pin 5"), 5)
        for combo in (self.width_mm, self.drawer):
            combo.setMinimumWidth(200)
        self.cutter = QCheckBox(self.tr("Printer punya pemotong kertas otomatis"))
        self.native_qr = QCheckBox(self.tr("Printer bisa mencetak QR sendiri (GS ( k)"))
        self.native_qr.setToolTip(self.tr("Jika tidak dicentang, QR dikirim sebagai gambar: lebih lambat, "
                                          "tetapi jalan di semua printer."))
        self.auto_receipt = QCheckBox(self.tr("Cetak struk otomatis setiap penjualan"))
        features = QVBoxLayout()
        features.setSpacing(4)
        for box in (self.cutter, self.native_qr, self.auto_receipt):
            features.addWidget(box)
        example = hint(self.tr("Contoh: {examples}").format(examples=", ".join(
            (EXAMPLES[0], EXAMPLES[1]))))
        example.setWordWrap(False)  # one line; a wrapping label in a form row leaves a gap
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Alamat printer"), uri_row)
        form.addRow("", example)
        form.addRow(self.tr("Lebar kertas"), self.width_mm)
        form.addRow(self.tr("Laci kas"), self.drawer)
        form.addRow(self.tr("Kemampuan"), features)
        self.message = MessageLabel()
        self.test_button = button(self.tr("Cetak halaman uji"))
        self.test_button.setToolTip(self.tr("Mencetak ke alamat di kolom di atas, walau belum disimpan."))
        self.save_button = button(self.tr("Simpan printer"), primary=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return frame

    def _build_forms_card(self) -> QFrame:
        frame, layout = card(self.tr("Bentuk alamat printer"))
        forms = hint("\n".join(f"• {form}" for form in printing.ACCEPTED_FORMS))
        forms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        examples = hint(self.tr("Contoh lain: {examples}").format(examples=", ".join(EXAMPLES[4:])))
        examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(forms)
        layout.addWidget(examples)
        layout.addWidget(hint(self.tr("Printer disimpan per komputer; nama komputer ini diatur dengan "
                                      "KOPDES_TILL.")))
        return frame

    def _build_found_card(self) -> QFrame:
        frame, layout = card(self.tr("Printer yang terlihat komputer ini"))
        self.found_model = LazyTableModel([
            Column("uri", self.tr("Alamat"), lambda p: p.uri),
            Column("description", self.tr("Keterangan"), lambda p: p.description),
        ], parent=self)
        self.found_table = make_table(self.found_model, widths={0: 230})
        self.found_table.setFixedHeight(104)  # a few rows; it scrolls beyond
        self.search_status = hint(self.tr("Tekan Cari printer untuk mencari printer USB, serial, Windows "
                                          "dan CUPS."))
        self.notes = hint("")
        self.notes.hide()
        self.use_button = button(self.tr("Pakai alamat ini"))
        self.use_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.notes, 1)
        row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.search_status)
        layout.addWidget(self.found_table)
        layout.addLayout(row)
        return frame

    def _build_receipt_card(self) -> QFrame:
        frame, layout = card(self.tr("Isi struk (semua komputer)"))
        self.may_edit_receipt = self.session.actor.can(Permission.SETTINGS_EDIT)
        self.footer = QLineEdit()
        self.footer.setMaxLength(FOOTER_MAX)
        self.footer.setReadOnly(not self.may_edit_receipt)
        self.lpg_slip = QCheckBox(self.tr("Cetak bukti pengambilan LPG 3 kg"))
        self.lpg_slip.setToolTip(self.tr("Slip kedua untuk ditandatangani pembeli LPG 3 kg bersubsidi."))
        self.lpg_slip.setEnabled(self.may_edit_receipt)
        self.receipt_message = MessageLabel()
        self.receipt_save_button = button(self.tr("Simpan isi struk"))
        self.receipt_save_button.setVisible(self.may_edit_receipt)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Teks di bawah struk"), self.footer)
        form.addRow("", self.lpg_slip)
        layout.addLayout(form)
        if not self.may_edit_receipt:
            layout.addWidget(hint(self.tr("Hanya admin yang dapat mengubah isi struk.")))
        layout.addWidget(self.receipt_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.receipt_save_button)
        layout.addLayout(row)
        return frame

    # --- loading -----------------------------------------------------------

    def load(self) -> None:
        try:
            config = printing.get_printer(self.session.ctx.reader(), self.session.actor, self.station)
        except DomainError as err:
            self.message.show_error(err)
        else:
            self.set_config(config)
        values = settings.read_all(self.session.ctx.reader())
        self.footer.setText(values["receipt.footer"])
        self.footer.setCursorPosition(0)
        self.lpg_slip.setChecked(bool(values["receipt.lpg_slip"]))

    def set_config(self, config: PrinterConfig) -> None:
        self.uri.setText(config.uri)
        self.width_mm.setCurrentIndex(max(0, self.width_mm.findData(config.width_mm)))
        self.cutter.setChecked(config.has_cutter)
        self.native_qr.setChecked(config.native_qr)
        self.drawer.setCurrentIndex(max(0, self.drawer.findData(config.drawer_pin)))
        self.auto_receipt.setChecked(config.auto_receipt)

    def config(self) -> PrinterConfig:
        return PrinterConfig(self.station, self.uri.text().strip(), self.width_mm.currentData(),
                             self.cutter.isChecked(), self.native_qr.isChecked(), self.drawer.currentData(),
                             self.auto_receipt.isChecked())

    # --- search ------------------------------------------------------------

    def search(self) -> None:
        self.search_button.setEnabled(False)
        self.search_status.setText(self.tr("Mencari printer…"))
        self._device_submit(type(self).discover, on_done=self._found, on_error=self._search_failed)

    def _found(self, result: printing.DiscoveryResult) -> None:
        self.search_button.setEnabled(True)
        self.found = result.printers
        self.found_model.set_loader(slice_loader(list(result.printers)))
        self.found_model.load_first_page()
        if result.printers:
            self.search_status.setText(self.tr("{n} printer atau port ditemukan. Pilih satu lalu tekan "
                                               "Pakai alamat ini.").format(n=len(result.printers)))
        else:
            self.search_status.setText(self.tr("Tidak ada printer yang ditemukan. Periksa kabel dan daya "
                                               "printer, atau isi alamatnya sendiri."))
        self.notes.setText("\n".join(f"• {note}" for note in result.notes))
        self.notes.setVisible(bool(result.notes))

    def _search_failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.search_status.setText("")
        self.message.show_error(exc)

    def selected_found(self) -> printing.FoundPrinter | None:
        rows = self.found_table.selectionModel().selectedRows()
        return self.found_model.row_object(rows[0].row()) if rows else None

    def use_selected(self) -> None:
        found = self.selected_found()
        if found is not None:
            self.uri.setText(found.uri)
            self.message.show_ok(self.tr("Alamat diisi: {uri}. Cetak halaman uji, lalu simpan.").format(
                uri=found.uri))

    # --- test page ---------------------------------------------------------

    def test_print(self) -> None:
        uri = self.uri.text().strip()
        if not uri:
            self.message.show_error(self.tr("Isi alamat printer dulu."))
            return
        self.test_button.setEnabled(False)
        self.message.show_ok(self.tr("Mengirim halaman uji ke {uri}…").format(uri=uri))
        self._device_submit(print_worker.test_printer, self.session.ctx.uow, self.session.actor, self.station,
                            uri, width_mm=self.width_mm.currentData(),
                            on_done=self._tested, on_error=self._test_failed)

    def _tested(self, job: JobInfo) -> None:
        self.test_button.setEnabled(True)
        self.message.show_ok(self.tr("Halaman uji terkirim ke {uri}. Periksa kertasnya: semua tulisan dan QR "
                                     "harus terbaca. Jika benar, tekan Simpan printer.").format(uri=job.printer_uri))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.message.show_error(self.tr("Halaman uji gagal: {error}").format(error=error_text(exc)))

    # --- saving ------------------------------------------------------------

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(printing.save_printer, self.session.ctx.uow(), self.session.actor,
                                   self.config(), on_done=self._saved, on_error=self._save_failed)

    def _saved(self, config: PrinterConfig) -> None:
        self.save_button.setEnabled(True)
        self.set_config(config)
        if config.uri:
            self.message.show_ok(self.tr("Printer {station} disimpan: {uri}.").format(station=config.station,
                                                                                     uri=config.uri))
        else:
            self.message.show_ok(self.tr("Printer {station} disimpan tanpa alamat: struk menunggu di antrean "
                                         "sampai printer diatur.").format(station=config.station))
        if self.session.print_driver is not None:
            self.session.print_driver.kick()  # jobs waiting for this printer go now

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(self.tr("Printer tidak disimpan: {error}").format(error=error_text(exc)))

    def save_receipt(self) -> None:
        self.receipt_save_button.setEnabled(False)
        self.receipt_message.clear()
        values = {"receipt.footer": self.footer.text().strip(), "receipt.lpg_slip": self.lpg_slip.isChecked()}
        self.session.runner.submit(settings.change, self.session.ctx.uow(), self.session.actor, values,
                                   on_done=self._receipt_saved, on_error=self._receipt_failed)

    def _receipt_saved(self, _values: dict) -> None:
        self.receipt_save_button.setEnabled(True)
        self.receipt_message.show_ok(self.tr("Isi struk disimpan; berlaku untuk struk berikutnya."))

    def _receipt_failed(self, exc: BaseException) -> None:
        self.receipt_save_button.setEnabled(True)
        self.receipt_message.show_error(exc)
