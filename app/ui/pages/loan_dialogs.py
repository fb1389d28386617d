"""Dialogs that act on one loan: approve or reject (four-eyes), disburse (Cairkan),
reschedule (Restrukturisasi) and write off (Hapus Buku). Repayments, early settlement and
recovery are in loan_payment_dialogs.

Each dialog shows the loan first (number, member, status, what is owed), says what will
happen before anything is saved, keeps one client-made UUID for its life (a second press
or a retry after an error never posts twice), posts through the task runner, and shows
the document number before it closes. A refusal is shown in the dialog and nothing else
changes."""

from __future__ import annotations

from uuid import uuid4

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QLabel, QLineEdit, QMessageBox,
                               QSpinBox, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.loan_schedule import MAX_TERM, build_schedule
from app.domain.savings import METHODS
from app.services import loan_actions, loans, settings
from app.services.loans import LoanInfo
from app.ui.pages.loan_labels import badge_style, bucket_of, bucket_text, effective_text, fee_mode_text, status_text
from app.ui.pages.savings_dialog import method_text, station_of
from app.ui.pages.till_common import TillDialog, kick_printer
from app.ui.session import Session
from app.ui.style import RED
from app.ui.widgets import hint, message_box


def four_eyes_reason(session: Session, applied_by: str | None) -> str:
    """Why this user may not decide an application they entered ('' when they may)."""
    if applied_by is None or applied_by != session.actor.username:
        return ""
    try:
        on = settings.read_all(session.ctx.reader())["loan.four_eyes"]
    except DomainError:
        on = True
    if not on:
        return ""
    return QCoreApplication.translate("Loans", "Anda sendiri yang mencatat pengajuan ini. Aturan empat mata: "
                                               "pengajuan harus disetujui atau ditolak pengurus lain.")


class LoanDialog(TillDialog):
    """The common frame: the loan at the top, a form, the message, and the buttons."""

    posted = Signal(object)  # the service's result (not `done`: QDialog.done must stay)

    def __init__(self, session: Session, info: LoanInfo, title: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, title)
        self.info = info
        self.uuid = uuid4()  # this dialog's one document: a retry or a second press replays it
        self.station = station_of(session)
        self.outcome = None
        self.completed = False
        self.box: QMessageBox | None = None
        self.setMinimumWidth(680)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self._header(info))

    def _header(self, info: LoanInfo) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        grid = QGridLayout(frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(14)
        title = QLabel(f"{info.number} · {info.member_no} {info.member_name}")
        title.setObjectName("bigNumber")
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 3)
        state = QLabel(status_text(info.status))
        state.setStyleSheet("font-weight: bold;")
        grid.addWidget(state, 0, 3, Qt.AlignmentFlag.AlignRight)
        terms = hint(QCoreApplication.translate(
            "LoanDialog", "{product} · pokok {principal} · {term} bulan · {rate}").format(
            product=info.product_name, principal=fmt.rupiah(info.principal_rp), term=info.term,
            rate=effective_text(info.terms, info.effective_annual_rate)))
        grid.addWidget(terms, 1, 0, 1, 4)
        if info.status == "cair":
            owed = QLabel(QCoreApplication.translate(
                "LoanDialog", "Sisa pokok {outstanding} · tunggakan {arrears} · denda {penalty} · {days} hari "
                "terlambat").format(
                outstanding=fmt.rupiah(info.outstanding_rp), arrears=fmt.rupiah(info.arrears_rp),
                penalty=fmt.rupiah(info.penalty_due_rp), days=info.days_past_due))
            owed.setStyleSheet(f"color: {RED if info.days_past_due else '#222'};")
            owed.setWordWrap(True)
            grid.addWidget(owed, 2, 0, 1, 3)
            bucket = bucket_of(info)
            if bucket is not None:
                badge = QLabel(bucket_text(bucket.code, bucket.name))
                badge.setStyleSheet(badge_style(bucket, len(getattr(info, "buckets", ())) or 5))
                grid.addWidget(badge, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        return frame

    def method_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setMaximumWidth(260)
        for code in METHODS:
            combo.addItem(method_text(code), code)
        return combo

    def finish_buttons(self, ok_text: str) -> None:
        self.layout_.addWidget(self.message)
        row, _ok = self.buttons(ok_text)
        self.layout_.addLayout(row)

    def post(self, fn, *args, **kwargs) -> None:
        if self.busy or self.completed:
            return
        self.ok_button.setEnabled(False)
        self.run(fn, self.session.ctx.uow(), self.session.actor, *args, on_done=self._posted, **kwargs)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)  # the message; the form stays as it was, the UUID too
        self.ok_button.setEnabled(True)

    def _posted(self, result) -> None:
        self.completed = True
        self.outcome = result
        self.ok_button.setEnabled(False)
        kick_printer(self.session)
        text = self.result_text(result)
        if getattr(result, "print_job_id", None) is not None:
            text += "\n" + QCoreApplication.translate("LoanDialog", "Slip dikirim ke printer.")
        self.message.show_ok(text)
        self.posted.emit(result)
        self.box = message_box(self, self.windowTitle(), text, on_closed=self.accept)

    def result_text(self, result) -> str:  # overridden
        return ""

    def reject(self) -> None:
        if self.busy:  # the service is posting: wait for its answer
            return
        if self.completed:
            self.accept()
            return
        super().reject()


