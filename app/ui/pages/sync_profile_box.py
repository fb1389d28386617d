"""Sinkronisasi > Data koperasi: what every district package says about the cooperative —
the desa's region code (Kemendagri), its business units, its partnerships (BRILink with BRI,
agen PLN…) and whether member names may go along. Saved through services/sync_profile.py on
the task runner (the bendahara holds sync.export; the admin may too); refusals inline.
Read-only for whoever may not change them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from shiboken6 import isValid

from app.domain.sync_outlet import BUSINESS_UNITS
from app.services import sync_profile
from app.services.sync_profile import SyncProfile
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, date_edit, hint, optional_date, to_qdate

# The domain's labels (sync_outlet.BUSINESS_UNITS), here so lupdate finds them for English.
UNIT_LABELS = {
    "sembako": QT_TRANSLATE_NOOP("SyncProfileBox", "Sembako (toko/gerai)"),
    "lpg": QT_TRANSLATE_NOOP("SyncProfileBox", "LPG 3 kg (sub-pangkalan)"),
    "simpan_pinjam": QT_TRANSLATE_NOOP("SyncProfileBox", "Simpan pinjam"),
    "logistik": QT_TRANSLATE_NOOP("SyncProfileBox", "Logistik/distribusi"),
    "laku_pandai": QT_TRANSLATE_NOOP("SyncProfileBox", "Laku Pandai"),
    "brilink": QT_TRANSLATE_NOOP("SyncProfileBox", "BRILink"),
    "agen46": QT_TRANSLATE_NOOP("SyncProfileBox", "Agen46"),
    "agenpos": QT_TRANSLATE_NOOP("SyncProfileBox", "Agenpos"),
    "agen_pln": QT_TRANSLATE_NOOP("SyncProfileBox", "Agen PLN"),
    "pupuk": QT_TRANSLATE_NOOP("SyncProfileBox", "Pupuk"),
    "rpk": QT_TRANSLATE_NOOP("SyncProfileBox", "Rumah Pangan Kita"),
    "apotek": QT_TRANSLATE_NOOP("SyncProfileBox", "Apotek desa"),
    "klinik": QT_TRANSLATE_NOOP("SyncProfileBox", "Klinik desa"),
}


def unit_label(key: str) -> str:
    return QCoreApplication.translate("SyncProfileBox", UNIT_LABELS.get(key, BUSINESS_UNITS.get(key, key)))


class PartnershipRow:
    """One partnership: the widgets of one row of the grid."""

    def __init__(self, kind_tip: str, partner_hint: str, no_date: str, remove_text: str) -> None:
        self.kind = QComboBox()
        for key in BUSINESS_UNITS:
            self.kind.addItem(unit_label(key), key)
        self.kind.setToolTip(kind_tip)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        self.kind.view().setMinimumWidth(240)
        self.partner = QLineEdit()
        self.partner.setMaxLength(80)
        self.partner.setPlaceholderText(partner_hint)
        self.since = date_edit(allow_empty=no_date)
        self.since.setMinimumWidth(130)
        self.remove = QPushButton(remove_text)
        self.widgets: tuple[QWidget, ...] = (self.kind, self.partner, self.since, self.remove)

    def set(self, item: dict) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(item["kind"])))
        self.partner.setText(item["partner"])
        if item["since"]:
            self.since.setDate(to_qdate(date.fromisoformat(item["since"])))

    def value(self) -> dict:
        since = optional_date(self.since)
        return {"kind": self.kind.currentData(), "partner": self.partner.text().strip(),
                "since": since.isoformat() if since else ""}


class SyncProfileBox(QFrame):
    loaded = Signal()  # the stored values are in the form (tests wait for it)
    saved = Signal(object)  # SyncProfile

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        self.editable = sync_profile.may_change(session.actor)
        self.profile: SyncProfile | None = None
        self.rows: list[PartnershipRow] = []

        heading = QLabel(self.tr("Data koperasi untuk kabupaten"))
        heading.setObjectName("cardTitle")
        intro = hint(self.tr("Ikut dalam setiap paket laporan ke dinas kabupaten dan tampil di laporan kabupaten."))

        self.kode_wilayah = QLineEdit()
        self.kode_wilayah.setPlaceholderText(self.tr("10 angka, mis. 3203052003"))
        self.kode_wilayah.setMaximumWidth(220)
        kode_row = QHBoxLayout()
        kode_row.setSpacing(10)
        kode_row.addWidget(self.kode_wilayah)
        kode_row.addWidget(hint(self.tr("kode desa/kelurahan dari Kemendagri; kosongkan bila belum tahu")), 1)

        self.units: dict[str, QCheckBox] = {}
        units_grid = QGridLayout()
        units_grid.setHorizontalSpacing(24)
        units_grid.setVerticalSpacing(6)
        per_column = (len(BUSINESS_UNITS) + 3) // 4
        for i, key in enumerate(BUSINESS_UNITS):
            box = QCheckBox(unit_label(key))
            self.units[key] = box
            units_grid.addWidget(box, i % per_column, i // per_column)
        units_grid.setColumnStretch(4, 1)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        for col, text in enumerate((self.tr("Jenis"), self.tr("Mitra"), self.tr("Sejak (boleh kosong)"))):
            self.grid.addWidget(QLabel(text), 0, col)
        self.grid.setColumnMinimumWidth(1, 220)
        self.grid.setColumnStretch(4, 1)
        self.no_partnerships = hint(self.tr("Belum ada kemitraan."))
        self.add_button = button(self.tr("Tambah kemitraan"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.no_partnerships)
        add_row.addStretch(1)
        partnerships = QVBoxLayout()
        partnerships.setSpacing(6)
        partnerships.addLayout(self.grid)
        partnerships.addLayout(add_row)

        self.share_names = QCheckBox(self.tr("Nama anggota boleh ikut dalam paket"))
        self.share_warning = QLabel(self.tr(
            "Nama anggota adalah data pribadi: centang hanya bila kabupaten memintanya dan anggota sudah tahu."))
        self.share_warning.setObjectName("errorText")

        self.message = MessageLabel()
        self.save_button = button(self.tr("Simpan data koperasi"), primary=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(18)
        form.addRow(self.tr("Kode wilayah desa"), kode_row)
        form.addRow(self.tr("Unit usaha"), units_grid)
        form.addRow(self.tr("Kemitraan"), partnerships)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.share_names)
        names.addWidget(self.share_warning)
        form.addRow(self.tr("Data pribadi"), names)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_partnership())
        self.save_button.clicked.connect(self.save)
        if not self.editable:
            self.kode_wilayah.setReadOnly(True)
            for box in (*self.units.values(), self.share_names):
                box.setEnabled(False)
            self.add_button.hide()
            self.save_button.hide()
        self.reload()

    # --- partnerships --------------------------------------------------------------------

    def add_partnership(self, item: dict | None = None) -> PartnershipRow:
        row = PartnershipRow(self.tr("Jenis usaha yang dijalankan bersama mitra"), self.tr("mis. BRI"),
                             self.tr("—"), self.tr("Hapus"))
        if item is not None:
            row.set(item)
        self.rows.append(row)
        row.remove.clicked.connect(lambda: self.remove_partnership(row))
        for w in row.widgets:
            w.setEnabled(self.editable)
        row.remove.setVisible(self.editable)
        self._place_rows()
        if item is None:
            row.partner.setFocus()
        return row

    def remove_partnership(self, row: PartnershipRow) -> None:
        self.rows.remove(row)
        for w in row.widgets:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._place_rows()

    def _place_rows(self) -> None:
        for i, row in enumerate(self.rows, start=1):
            for col, w in enumerate(row.widgets):
                self.grid.addWidget(w, i, col)
        self.no_partnerships.setVisible(not self.rows)

    # --- load and save -------------------------------------------------------------------

    def reload(self) -> None:
        s = self.session
        s.runner.submit(sync_profile.get_profile, s.ctx.reader(), s.actor, on_done=self._loaded,
                        on_error=self._failed)

    def _loaded(self, profile: SyncProfile) -> None:
        if not isValid(self):
            return
        self.show_profile(profile)
        self.loaded.emit()

    def show_profile(self, profile: SyncProfile) -> None:
        self.profile = profile
        self.kode_wilayah.setText(profile.kode_wilayah)
        for key, box in self.units.items():
            box.setChecked(key in profile.business_units)
        for row in list(self.rows):
            self.remove_partnership(row)
        for item in profile.partnerships:
            self.add_partnership(item)
        self.share_names.setChecked(profile.share_names)

    def values(self) -> dict:
        return {sync_profile.KODE_WILAYAH: self.kode_wilayah.text().strip(),
                sync_profile.BUSINESS_UNITS: [k for k, box in self.units.items() if box.isChecked()],
                sync_profile.PARTNERSHIPS: [row.value() for row in self.rows],
                sync_profile.SHARE_NAMES: self.share_names.isChecked()}

    def save(self) -> None:
        if not self.editable:
            return
        self.save_button.setEnabled(False)
        self.message.clear()
        s = self.session
        s.runner.submit(sync_profile.set_profile, s.ctx.uow(), s.actor, self.values(), on_done=self._saved,
                        on_error=self._failed)

    def _saved(self, profile: SyncProfile) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        self.show_profile(profile)
        self.message.show_ok(self.tr("Data koperasi disimpan; ikut dalam paket berikutnya."))
        self.saved.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        self.message.show_error(exc)

