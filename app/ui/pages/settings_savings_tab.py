"""Pengaturan > Simpanan & Anggota: the savings rules (pokok amount, wajib amount and
period, sukarela minimum balance, jasa rate, whether pokok and wajib are equity or
liabilities) and the member number pattern.

The rules change only through `savings.set_rules` (savings.setup, a pengurus): moving pokok
or wajib between equity and liability posts a reclassification journal for the balance
already held, so the change is confirmed first. The number pattern is an ordinary setting
(`settings.change`, settings.edit, the admin), shown with a live example. Each group is
enabled for whoever may change it; both are shown to both."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QSpinBox, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.members import check_pattern, member_number
from app.domain.savings import SavingsRules, SavingsType
from app.services import savings, settings
from app.ui.outlet import business_date
from app.ui.pages.savings_dialog import RupiahEdit, monthly_percent, type_text
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, card, confirm, hint, two_column_tab

CLASS_TEXT = {
    "ekuitas": QT_TRANSLATE_NOOP("SavingsTab", "Ekuitas (modal anggota)"),
    "kewajiban": QT_TRANSLATE_NOOP("SavingsTab", "Kewajiban (utang kepada anggota)"),
}
PATTERN_KEY = "member.number_pattern"
FIELD_WIDTH = 220


def _rules_of(values: dict) -> SavingsRules:
    """The rules as the settings hold them (read_all: no permission needed to look)."""
    return SavingsRules(values["savings.pokok_rp"], values["savings.wajib_rp"], values["savings.wajib_period_months"],
                        values["savings.sukarela_min_rp"], values["savings.jasa_annual_bp"],
                        values["savings.pokok_class"] == "kewajiban", values["savings.wajib_class"] == "kewajiban")


class SavingsTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.may_rules = session.actor.can(Permission.SAVINGS_SETUP)
        self.may_pattern = session.actor.can(Permission.SETTINGS_EDIT)
        self.loaded = SavingsRules()
        self.loaded_pattern = ""
        self.box = None
        two_column_tab(self, [self._build_rules_card()], [self._build_number_card(), self._build_about_card()])
        self.load()

    # --- building ----------------------------------------------------------

    def _money(self) -> RupiahEdit:
        edit = RupiahEdit()
        edit.setMaximumWidth(FIELD_WIDTH)
        return edit

    def _class_combo(self) -> QComboBox:
        combo = QComboBox()
        for code, text in CLASS_TEXT.items():
            combo.addItem(QCoreApplication.translate("SavingsTab", text), code)
        combo.setMaximumWidth(FIELD_WIDTH + 60)
        return combo

    def _build_rules_card(self) -> QFrame:
        frame, layout = card(self.tr("Aturan simpanan"))
        self.pokok = self._money()
        self.wajib = self._money()
        self.period = QSpinBox()
        self.period.setRange(*settings.SPECS["savings.wajib_period_months"].bounds)
        self.period.setSuffix(self.tr(" bulan"))
        self.period.setMaximumWidth(120)
        wajib_row = QHBoxLayout()
        wajib_row.setSpacing(8)
        wajib_row.addWidget(self.wajib, 1)
        wajib_row.addWidget(QLabel(self.tr("setiap")))
        wajib_row.addWidget(self.period)
        self.sukarela_min = self._money()
        self.jasa = QDoubleSpinBox()
        self.jasa.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))  # 2,5 not 2.5
        low, high = settings.SPECS["savings.jasa_annual_bp"].bounds
        self.jasa.setRange(low / 100, high / 100)
        self.jasa.setDecimals(2)
        self.jasa.setSingleStep(0.25)
        self.jasa.setSuffix(self.tr(" % per tahun"))
        self.jasa.setMaximumWidth(FIELD_WIDTH)
        self.jasa.setMinimumHeight(self.period.sizeHint().height())
        self.jasa_note = hint("")
        self.jasa_note.setWordWrap(False)  # one line: a wrapping label in a form row gets clipped
        self.pokok_class = self._class_combo()
        self.wajib_class = self._class_combo()
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Simpanan pokok (Rp)"), self.pokok)
        form.addRow(self.tr("Simpanan wajib (Rp)"), wajib_row)
        form.addRow(self.tr("Saldo minimum sukarela (Rp)"), self.sukarela_min)
        form.addRow(self.tr("Jasa simpanan sukarela"), self.jasa)
        form.addRow("", self.jasa_note)
        form.addRow(self.tr("Simpanan pokok dicatat sebagai"), self.pokok_class)
        form.addRow(self.tr("Simpanan wajib dicatat sebagai"), self.wajib_class)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Ekuitas mengikuti praktik PSAK 27: simpanan pokok dan wajib adalah modal "
                                      "anggota. Kewajiban mengikuti SAK EP bila anggota berhak memintanya "
                                      "kembali. Simpanan sukarela selalu kewajiban.")))
        layout.addWidget(hint(self.tr("Mengubah klasifikasi memindahkan saldo yang sudah ada ke akun yang baru "
                                      "dengan jurnal reklasifikasi hari ini; Anda diminta konfirmasi dahulu.")))
        if not self.may_rules:
            layout.addWidget(hint(self.tr("Hanya pengurus yang dapat mengubah aturan simpanan.")))
        self.rules_message = MessageLabel()
        self.rules_save = button(self.tr("Simpan aturan simpanan"), primary=True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.rules_save)
        layout.addWidget(self.rules_message)
        layout.addLayout(row)
        for widget in (self.pokok, self.wajib, self.period, self.sukarela_min, self.jasa, self.pokok_class,
                       self.wajib_class, self.rules_save):
            widget.setEnabled(self.may_rules)
        self.jasa.valueChanged.connect(lambda _v: self._jasa_changed())
        self.rules_save.clicked.connect(self.save_rules)
        return frame

    def _build_number_card(self) -> QFrame:
        frame, layout = card(self.tr("Nomor anggota"))
        self.pattern = QLineEdit()
        self.pattern.setMaxLength(30)
        self.pattern.setMaximumWidth(FIELD_WIDTH + 60)
        self.example = QLabel()
        self.example.setObjectName("bigNumber")
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Pola nomor"), self.pattern)
        form.addRow(self.tr("Contoh"), self.example)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("{seq:05} nomor urut 5 angka (atau {seq:04}, {seq}) · {YYYY} tahun masuk · "
                                      "{YY} tahun 2 angka · {MM} bulan masuk. Bila pola memuat tahun, nomor urut "
                                      "mulai dari 1 lagi setiap tahun. Nomor anggota yang sudah ada tidak "
                                      "berubah.")))
        if not self.may_pattern:
            layout.addWidget(hint(self.tr("Hanya admin yang dapat mengubah pola nomor anggota.")))
        self.pattern_message = MessageLabel()
        self.pattern_save = button(self.tr("Simpan pola nomor"), primary=True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pattern_save)
        layout.addWidget(self.pattern_message)
        layout.addLayout(row)
        self.pattern.setEnabled(self.may_pattern)
        self.pattern_save.setEnabled(self.may_pattern)
        self.pattern.textChanged.connect(lambda _t: self._pattern_changed())
        self.pattern_save.clicked.connect(self.save_pattern)
        return frame

    def _build_about_card(self) -> QFrame:
        frame, layout = card(self.tr("Tentang jenis simpanan"))
        for stype, text in (
                (SavingsType.POKOK, self.tr("sekali saat masuk; tidak bisa diambil selama menjadi anggota, "
                                            "dikembalikan saat keluar.")),
                (SavingsType.WAJIB, self.tr("setiap periode; tunggakan dihitung per bulan sejak bulan masuk; "
                                            "dikembalikan saat keluar.")),
                (SavingsType.SUKARELA, self.tr("berapa saja, bisa ditarik kapan saja sampai saldo minimum; "
                                               "bisa mendapat jasa bulanan dari saldo terendah sebulan."))):
            label = hint(f"<b>{type_text(stype)}</b>: {text}")
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        return frame

    # --- loading ---------------------------------------------------------------

    def load(self) -> None:
        values = settings.read_all(self.session.ctx.reader())
        self.show_rules(_rules_of(values))
        self.loaded_pattern = values[PATTERN_KEY]
        self.pattern.setText(self.loaded_pattern)
        self._pattern_changed()

    def show_rules(self, rules: SavingsRules) -> None:
        self.loaded = rules
        for edit, value in ((self.pokok, rules.pokok_rp), (self.wajib, rules.wajib_rp),
                            (self.sukarela_min, rules.sukarela_min_rp)):
            edit.setText(fmt.number(value))  # "0" written out: zero is a setting, not an empty field
        self.period.setValue(rules.wajib_period_months)
        self.jasa.setValue(rules.jasa_annual_bp / 100)
        self.pokok_class.setCurrentIndex(self.pokok_class.findData("kewajiban" if rules.pokok_liability
                                                                   else "ekuitas"))
        self.wajib_class.setCurrentIndex(self.wajib_class.findData("kewajiban" if rules.wajib_liability
                                                                   else "ekuitas"))
        self._jasa_changed()

    # --- the rules -------------------------------------------------------------

    def jasa_bp(self) -> int:
        """The rate in basis points, from the percent shown (two decimals: exact)."""
        return int((Decimal(str(round(self.jasa.value(), 2))) * 100).to_integral_value())

    def _jasa_changed(self) -> None:
        bp = self.jasa_bp()
        self.jasa_note.setText(
            self.tr("= {month}% per bulan").format(
                month=monthly_percent(bp)) if bp else self.tr("0 = tanpa jasa."))

    def form_rules(self) -> SavingsRules:
        amounts = {}
        for key, edit, label in (("pokok", self.pokok, self.tr("Simpanan pokok")),
                                 ("wajib", self.wajib, self.tr("Simpanan wajib")),
                                 ("sukarela_min", self.sukarela_min, self.tr("Saldo minimum sukarela"))):
            value = edit.amount()
            if value is None:
                raise DomainError("bad_amount", self.tr("{field}: isi rupiah bulat.").format(field=label))
            amounts[key] = value
        return SavingsRules(amounts["pokok"], amounts["wajib"], self.period.value(), amounts["sukarela_min"],
                            self.jasa_bp(), self.pokok_class.currentData() == "kewajiban",
                            self.wajib_class.currentData() == "kewajiban")

    def save_rules(self) -> None:
        if not self.may_rules or not self.rules_save.isEnabled():
            return
        self.rules_message.clear()
        try:
            rules = self.form_rules()
        except DomainError as err:
            self.rules_message.show_error(err)
            return
        moved = [(stype, new) for stype, old, new in (
            (SavingsType.POKOK, self.loaded.pokok_liability, rules.pokok_liability),
            (SavingsType.WAJIB, self.loaded.wajib_liability, rules.wajib_liability)) if old != new]
        if not moved:
            self._submit_rules(rules)
            return
        held = self._totals()
        lines = []
        for stype, liability in moved:
            lines.append(self.tr("{type} akan dicatat sebagai {to} (sebelumnya {before}); saldo yang ada, "
                                 "{amount}, dipindahkan dengan jurnal reklasifikasi hari ini.").format(
                type=type_text(stype), to=self._class_word(liability), before=self._class_word(not liability),
                amount=fmt.rupiah(held.get(stype.value, 0)) if held is not None else self.tr("berapa pun")))
        self.box = confirm(self, self.tr("Ubah klasifikasi simpanan"), "\n\n".join(lines),
                           self.tr("Simpan dan reklasifikasi"), lambda: self._submit_rules(rules))

    def _class_word(self, liability: bool) -> str:
        return self.tr("kewajiban") if liability else self.tr("ekuitas")

    def _totals(self) -> dict[str, int] | None:
        try:
            return savings.totals(self.session.ctx.reader(), self.session.actor)
        except DomainError:
            return None

    def _submit_rules(self, rules: SavingsRules) -> None:
        self.rules_save.setEnabled(False)
        reclassified = (rules.pokok_liability, rules.wajib_liability) != (self.loaded.pokok_liability,
                                                                           self.loaded.wajib_liability)
        self.session.runner.submit(savings.set_rules, self.session.ctx.uow(), self.session.actor, rules,
                                   on_done=lambda saved: self._rules_saved(saved, reclassified),
                                   on_error=self._rules_failed)

    def _rules_saved(self, rules: SavingsRules, reclassified: bool) -> None:
        self.rules_save.setEnabled(self.may_rules)
        self.show_rules(rules)
        text = self.tr("Aturan simpanan disimpan.")
        if reclassified:
            text += " " + self.tr("Saldo yang ada direklasifikasi dengan jurnal hari ini (lihat Jurnal).")
        self.rules_message.show_ok(text)

    def _rules_failed(self, exc: BaseException) -> None:
        self.rules_save.setEnabled(self.may_rules)
        self.rules_message.show_error(exc)

    # --- the member number -------------------------------------------------------

    def _pattern_changed(self) -> None:
        text = self.pattern.text().strip()
        problem = check_pattern(text)
        if problem:
            self.example.setText("—")
            self.pattern_message.show_error(self.tr("Pola belum bisa dipakai: {problem}.").format(problem=problem))
        else:
            today = business_date(self.session.ctx)
            self.example.setText(", ".join(member_number(text, n, today) for n in (1, 2, 3)) + ", …")
            self.pattern_message.clear()
        self.pattern_save.setEnabled(self.may_pattern and not problem)

    def save_pattern(self) -> None:
        if not self.may_pattern or not self.pattern_save.isEnabled():
            return
        self.pattern_save.setEnabled(False)
        self.pattern_message.clear()
        self.session.runner.submit(settings.change, self.session.ctx.uow(), self.session.actor,
                                   {PATTERN_KEY: self.pattern.text().strip()}, on_done=self._pattern_saved,
                                   on_error=self._pattern_failed)

    def _pattern_saved(self, values: dict) -> None:
        self.loaded_pattern = values[PATTERN_KEY]
        self.pattern_save.setEnabled(self.may_pattern)
        self.pattern_message.show_ok(self.tr("Pola nomor anggota disimpan; berlaku untuk anggota yang didaftarkan "
                                             "setelah ini."))

    def _pattern_failed(self, exc: BaseException) -> None:
        self.pattern_save.setEnabled(self.may_pattern)
        self.pattern_message.show_error(exc)