class DecisionDialog(LoanDialog):
    """Setujui or Tolak an application; a rejection needs its reason."""

    def __init__(self, session: Session, info: LoanInfo, *, approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Setujui Pinjaman") if approve else self.tr("Tolak Pinjaman"), parent)
        self.approve = approve
        form = QFormLayout()
        entered = hint(self.tr("Dicatat oleh {user} pada {day}. Tujuan: {purpose}").format(
            user=info.applied_by, day=fmt.day(info.applied_on), purpose=info.purpose))
        self.layout_.addWidget(entered)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("boleh kosong") if approve else self.tr("wajib diisi"))
        form.addRow(self.tr("Catatan") if approve else self.tr("Alasan penolakan"), self.note)
        self.layout_.addLayout(form)
        self.finish_buttons(self.tr("Setujui (Enter)") if approve else self.tr("Tolak (Enter)"))
        self.blocked = four_eyes_reason(session, info.applied_by)
        if not session.actor.can(Permission.LOAN_APPROVE):
            self.blocked = self.tr("Pinjaman disetujui atau ditolak oleh pengurus.")
        if self.blocked:
            self.message.show_error(self.blocked)
            self.ok_button.setEnabled(False)
            self.note.setEnabled(False)
        self.note.setFocus()

    def confirm(self) -> None:
        if self.blocked:
            return
        if not self.approve and not self.note.text().strip():
            self.message.show_error(self.tr("Tulis alasan penolakan."))
            self.note.setFocus()
            return
        fn = loans.approve_loan if self.approve else loans.reject_loan
        self.post(fn, self.info.number, self.note.text().strip())

    def result_text(self, result: LoanInfo) -> str:
        if self.approve:
            return self.tr("Pinjaman {number} disetujui; siap dicairkan.").format(number=result.number)
        return self.tr("Pinjaman {number} ditolak.").format(number=result.number)


