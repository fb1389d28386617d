"""Balik setoran/penarikan simpanan: the movement as it was recorded, the reason, and
another user's approval (a pengurus's username and PIN).

A recorded movement is never changed: the reversal is a new movement (BS-…) dated today
that puts the member's balance back and reverses the journal. The approver's PIN is
checked by `auth.authorize_override` (a wrong PIN is audited and counts toward the
lockout), then `savings.reverse` decides; both run off the GUI thread. One UUID for the
life of the dialog: a retry never reverses twice."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import savings
from app.services.savings import MoveResult, SavingsMove
from app.ui.outlet import outlet_zone
from app.ui.pages.savings_dialog import kind_text, method_text, station_of, type_text
from app.ui.pages.till_common import ApprovalBox, TillDialog, kick_printer
from app.ui.session import Session
from app.ui.widgets import error_text, hint, message_box


APPROVAL_STYLE = "#approvalBox { background: #fff8e1; border: 1px solid #e6cf8a; border-radius: 4px; }"


class ReverseSavingsDialog(TillDialog):
    reversed = Signal(object)  # MoveResult of the reversal

    def __init__(self, session: Session, number: str, parent: QWidget | None = None) -> None:
        number = number.strip().upper()
        super().__init__(session, parent, self.tr("Balik simpanan {number}").format(number=number))
        self.number = number
        self.uuid = uuid4()  # the reversal's document id, reused if the user retries
        self.station = station_of(session)
        self.move: SavingsMove | None = None
        self.outcome: MoveResult | None = None
        self.completed = False
        self.box: QMessageBox | None = None
        self.setMinimumWidth(560)
        self.setStyleSheet(APPROVAL_STYLE)
        load_error: DomainError | None = None
        try:
            self.move = savings.get_move(session.ctx.reader(), session.actor, self.number)
        except DomainError as err:
            load_error = err

        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(6)
        if self.move is not None:
            self._fill_facts(self.move)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. salah jenis simpanan, seharusnya wajib"))
        self.approval = ApprovalBox(session, Permission.MEMBER_EXIT, always_ask=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addWidget(hint(self.tr("Transaksi yang sudah dicatat tidak diubah. Pembalikan dicatat hari ini "
                                      "sebagai transaksi baru yang mengembalikan saldo anggota dan membalik "
                                      "jurnalnya.")))
        layout.addWidget(QLabel(self.tr("Alasan pembalikan (wajib)")))
        layout.addWidget(self.reason)
        layout.addWidget(self.approval)
        layout.addWidget(hint(self.tr("Disetujui oleh pengurus lain, bukan {user} yang sedang masuk: nama "
                                      "pengguna dan PIN-nya.").format(user=session.actor.username)))
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons, _ok = self.buttons(self.tr("Balik (Enter)"))
        layout.addLayout(buttons)

        if load_error is not None:
            self._lock(error_text(load_error))
        elif self.move.reversed_by:
            self._lock(self.tr("{number} sudah dibalik dengan {reversal}.").format(
                number=self.move.number, reversal=self.move.reversed_by))
        elif not session.actor.can(Permission.SAVINGS_POST):
            self._lock(self.tr("Pembalikan simpanan dicatat oleh pengurus atau bendahara."))
        self.reason.setFocus()

    def _fill_facts(self, move: SavingsMove) -> None:
        def row(label: str, value: str, name: str = "") -> None:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            if name:
                text.setObjectName(name)
            self.facts.addRow(label, text)
        zone = outlet_zone(self.session.ctx)
        row(self.tr("Nomor"), move.number)
        row(self.tr("Anggota"), f"{move.member_no} · {move.member_name}")
        row(self.tr("Transaksi"), f"{kind_text(move.kind)} {type_text(move.type).lower()}")
        row(self.tr("Jumlah"), fmt.rupiah(abs(move.amount_rp)), "bigNumber")
        if move.method:
            row(self.tr("Cara"), method_text(move.method))
        row(self.tr("Dicatat"), self.tr("{at} oleh {user}").format(at=fmt.local_datetime(move.at, zone),
                                                                    user=move.user))
        if move.memo:
            row(self.tr("Keterangan"), move.memo)

    def _lock(self, text: str) -> None:
        self.completed = True
        for widget in (self.reason, self.approval.username, self.approval.pin, self.ok_button):
            widget.setEnabled(False)
        self.message.show_error(text)

    def confirm(self) -> None:
        if self.busy or self.completed or self.move is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.message.show_error(self.tr("Isi alasan pembalikan."))
            self.reason.setFocus()
            return
        approve = self.approval.approver_job(f"Pembalikan simpanan {self.number}: {reason}")
        ctx, actor, number, uuid, station = self.session.ctx, self.session.actor, self.number, self.uuid, self.station

        def reverse() -> MoveResult:
            approver = approve()  # always asked: the approver, or the refusal (wrong PIN, same user, locked)
            return savings.reverse(ctx.uow(), actor, number, reason, approver, uuid=uuid, station=station)
        self.ok_button.setEnabled(False)
        self.run(reverse, on_done=self._done)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.approval.clear_pin()
        self.ok_button.setEnabled(True)

    def _done(self, result: MoveResult) -> None:
        self.completed = True
        self.outcome = result
        self.ok_button.setEnabled(False)
        kick_printer(self.session)
        move = result.move
        text = self.tr("{original} dibalik dengan nomor {number}.\nSaldo {type} {member} sekarang {balance}.").format(
            original=self.number, number=move.number, type=type_text(move.type).lower(), member=move.member_name,
            balance=fmt.rupiah(result.balances.get(move.type, move.balance_after_rp)))
        self.message.show_ok(text)
        self.reversed.emit(result)
        self.box = message_box(self, self.tr("Simpanan dibalik"), text, on_closed=self.accept)

    def reject(self) -> None:
        if self.busy:
            return
        if self.outcome is not None:
            self.accept()
            return
        super().reject()
