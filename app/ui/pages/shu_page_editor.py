"""The SHU rules as a form: one percentage per part (with the running total, red until it
is exactly 100%), the basis of jasa usaha (with weights when both) and of jasa modal.
Used by the Aturan tab (saved) and the Simulasi tab (tried out, never saved from there
unless the bendahara asks)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.shu import PART_KEYS, ShuRules, pct_text, rules_from_config


def part_labels() -> dict[str, str]:
    return {
        "cadangan": QCoreApplication.translate("ShuPage", "Cadangan"),
        "jasa_modal": QCoreApplication.translate("ShuPage", "Jasa modal anggota (JMA)"),
        "jasa_anggota": QCoreApplication.translate("ShuPage", "Jasa usaha anggota (JUA)"),
        "dana_pengurus": QCoreApplication.translate("ShuPage", "Dana pengurus"),
        "dana_karyawan": QCoreApplication.translate("ShuPage", "Dana karyawan"),
        "dana_pendidikan": QCoreApplication.translate("ShuPage", "Dana pendidikan"),
        "dana_sosial": QCoreApplication.translate("ShuPage", "Dana sosial"),
        "dana_pembangunan": QCoreApplication.translate("ShuPage", "Dana pembangunan daerah kerja"),
    }


def jua_labels() -> dict[str, str]:
    return {
        "pembelian": QCoreApplication.translate("ShuPage", "Pembelian anggota"),
        "bunga": QCoreApplication.translate("ShuPage", "Jasa pinjaman yang dibayar"),
        "keduanya": QCoreApplication.translate("ShuPage", "Pembelian dan jasa pinjaman (berbobot)"),
    }


def jma_labels() -> dict[str, str]:
    return {
        "akhir_tahun": QCoreApplication.translate("ShuPage", "Simpanan pokok + wajib akhir tahun"),
        "rata_rata": QCoreApplication.translate("ShuPage", "Rata-rata saldo harian pokok + wajib"),
    }


def _spin() -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(0, 100)
    s.setDecimals(2)
    s.setSingleStep(0.5)
    s.setSuffix(" %")
    s.setMinimumWidth(96)
    return s


class RulesEditor(QWidget):
    changed = Signal()

    def __init__(self, *, bases: bool = True) -> None:
        super().__init__()
        self.spins = {k: _spin() for k in PART_KEYS}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow (Simulasi beside a table): label above
        labels = part_labels()
        for k in PART_KEYS:
            form.addRow(labels[k], self.spins[k])
            self.spins[k].valueChanged.connect(self._changed)
        self.total = QLabel()
        self.total.setObjectName("shuTotal")
        form.addRow(self.tr("Jumlah"), self.total)
        self.jua = QComboBox()
        for key, label in jua_labels().items():
            self.jua.addItem(label, key)
        self.weight_p, self.weight_i = _spin(), _spin()
        weights = QHBoxLayout()
        weights.addWidget(QLabel(self.tr("Pembelian")))
        weights.addWidget(self.weight_p)
        weights.addWidget(QLabel(self.tr("Jasa pinjaman")))
        weights.addWidget(self.weight_i)
        weights.addStretch(1)
        self.jma = QComboBox()
        for key, label in jma_labels().items():
            self.jma.addItem(label, key)
        for combo in (self.jua, self.jma):  # the long item texts do not set the form's width
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.weights_row = QWidget()
        self.weights_row.setLayout(weights)
        weights.setContentsMargins(0, 0, 0, 0)
        if bases:
            form.addRow(self.tr("Dasar jasa usaha"), self.jua)
            form.addRow(self.tr("Bobot"), self.weights_row)
            form.addRow(self.tr("Dasar jasa modal"), self.jma)
        for w in (self.jua, self.jma):
            w.currentIndexChanged.connect(self._changed)
        for w in (self.weight_p, self.weight_i):
            w.valueChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self._loading = False
        self.set_rules(ShuRules())

    def set_rules(self, rules: ShuRules) -> None:
        self._loading = True
        try:
            for k in PART_KEYS:
                self.spins[k].setValue(float(rules.pct(k)))
            self.jua.setCurrentIndex(self.jua.findData(rules.jua_basis))
            self.jma.setCurrentIndex(self.jma.findData(rules.jma_basis))
            self.weight_p.setValue(float(rules.weight_purchases))
            self.weight_i.setValue(float(rules.weight_interest))
        finally:
            self._loading = False
        self._changed()

    def set_editable(self, editable: bool) -> None:
        for w in (*self.spins.values(), self.jua, self.jma, self.weight_p, self.weight_i):
            w.setEnabled(editable)

    def _pct(self, spin: QDoubleSpinBox) -> Decimal:
        return Decimal(f"{spin.value():.2f}")

    def total_pct(self) -> Decimal:
        return sum((self._pct(s) for s in self.spins.values()), Decimal(0))

    def config(self) -> dict:
        return {
            "allocation": {k: str(self._pct(s)) for k, s in self.spins.items()},
            "jua_basis": self.jua.currentData(),
            "jma_basis": self.jma.currentData(),
            "weight_purchases": str(self._pct(self.weight_p)),
            "weight_interest": str(self._pct(self.weight_i)),
        }

    def rules(self) -> ShuRules:
        """The rules in the form, or DomainError with the reason (e.g. not 100%)."""
        return rules_from_config(self.config())

    def problem(self) -> str | None:
        try:
            self.rules()
        except DomainError as e:
            return e.message
        return None

    def _changed(self) -> None:
        total = self.total_pct()
        ok = total == 100
        self.total.setText(f"{pct_text(total)} %" + ("" if ok else "  " + self.tr("(harus tepat 100%)")))
        self.total.setStyleSheet("font-weight: 600; color: %s;" % ("#1B7F3B" if ok else "#C8102E"))
        self.weights_row.setEnabled(self.jua.currentData() == "keduanya" and self.jua.isEnabled())
        if not self._loading:
            self.changed.emit()
