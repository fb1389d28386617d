"""Simpanan Anggota: one member's deposit (setor) or withdrawal (tarik).

The member's number, name, status and balance per type are at the top; the form asks for
the type (a withdrawal is sukarela only: pokok and wajib come back when membership ends),
the amount (thousands separated as it is typed; quick buttons for the wajib ×1/×3/×6 and
the pokok still owed), the method and a memo. While typing, the balance after the
movement and, for wajib, the months it covers and the arrears left are shown, and the
domain's own checks (`check_deposit`, `check_withdrawal`) refuse what the service would
refuse, word for word; the service still decides. Beside the form: the movements of the
selected type with the running balance.

Simpan (Enter, Ctrl+S) posts with one client-made UUID for the life of the dialog, so a
second press or a retry after an error never posts twice; the slip goes to this PC's
printer. After the service answers, the document number and the new balance are shown,
then the dialog is accepted. A refusal is shown and nothing else changes."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.savings import (KINDS, METHODS, TYPE_LABELS, SavingsRules, SavingsType, check_deposit,
                                check_withdrawal)
from app.services import member_registry, savings
from app.services.member_registry import MemberProfile
from app.services.savings import MoveResult, SavingsMove
from app.ui.pages.till_common import TillDialog, kick_printer, till_name
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MoneyEdit, button, error_text, hint, message_box

# Screen words for the domain's codes (context "Savings", shared by the savings dialogs).
TYPE_TEXT = {
    SavingsType.POKOK: QT_TRANSLATE_NOOP("Savings", "Simpanan Pokok"),
    SavingsType.WAJIB: QT_TRANSLATE_NOOP("Savings", "Simpanan Wajib"),
    SavingsType.SUKARELA: QT_TRANSLATE_NOOP("Savings", "Simpanan Sukarela"),
}
SHORT_TYPE_TEXT = {
    SavingsType.POKOK: QT_TRANSLATE_NOOP("Savings", "Pokok"),
    SavingsType.WAJIB: QT_TRANSLATE_NOOP("Savings", "Wajib"),
    SavingsType.SUKARELA: QT_TRANSLATE_NOOP("Savings", "Sukarela"),
}
KIND_TEXT = {
    "setor": QT_TRANSLATE_NOOP("Savings", "Setoran"),
    "tarik": QT_TRANSLATE_NOOP("Savings", "Penarikan"),
    "jasa": QT_TRANSLATE_NOOP("Savings", "Jasa simpanan"),
    "saldo_awal": QT_TRANSLATE_NOOP("Savings", "Saldo awal"),
    "keluar": QT_TRANSLATE_NOOP("Savings", "Pengembalian saat keluar"),
    "koreksi": QT_TRANSLATE_NOOP("Savings", "Koreksi (pembalikan)"),
}
METHOD_TEXT = {
    "tunai": QT_TRANSLATE_NOOP("Savings", "Tunai"),
    "transfer": QT_TRANSLATE_NOOP("Savings", "Transfer bank"),
}
STATUS_TEXT = {
    "aktif": QT_TRANSLATE_NOOP("Savings", "Aktif"),
    "keluar": QT_TRANSLATE_NOOP("Savings", "Keluar"),
    "meninggal": QT_TRANSLATE_NOOP("Savings", "Meninggal"),
}
WAJIB_MULTIPLES = (1, 3, 6)


def _words(table: dict, key: object, fallback: str) -> str:
    return QCoreApplication.translate("Savings", table[key]) if key in table else fallback


def type_text(stype: str | SavingsType) -> str:
    try:
        t = SavingsType(stype)
    except ValueError:
        return str(stype)
    return _words(TYPE_TEXT, t, TYPE_LABELS[t])


def kind_text(kind: str) -> str:
    return _words(KIND_TEXT, kind, KINDS.get(kind, kind))


def method_text(method: str | None) -> str:
    return "" if method is None else _words(METHOD_TEXT, method, METHODS.get(method, method))


def status_text(status: str) -> str:
    return _words(STATUS_TEXT, status, status)


def station_of(session: Session) -> str:
    """Where this PC's slips print: the print driver's station, else the till name (KOPDES_TILL)."""
    driver = session.print_driver
    return driver.station if driver is not None else till_name()


def percent(value: Decimal) -> str:
    """Decimal(6) -> '6', Decimal('0.5') -> '0,5', at most four decimals, Indonesian comma."""
    text = format(value.quantize(Decimal("0.0001")).normalize(), "f")
    return text.replace(".", ",")


def yearly_percent(bp: int) -> str:
    return percent(Decimal(bp) / 100)


def monthly_percent(bp: int) -> str:
    return percent(Decimal(bp) / 1200)


class RupiahEdit(MoneyEdit):
    """Integer rupiah with thousands separators put in while typing ('1250000' shows
    '1.250.000'), the cursor kept among the same digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(self._group)

    def _group(self, text: str) -> None:
        if not any(ch.isdigit() for ch in text):
            return
        # The digits typed, whatever the dots (mid-typing '1.2000' is not yet a valid rupiah
        # text for parse_rupiah, which takes dots only as thousands separators).
        grouped = fmt.number(int("".join(ch for ch in text if ch.isdigit())))
        if grouped == text:
            return
        digits_after = sum(ch.isdigit() for ch in text[self.cursorPosition():])
        pos, seen = len(grouped), 0
        while pos > 0 and seen < digits_after:
            pos -= 1
            seen += grouped[pos].isdigit()
        self.setText(grouped)
        self.setCursorPosition(pos)


