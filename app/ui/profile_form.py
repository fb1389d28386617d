"""The cooperative profile form, shared by the setup wizard and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.domain.clock import ZONES
from app.domain.cooperative import CooperativeProfile


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Koperasi Desa Merah Putih Sukamaju"))
        self.nib = QLineEdit()
        self.nib.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,13}"), self.nib))
        self.nib.setMaximumWidth(220)
        self.legal_entity_no = QLineEdit()
        self.legal_entity_no.setPlaceholderText(self.tr("nomor SK AHU"))
        self.address = QLineEdit()
        self.desa = QLineEdit()
        self.kecamatan = QLineEdit()
        self.kabupaten = QLineEdit()
        self.provinsi = QLineEdit()
        self.timezone = QComboBox()
        zone_names = {"WIB": self.tr("WIB (UTC+7) — Sumatra, Jawa, Kalbar, Kalteng"),
                      "WITA": self.tr("WITA (UTC+8) — Bali, Nusa Tenggara, Kalsel, Kaltim, Sulawesi"),
                      "WIT": self.tr("WIT (UTC+9) — Maluku, Papua")}
        for code in ZONES:
            self.timezone.addItem(zone_names.get(code, code), code)
        self.phone = QLineEdit()
        self.phone.setMaximumWidth(220)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Nama koperasi"), self.name)
        form.addRow(self.tr("NIB (13 angka)"), self.nib)
        form.addRow(self.tr("Nomor badan hukum"), self.legal_entity_no)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Desa/Kelurahan"), self.desa)
        form.addRow(self.tr("Kecamatan"), self.kecamatan)
        form.addRow(self.tr("Kabupaten/Kota"), self.kabupaten)
        form.addRow(self.tr("Provinsi"), self.provinsi)
        form.addRow(self.tr("Zona waktu"), self.timezone)
        form.addRow(self.tr("Telepon"), self.phone)

    def profile(self) -> CooperativeProfile:
        return CooperativeProfile(
            name=self.name.text(), nib=self.nib.text(),
            legal_entity_no=self.legal_entity_no.text(), address=self.address.text(),
            desa=self.desa.text(), kecamatan=self.kecamatan.text(), kabupaten=self.kabupaten.text(),
            provinsi=self.provinsi.text(), timezone=self.timezone.currentData() or "WIB",
            phone=self.phone.text())

    def set_profile(self, p: CooperativeProfile) -> None:
        for name in ("name", "nib", "legal_entity_no", "address", "desa", "kecamatan", "kabupaten",
                     "provinsi", "phone"):
            getattr(self, name).setText(getattr(p, name))
        index = self.timezone.findData(p.timezone)
        self.timezone.setCurrentIndex(max(index, 0))