class DisburseDialog(LoanDialog):
    """Cairkan: the fee, what the member receives, the first installment, cash or transfer."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Pencairan Pinjaman"), parent)
        t = info.terms
        fee = t.fee_rp(info.principal_rp)
        self.cash_out_rp = info.principal_rp - fee
        form = QFormLayout()
        form.addRow(self.tr("Pokok pinjaman"), self._bold(fmt.rupiah(info.principal_rp)))
        fee_line = self.tr("{amount} ({mode})").format(amount=fmt.rupiah(fee), mode=fee_mode_text(t.fee_mode))
        form.addRow(self.tr("Biaya administrasi"), QLabel(fee_line if fee else self.tr("tidak ada")))
        self.cash_label = self._bold(fmt.rupiah(self.cash_out_rp))
        self.cash_label.setObjectName("bigNumber")
        form.addRow(self.tr("Kas keluar"), self.cash_label)
        if fee and t.fee_mode == "bayar":
            form.addRow("", hint(self.tr("Anggota menerima {principal} dan membayar biaya {fee} di tempat: "
                                         "kas keluar bersih {net}.").format(
                principal=fmt.rupiah(info.principal_rp), fee=fmt.rupiah(fee), net=fmt.rupiah(self.cash_out_rp))))
        if info.preview:
            first = info.preview[0]
            plan = self.tr("{amount} per bulan, pertama {day}, terakhir {last}")
            form.addRow(self.tr("Angsuran"), QLabel(plan.format(
                amount=fmt.rupiah(first.principal_rp + first.interest_rp), day=fmt.day(first.due_date),
                last=fmt.day(info.preview[-1].due_date))))
        self.method = self.method_combo()
        form.addRow(self.tr("Cara"), self.method)
        self.layout_.addLayout(form)
        self.finish_buttons(self.tr("Cairkan (Enter)"))
        if info.status != "disetujui":
            self.message.show_error(self.tr("Pinjaman ini {status}: hanya pinjaman yang sudah disetujui yang bisa "
                                            "dicairkan.").format(status=status_text(info.status).lower()))
            self.ok_button.setEnabled(False)

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    def confirm(self) -> None:
        if self.info.status == "disetujui":
            self.post(loans.disburse_loan, self.info.number, method=self.method.currentData(), uuid=self.uuid,
                      station=self.station)

    def result_text(self, result: loans.DisburseResult) -> str:
        return self.tr("Pinjaman {number} dicairkan dengan nomor {journal}: {amount} diserahkan.").format(
            number=result.loan.number, journal=result.journal_number, amount=fmt.rupiah(result.cash_out_rp))


class RescheduleDialog(LoanDialog):
    """Restrukturisasi: a new term for what is owed; arrears capitalised or waived; a reason."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Restrukturisasi Pinjaman"), parent)
        self.due_interest_rp = sum(s.interest_rp - s.paid_interest_rp for s in info.installments
                                   if s.due_date <= info.as_of)
        self.due_penalty_rp = info.penalty_due_rp
        left = sum(1 for s in info.installments if s.owed_rp)
        form = QFormLayout()
        self.term = QSpinBox()
        self.term.setRange(1, MAX_TERM)
        self.term.setValue(max(left * 2, 1))
        self.term.setSuffix(self.tr(" bulan"))
        form.addRow(self.tr("Jangka waktu baru"), self.term)
        self.capitalise = QCheckBox(self.tr("Tambahkan bunga dan denda tertunggak ({amount}) ke pokok baru").format(
            amount=fmt.rupiah(self.due_interest_rp + self.due_penalty_rp)))
        self.capitalise.setEnabled(bool(self.due_interest_rp + self.due_penalty_rp))
        form.addRow("", self.capitalise)
        self.reason = QLineEdit()
        self.reason.setMaxLength(150)
        self.reason.setPlaceholderText(self.tr("mis. gagal panen, sakit"))
        form.addRow(self.tr("Alasan"), self.reason)
        self.layout_.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: bold;")
        self.layout_.addWidget(self.preview)
        self.layout_.addWidget(hint(self.tr("Sisa pokok pindah ke pinjaman baru yang terhubung dengan pinjaman ini; "
                                            "tanpa centang, bunga dan denda tertunggak dihapuskan.")))
        self.finish_buttons(self.tr("Restrukturisasi (Enter)"))
        self.term.valueChanged.connect(lambda _v: self.refresh_preview())
        self.capitalise.toggled.connect(lambda _on: self.refresh_preview())
        self.refresh_preview()
        self.reason.setFocus()

    def new_principal(self) -> int:
        extra = self.due_interest_rp + self.due_penalty_rp if self.capitalise.isChecked() else 0
        return self.info.outstanding_rp + extra

    def refresh_preview(self) -> None:
        if self.completed:
            return
        t = self.info.terms
        try:
            schedule = build_schedule(self.new_principal(), self.term.value(), t.monthly_rate, t.method,
                                      self.info.as_of, round_to=t.round_to)
        except DomainError as err:
            self.preview.setText("")
            self.message.show_error(err)
            self.ok_button.setEnabled(False)
            return
        self.message.clear()
        self.ok_button.setEnabled(True)
        self.preview.setText(self.tr("Pokok baru {principal} · {term} bulan · angsuran {installment} · "
                                     "mulai {day}").format(
            principal=fmt.rupiah(self.new_principal()), term=self.term.value(),
            installment=fmt.rupiah(schedule.installments[0].installment_rp),
            day=fmt.day(schedule.installments[0].due_date)))

    def confirm(self) -> None:
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Tulis alasan restrukturisasi."))
            self.reason.setFocus()
            return
        self.post(loan_actions.reschedule_loan, self.info.number, self.term.value(), self.reason.text().strip(),
                  capitalise_arrears=self.capitalise.isChecked(), uuid=self.uuid, station=self.station)

    def result_text(self, result: loan_actions.ActionResult) -> str:
        return self.tr("Pinjaman {old} direstrukturisasi menjadi {new} ({journal}).").format(
            old=result.old_number, new=result.loan.number, journal=result.journal_number)


class WriteOffDialog(LoanDialog):
    """Hapus Buku: the outstanding principal leaves the books; the claim is kept for recovery."""

    def __init__(self, session: Session, info: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(session, info, self.tr("Hapus Buku Pinjaman"), parent)
        warning = QLabel(self.tr("Sisa pokok {amount} dibebankan sebagai Beban Penghapusan Piutang. Tagihan kepada "
                                 "anggota tetap dicatat dan bisa dipulihkan bila kelak dibayar.").format(
            amount=fmt.rupiah(info.outstanding_rp)))
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.layout_.addWidget(warning)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(150)
        self.reason.setPlaceholderText(self.tr("mis. anggota pindah, tidak tertagih"))
        form.addRow(self.tr("Alasan"), self.reason)
        self.layout_.addLayout(form)
        self.finish_buttons(self.tr("Hapus Buku (Enter)"))
        self.reason.setFocus()

    def confirm(self) -> None:
        if not self.reason.text().strip():
            self.message.show_error(self.tr("Tulis alasan hapus buku."))
            self.reason.setFocus()
            return
        self.post(loan_actions.write_off_loan, self.info.number, self.reason.text().strip(), uuid=self.uuid,
                  station=self.station)

    def result_text(self, result: loan_actions.ActionResult) -> str:
        return self.tr("Pinjaman {number} dihapus buku ({journal}); tagihan {amount} tetap dicatat.").format(
            number=result.loan.number, journal=result.journal_number, amount=fmt.rupiah(result.loan.written_off_rp))