def _money_or_blank(value: int) -> str:
    return fmt.rupiah(value) if value else ""


class SavingsDialog(TillDialog):
    saved = Signal(object)  # MoveResult

    def __init__(self, session: Session, member_no: str, *, withdraw: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Simpanan Anggota"))
        self.member_no = member_no.strip().upper()
        self.uuid = uuid4()  # this dialog's one movement: a retry or a second press replays it
        self.station = station_of(session)
        self.may_post = session.actor.can(Permission.SAVINGS_POST)
        self.outcome: MoveResult | None = None
        self.completed = False
        self.ready = False
        self.box: QMessageBox | None = None
        self.profile: MemberProfile | None = None
        self.rules = SavingsRules()
        load_error: DomainError | None = None
        try:
            self.rules = savings.get_rules(session.ctx.reader(), session.actor)
            self.profile = member_registry.get_profile(session.ctx.reader(), session.actor, self.member_no)
            self.member_no = self.profile.member_no
        except DomainError as err:
            load_error = err
        self.setMinimumSize(1150, 640)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self._build_form(), 0)
        body.addLayout(self._build_history(), 1)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        buttons, ok = self.buttons(self.tr("Simpan (Enter)"))
        ok.setToolTip(self.tr("Enter atau Ctrl+S"))
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self._save_key)

        self.tarik.setChecked(withdraw)
        self.setor.setChecked(not withdraw)
        self.direction.idToggled.connect(lambda _id, on: on and self._direction_changed())
        self.types.idToggled.connect(lambda _id, on: on and self._type_changed())
        self.amount.textChanged.connect(lambda _t: self.refresh_live())
        self._show_profile()
        self._direction_changed(initial=True)
        if load_error is not None:
            self._lock(error_text(load_error))
        elif self.profile.status != "aktif":
            self._lock(self.tr("Anggota ini berstatus {status}: simpanannya tidak bisa disetor atau ditarik "
                               "lagi.").format(status=status_text(self.profile.status).lower()))
        elif not self.may_post:
            self._lock(self.tr("Setoran dan penarikan simpanan dicatat oleh pengurus atau bendahara."))
        self.amount.setFocus()

    # --- building ----------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        top = QHBoxLayout()
        self.member_label = QLabel()
        self.member_label.setObjectName("bigNumber")
        self.member_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.since_label = hint("")
        self.since_label.setWordWrap(False)
        top.addWidget(self.member_label)
        top.addSpacing(12)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.since_label)
        box.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.balance_labels: dict[str, QLabel] = {}
        for stype in SavingsType:
            frame = QFrame()
            frame.setObjectName("card")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(12, 6, 12, 8)
            inner.setSpacing(2)
            caption = QLabel(type_text(stype))
            caption.setObjectName("cardTitle")
            amount = QLabel()
            amount.setObjectName("bigNumber")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            inner.addWidget(caption)
            inner.addWidget(amount)
            self.balance_labels[stype.value] = amount
            row.addWidget(frame, 1)
        box.addLayout(row)
        self.standing_label = hint("")
        box.addWidget(self.standing_label)
        return box

    def _build_form(self) -> QWidget:
        holder = QWidget()
        holder.setFixedWidth(450)
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.setor = QRadioButton(self.tr("Setor"))
        self.tarik = QRadioButton(self.tr("Tarik"))
        self.direction = QButtonGroup(self)
        self.direction.addButton(self.setor, 0)
        self.direction.addButton(self.tarik, 1)
        directions = QHBoxLayout()
        directions.addWidget(self.setor)
        directions.addWidget(self.tarik)
        directions.addStretch(1)
        form.addRow(self.tr("Transaksi"), directions)

        self.type_buttons: dict[SavingsType, QRadioButton] = {}
        self.types = QButtonGroup(self)
        kinds = QHBoxLayout()
        for n, stype in enumerate(SavingsType):
            radio = QRadioButton(QCoreApplication.translate("Savings", SHORT_TYPE_TEXT[stype]))
            self.type_buttons[stype] = radio
            self.types.addButton(radio, n)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        form.addRow(self.tr("Jenis simpanan"), kinds)
        self.withdraw_note = hint(self.tr("Hanya simpanan sukarela yang bisa ditarik. Simpanan pokok dan wajib "
                                          "adalah modal anggota di koperasi: tidak bisa diambil selama masih "
                                          "menjadi anggota, dan dikembalikan seluruhnya saat keluar dari "
                                          "keanggotaan (dengan persetujuan pengurus)."))
        form.addRow("", self.withdraw_note)
        self.form = form

        self.amount = RupiahEdit()
        self.amount.setMinimumHeight(34)
        form.addRow(self.tr("Jumlah (Rp)"), self.amount)
        self.quick_buttons: list[QPushButton] = []
        self.wajib_row = QWidget()
        quick = QHBoxLayout(self.wajib_row)
        quick.setContentsMargins(0, 0, 0, 0)
        quick.setSpacing(6)
        for times in WAJIB_MULTIPLES:
            b = self._quick_button(self.tr("×{n} {amount}").format(
                n=times, amount=fmt.number(self.rules.wajib_rp * times)), SavingsType.WAJIB,
                self.rules.wajib_rp * times)
            b.setToolTip(self.tr("Simpanan wajib {n} periode").format(n=times))
            quick.addWidget(b)
        self.pokok_button = self._quick_button("", SavingsType.POKOK, 0)
        form.addRow(self.tr("Isi wajib"), self.wajib_row)
        form.addRow(self.tr("Isi pokok"), self.pokok_button)

        self.method = QComboBox()
        for code in METHODS:
            self.method.addItem(method_text(code), code)
        form.addRow(self.tr("Cara"), self.method)
        self.memo = QLineEdit()
        self.memo.setMaxLength(200)
        self.memo.setPlaceholderText(self.tr("boleh kosong"))
        form.addRow(self.tr("Keterangan"), self.memo)
        outer.addLayout(form)

        self.after_label = QLabel()
        self.after_label.setObjectName("bigNumber")
        self.after_label.setWordWrap(True)
        self.wajib_label = hint("")
        outer.addSpacing(6)
        outer.addWidget(self.after_label)
        outer.addWidget(self.wajib_label)
        outer.addStretch(1)
        return holder

    def _quick_button(self, text: str, stype: SavingsType, amount: int) -> QPushButton:
        b = button(text)
        b.setStyleSheet("padding: 5px 8px;")  # three side by side in the field column
        b.setAutoDefault(False)
        b.setProperty("amount", amount)
        b.clicked.connect(lambda _c=False, t=stype, btn=b: self.quick_fill(t, btn.property("amount")))
        self.quick_buttons.append(b)
        return b

    def _build_history(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.history_title = QLabel()
        self.history_title.setObjectName("cardTitle")
        columns = [
            Column("date", self.tr("Tanggal"), lambda m: fmt.day(m.business_date)),
            Column("number", self.tr("Nomor"), lambda m: m.number),
            Column("kind", self.tr("Transaksi"), self._kind_cell),
            Column("in", self.tr("Masuk"), lambda m: max(m.amount_rp, 0), RIGHT, _money_or_blank),
            Column("out", self.tr("Keluar"), lambda m: max(-m.amount_rp, 0), RIGHT, _money_or_blank),
            Column("balance", self.tr("Saldo"), lambda m: m.balance_after_rp, RIGHT, fmt.rupiah),
        ]
        self.model = LazyTableModel(columns, page_size=50, parent=self)
        self.model.load_failed.connect(self.message.show_error)
        self.table = make_table(self.model, widths={0: 98, 1: 150, 3: 94, 4: 94, 5: 100}, stretch=2)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box.addWidget(self.history_title)
        box.addWidget(self.table, 1)
        return box

    def _kind_cell(self, move: SavingsMove) -> str:
        text = kind_text(move.kind)
        if move.reversed_by:  # short: the column is narrow; the reversal is the row above it
            return self.tr("{kind} (dibalik)").format(kind=text)
        if move.reverses_number:
            return self.tr("Pembalikan")
        return text

    # --- what the member has ----------------------------------------------------

    def _show_profile(self) -> None:
        p = self.profile
        if p is None:
            self.member_label.setText(self.member_no)
            for label in self.balance_labels.values():
                label.setText("—")
            return
        self.member_label.setText(f"{p.member_no} · {p.name}")
        self.status_label.setText(status_text(p.status))
        self.status_label.setObjectName("okText" if p.status == "aktif" else "errorText")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.since_label.setText(self.tr("anggota sejak {day}").format(day=fmt.day(p.join_date)))
        self._show_balances(p.balances)
        parts = []
        if p.status == "aktif":
            if p.pokok_due_rp:
                parts.append(self.tr("Pokok belum lunas: kurang {amount}").format(amount=fmt.rupiah(p.pokok_due_rp)))
            if self.rules.wajib_rp > 0:
                if p.wajib.owed_rp:
                    parts.append(self.tr("Tunggakan wajib {months} bulan ({amount})").format(
                        months=p.wajib.months_owed * self.rules.wajib_period_months,
                        amount=fmt.rupiah(p.wajib.owed_rp)))
                elif p.wajib.advance_rp:
                    parts.append(self.tr("Wajib lunas, dibayar di muka {amount}").format(
                        amount=fmt.rupiah(p.wajib.advance_rp)))
                else:
                    parts.append(self.tr("Wajib lunas sampai bulan ini"))
        self.standing_label.setText(" · ".join(parts))
        self.standing_label.setVisible(bool(parts))
        self.pokok_button.setText(self.tr("Sisa pokok · {amount}").format(amount=fmt.number(p.pokok_due_rp)))
        self.pokok_button.setProperty("amount", p.pokok_due_rp)
        self._quick_rows()

    def _show_balances(self, balances: dict[str, int]) -> None:
        for key, label in self.balance_labels.items():
            label.setText(fmt.rupiah(balances.get(key, 0)))

    def balance(self, stype: SavingsType) -> int:
        return self.profile.balances.get(stype.value, 0) if self.profile is not None else 0

    # --- choices ---------------------------------------------------------------

    @property
    def withdrawing(self) -> bool:
        return self.tarik.isChecked()

    def selected_type(self) -> SavingsType:
        for stype, radio in self.type_buttons.items():
            if radio.isChecked():
                return stype
        return SavingsType.SUKARELA

    def select_type(self, stype: SavingsType) -> None:
        self.type_buttons[stype].setChecked(True)

    def _direction_changed(self, *, initial: bool = False) -> None:
        withdrawing = self.withdrawing
        for stype, radio in self.type_buttons.items():
            radio.setEnabled(not withdrawing or stype is SavingsType.SUKARELA)
        self.form.setRowVisible(self.withdraw_note, withdrawing)
        self._quick_rows()
        before = self.selected_type() if self.types.checkedButton() is not None else None
        if withdrawing:
            self.select_type(SavingsType.SUKARELA)
        elif initial:
            self.select_type(self._usual_deposit())
        if self.selected_type() is before:  # otherwise the type's own toggle did it
            self._type_changed()

    def _quick_rows(self) -> None:
        """The quick amounts are for deposits: wajib ×1/×3/×6 and the pokok still owed."""
        depositing = not self.withdrawing
        pokok_due = self.profile.pokok_due_rp if self.profile is not None else 0
        self.form.setRowVisible(self.wajib_row, depositing and self.rules.wajib_rp > 0)
        self.form.setRowVisible(self.pokok_button, depositing and pokok_due > 0)

    def _usual_deposit(self) -> SavingsType:
        """What a member usually comes to pay: the pokok still owed, else the wajib."""
        p = self.profile
        if p is not None and p.pokok_due_rp > 0:
            return SavingsType.POKOK
        return SavingsType.WAJIB if self.rules.wajib_rp > 0 else SavingsType.SUKARELA

    def _type_changed(self) -> None:
        stype = self.selected_type()
        self.history_title.setText(self.tr("Riwayat {type}").format(type=type_text(stype)))
        if self.profile is not None:
            ctx, actor, no = self.session.ctx, self.session.actor, self.member_no
            self.model.set_loader(lambda offset, limit: savings.list_moves(
                ctx.reader(), actor, no, savings_type=stype.value, limit=offset + limit)[offset:])
            self.model.load_first_page()
        self.refresh_live()

    def quick_fill(self, stype: SavingsType, amount: int) -> None:
        if self.withdrawing or not self.amount.isEnabled():
            return
        self.select_type(stype)
        self.amount.set_amount(amount)
        self.amount.setFocus()

    # --- the live figures ------------------------------------------------------

    def refresh_live(self) -> None:
        """Balance after, months covered and the rules' refusal, as the user types."""
        if self.completed or self.profile is None:
            return
        stype, amount = self.selected_type(), self.amount.amount()
        balance = self.balance(stype)
        self.ready = False
        self.wajib_label.hide()
        if amount is None:
            self.after_label.setText(self.tr("Saldo setelah transaksi: {amount}").format(amount=fmt.rupiah(balance)))
            self.message.show_error(self.tr("Jumlah harus rupiah bulat, mis. 50.000."))
        elif amount == 0:
            self.after_label.setText(self.tr("Saldo setelah transaksi: {amount}").format(amount=fmt.rupiah(balance)))
            self.message.clear()
        else:
            after = balance - amount if self.withdrawing else balance + amount
            self.after_label.setText(self.tr("Saldo setelah transaksi: {amount}").format(amount=fmt.rupiah(after)))
            try:
                if self.withdrawing:
                    check_withdrawal(stype, amount, balance, self.rules)
                else:
                    check_deposit(stype, amount, balance, self.rules, self.profile.status == "aktif")
            except DomainError as err:
                self.message.show_error(err)
            else:
                self.message.clear()
                self.ready = True
                if stype is SavingsType.WAJIB and not self.withdrawing:
                    text = self.wajib_text(amount)
                    self.wajib_label.setText(text)
                    self.wajib_label.setVisible(bool(text))
        self.ok_button.setEnabled(self.ready and self.may_post and not self.busy)

    def wajib_text(self, amount: int) -> str:
        """'menutup 3 bulan; tunggakan tersisa Rp20.000' for a wajib deposit of `amount`."""
        rules, p = self.rules, self.profile
        if rules.wajib_rp <= 0 or p is None:
            return ""
        paid = p.balances.get("wajib", 0)
        after = paid + amount
        due = p.wajib.months_due * rules.wajib_rp
        months = (after // rules.wajib_rp - paid // rules.wajib_rp) * rules.wajib_period_months
        covers = (self.tr("menutup {n} bulan").format(n=months) if months else
                  self.tr("belum menutup satu periode penuh"))
        if after < due:
            return self.tr("{covers}; tunggakan tersisa {amount}").format(covers=covers,
                                                                         amount=fmt.rupiah(due - after))
        if after > due:
            return self.tr("{covers}; tidak ada tunggakan, {amount} dibayar di muka").format(
                covers=covers, amount=fmt.rupiah(after - due))
        return self.tr("{covers}; tunggakan lunas").format(covers=covers)

    # --- saving ----------------------------------------------------------------

    def _save_key(self) -> None:
        if not self.busy:
            self.confirm()

    def confirm(self) -> None:
        if self.busy or self.completed or self.profile is None or not self.may_post:
            return
        self.refresh_live()
        if not self.ready:
            if not self.message.text():
                self.message.show_error(self.tr("Isi jumlah dalam rupiah bulat."))
            self.amount.setFocus()
            return
        fn = savings.withdraw if self.withdrawing else savings.deposit
        self.ok_button.setEnabled(False)
        self.run(fn, self.session.ctx.uow(), self.session.actor, self.member_no, self.selected_type().value,
                 self.amount.amount(), method=self.method.currentData(), memo=self.memo.text().strip(),
                 uuid=self.uuid, station=self.station, on_done=self._saved)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)  # the message; the form stays as it was, the UUID too
        self.ok_button.setEnabled(self.ready and self.may_post)

    def _saved(self, result: MoveResult) -> None:
        self.completed = True
        self.outcome = result
        self.ok_button.setEnabled(False)
        kick_printer(self.session)
        if self.profile is not None:
            try:
                self.profile = member_registry.get_profile(self.session.ctx.reader(), self.session.actor,
                                                           self.member_no)
                self._show_profile()
            except DomainError:
                self._show_balances(result.balances)
        self.model.reload()
        self.model.load_first_page()
        move = result.move
        text = self.tr("{kind} {type} {amount} tercatat dengan nomor {number}.\n"
                       "Saldo {type} sekarang {balance}.").format(
            kind=kind_text(move.kind), type=type_text(move.type).lower(), amount=fmt.rupiah(abs(move.amount_rp)),
            number=move.number, balance=fmt.rupiah(result.balances.get(move.type, move.balance_after_rp)))
        if result.print_job_id is not None:
            text += "\n" + self.tr("Slip dikirim ke printer.")
        self.after_label.setText(self.tr("Saldo setelah transaksi: {amount}").format(
            amount=fmt.rupiah(move.balance_after_rp)))
        self.message.show_ok(text)
        self.saved.emit(result)
        self.box = message_box(self, self.tr("Simpanan tercatat"), text, on_closed=self.accept)

    def reject(self) -> None:
        if self.busy:  # the service is posting: wait for its answer
            return
        if self.completed:
            self.accept()
            return
        super().reject()

    def _lock(self, text: str) -> None:
        """Nothing can be posted here (member gone, not allowed, not found): say why."""
        for widget in (self.setor, self.tarik, *self.type_buttons.values(), self.amount, self.method, self.memo,
                       *self.quick_buttons):
            widget.setEnabled(False)
        self.may_post = False
        self.ok_button.setEnabled(False)
        self.message.show_error(text)

