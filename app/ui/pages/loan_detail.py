"""The selected loan on the Pinjaman page: its terms (rate as quoted and its effective
yearly equivalent, fee, penalty; the prepayment and early-settlement rules in the product's
tooltip), who entered and decided it, what is owed (outstanding principal, arrears, penalty due, days past due and
kolektibilitas in colour), and the schedule with what is paid on each installment (before
disbursement: the schedule as it would be if disbursed today)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import loans
from app.services.loans import LoanInfo
from app.ui.pages.loan_labels import (GREEN, GREY, badge_style, bucket_of, bucket_text, early_text, effective_text,
                                      fee_text, penalty_text, prepay_text, status_text)
from app.ui.pages.member_profile import fit_headers
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel

LATE = QColor(RED)
PAID = QColor(GREY)


@dataclass(frozen=True)
class ScheduleLine:
    """One installment as the table shows it."""
    no: int
    due_date: date
    principal_rp: int
    interest_rp: int
    paid_rp: int  # principal and interest paid
    penalty_paid_rp: int
    penalty_due_rp: int
    state: str  # lunas | terlambat | jatuh_tempo | sebagian | belum | rencana | ditutup
    days_late: int = 0

    @property
    def installment_rp(self) -> int:
        return self.principal_rp + self.interest_rp

    @property
    def owed_rp(self) -> int:
        return self.installment_rp - self.paid_rp


def schedule_lines(info: LoanInfo) -> list[ScheduleLine]:
    if not info.installments:
        return [ScheduleLine(i.no, i.due_date, i.principal_rp, i.interest_rp, 0, 0, 0, "rencana")
                for i in info.preview]
    out = []
    for s in info.installments:
        paid = s.paid_principal_rp + s.paid_interest_rp
        days = 0
        if s.owed_rp == 0:
            state = "lunas"
        elif info.status != "cair":
            state = "ditutup"  # rescheduled or written off: what is left moved or left the books
        elif s.due_date < info.as_of:
            state, days = "terlambat", (info.as_of - s.due_date).days
        elif s.due_date == info.as_of:
            state = "jatuh_tempo"
        else:
            state = "sebagian" if paid else "belum"
        out.append(ScheduleLine(s.no, s.due_date, s.principal_rp, s.interest_rp, paid, s.paid_penalty_rp,
                                s.penalty_due_rp, state, days))
    return out


class ScheduleModel(LazyTableModel):
    """Paid installments grey, late ones red; the status's tooltip adds the penalty."""

    penalty_text: Any = None  # (line) -> str, set by the panel

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.penalty_text is not None
                and self._columns[index.column()].name == "state"):
            line = self.row_object(index.row())
            extra = self.penalty_text(line) if line is not None else ""
            text = super().data(index, role)
            return f"{text} · {extra}" if extra else text
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            line = self.row_object(index.row())
            if line is not None and line.state == "lunas":
                return QBrush(PAID)
            if line is not None and line.state == "terlambat":
                return QBrush(LATE)
            return None
        return super().data(index, role)


class LoanDetailPanel(QWidget):
    """Shows one loan (by number); `changed` fires with the LoanInfo shown (or None)."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.info: LoanInfo | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 11.5pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: bold;")
        self.quality = QLabel()
        self.quality.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        rows = (("member", self.tr("Anggota")), ("product", self.tr("Produk")), ("terms", self.tr("Pinjaman")),
                ("rate", self.tr("Bunga")), ("costs", self.tr("Biaya")), ("purpose", self.tr("Tujuan")),
                ("history", self.tr("Riwayat")))
        for row, (key, text) in enumerate(rows):
            caption = QLabel(text)
            caption.setObjectName("hint")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.owed_card = QFrame()
        self.owed_card.setObjectName("card")
        owed = QGridLayout(self.owed_card)
        owed.setContentsMargins(10, 6, 10, 6)
        owed.setHorizontalSpacing(12)
        owed.setVerticalSpacing(1)
        self.figures: dict[str, QLabel] = {}
        for n, (key, text) in enumerate((("outstanding", self.tr("Sisa pokok")), ("arrears", self.tr("Tunggakan")),
                                         ("penalty", self.tr("Denda")), ("dpd", self.tr("Terlambat")))):
            caption = QLabel(text)
            caption.setObjectName("hint")
            value = QLabel()
            value.setStyleSheet("font-weight: bold;")
            owed.addWidget(caption, 0, n)
            owed.addWidget(value, 1, n)
            self.figures[key] = value

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        head.addWidget(self.quality)
        self.empty = QLabel(self.tr("Pilih pinjaman di daftar untuk melihat rinciannya."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = MessageLabel()
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(5)
        body.addLayout(head)
        body.addLayout(grid)
        body.addWidget(self.owed_card)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()

        # The schedule goes where the page puts it (below, at full width).
        self.schedule_title = QLabel(self.tr("Jadwal angsuran"))
        self.schedule_title.setObjectName("cardTitle")
        self.schedule_model = ScheduleModel(self._columns(), page_size=400, parent=self)
        self.schedule_model.penalty_text = self._penalty_text
        self.schedule_table = make_table(self.schedule_model, widths={0: 30, 1: 92, 2: 76, 3: 64, 4: 82,
                                                                      5: 76}, stretch=6)
        self.schedule_table.setMinimumHeight(110)
        fit_headers(self.schedule_table)
        self.schedule_box = QWidget()
        box = QVBoxLayout(self.schedule_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.schedule_title)
        box.addWidget(self.schedule_table, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _columns(self) -> list[Column]:
        return [
            Column("no", self.tr("Ke"), lambda s: s.no, RIGHT),
            Column("due", self.tr("Jatuh tempo"), lambda s: s.due_date, fmt=fmt.day),
            # Rupiah without "Rp" to keep the columns narrow (the figures above show "Rp").
            Column("principal", self.tr("Pokok"), lambda s: s.principal_rp, RIGHT, fmt.number),
            Column("interest", self.tr("Bunga"), lambda s: s.interest_rp, RIGHT, fmt.number),
            Column("installment", self.tr("Angsuran"), lambda s: s.installment_rp, RIGHT, fmt.number),
            Column("paid", self.tr("Dibayar"), lambda s: s.paid_rp, RIGHT, lambda v: fmt.number(v) if v else ""),
            Column("state", self.tr("Status"), self._state_text),
        ]

    def _state_text(self, line: ScheduleLine) -> str:
        texts = {"lunas": self.tr("Lunas"), "jatuh_tempo": self.tr("Jatuh tempo"),
                 "sebagian": self.tr("Sebagian"), "belum": self.tr("Belum"),
                 "rencana": self.tr("Rencana"), "ditutup": self.tr("Ditutup")}
        if line.state == "terlambat":
            return self.tr("Terlambat {days} hari").format(days=line.days_late)
        return texts.get(line.state, line.state)

    def _penalty_text(self, line: ScheduleLine) -> str:
        parts = []
        if line.penalty_due_rp:
            parts.append(self.tr("denda {amount}").format(amount=fmt.rupiah(line.penalty_due_rp)))
        if line.penalty_paid_rp:
            parts.append(self.tr("denda dibayar {amount}").format(amount=fmt.rupiah(line.penalty_paid_rp)))
        return " · ".join(parts)

    # --- showing -----------------------------------------------------------

    def show_loan(self, number: str | None) -> LoanInfo | None:
        self.message.clear()
        info = None
        if number:
            try:
                info = loans.get_loan(self.session.ctx.reader(), self.session.actor, number)
            except DomainError as err:
                self.message.show_error(err)
        self.info = info
        if info is None:
            self.body.hide()
            self.empty.show()
            self.schedule_title.setText(self.tr("Jadwal angsuran"))
            self.schedule_model.set_loader(None)
        else:
            self._fill(info)
            self.empty.hide()
            self.body.show()
        self.changed.emit(info)
        return info

    def reload(self) -> LoanInfo | None:
        return self.show_loan(self.info.number if self.info else None)

    def _fill(self, info: LoanInfo) -> None:
        t = info.terms
        self.title.setText(info.number)
        self.status.setText(status_text(info.status))
        closed = info.status in ("ditolak", "lunas", "direstrukturisasi", "dihapus")
        self.status.setStyleSheet(f"font-weight: bold; color: {GREY if closed else GREEN};")
        self._show_quality(info)
        v = self.values
        v["member"].setText(f"{info.member_no} · {info.member_name}")
        v["product"].setText(f"{info.product_name} ({info.product_code})")
        v["terms"].setText(self.tr("{principal} · {term} bulan · angsuran {installment}").format(
            principal=fmt.rupiah(info.principal_rp), term=info.term, installment=self._installment(info)))
        v["rate"].setText(effective_text(t, info.effective_annual_rate))
        fee = fmt.rupiah(info.fee_rp) if info.disbursed_on else ""
        costs = fee_text(t, info.principal_rp) if not fee else self.tr("biaya adm. {amount}").format(amount=fee)
        v["costs"].setText(f"{costs}; {penalty_text(t)}")
        v["product"].setToolTip(self.tr("Pelunasan sebagian: {prepay}; pelunasan dipercepat: {early}").format(
            prepay=prepay_text(t.prepay_rule), early=early_text(t.early_interest)))
        purpose = [info.purpose]
        if info.collateral:
            purpose.append(self.tr("jaminan: {text}").format(text=info.collateral))
        if info.guarantor_no:
            purpose.append(self.tr("penjamin: {number}").format(number=info.guarantor_no))
        if info.notes:
            purpose.append(info.notes)
        v["purpose"].setText(" · ".join(p for p in purpose if p))
        v["history"].setText(self._history(info))
        self._show_figures(info)
        lines = schedule_lines(info) if info.status != "ditolak" else []
        self.schedule_model.set_loader(slice_loader(lines))
        self.schedule_model.load_first_page()
        if info.installments:
            paid = sum(1 for line in lines if line.state == "lunas")
            text = self.tr("Jadwal angsuran {number}: {paid} dari {count} lunas").format(
                number=info.number, paid=paid, count=len(lines))
            late = sum(1 for line in lines if line.state == "terlambat")
            if late:
                text += self.tr(", {late} terlambat").format(late=late)
            self.schedule_title.setText(text)
        elif info.status == "ditolak":
            self.schedule_title.setText(self.tr("Jadwal angsuran {number}: pengajuan ditolak").format(
                number=info.number))
        else:
            self.schedule_title.setText(self.tr("Jadwal angsuran {number} (rencana, bila dicairkan hari ini)").format(
                number=info.number))

    @staticmethod
    def _installment(info: LoanInfo) -> str:
        rows = info.installments or info.preview
        if not rows:
            return "—"
        first = rows[0].principal_rp + rows[0].interest_rp
        return fmt.rupiah(first)

    def _history(self, info: LoanInfo) -> str:
        parts = [self.tr("diajukan {user} {day}").format(day=fmt.day(info.applied_on), user=info.applied_by)]
        if info.decided_by:
            verb = self.tr("ditolak") if info.status == "ditolak" else self.tr("disetujui")
            parts.append(self.tr("{verb} {user}").format(verb=verb, user=info.decided_by))
        self.values["history"].setToolTip(info.decision_note)
        if info.disbursed_on:
            parts.append(self.tr("cair {day}").format(day=fmt.day(info.disbursed_on)))
        if info.parent_number:
            parts.append(self.tr("restrukturisasi dari {number}").format(number=info.parent_number))
        if info.closed_on and info.status != "ditolak":
            parts.append(self.tr("ditutup {day}").format(day=fmt.day(info.closed_on)))
        return " · ".join(parts)

    def _show_quality(self, info: LoanInfo) -> None:
        bucket = bucket_of(info)
        self.quality.setVisible(bucket is not None)
        if bucket is not None:
            self.quality.setText(bucket_text(bucket.code, bucket.name))
            self.quality.setStyleSheet(badge_style(bucket, len(getattr(info, "buckets", ())) or 5))

    def _show_figures(self, info: LoanInfo) -> None:
        f = self.figures
        if info.status == "dihapus":
            f["outstanding"].setText(self.tr("tagihan {amount}").format(amount=fmt.rupiah(info.written_off_rp)))
        else:
            f["outstanding"].setText(fmt.rupiah(info.outstanding_rp))
        late = [s for s in info.installments if s.due_date <= info.as_of and s.owed_rp] if info.status == "cair" else []
        f["arrears"].setText(fmt.rupiah(info.arrears_rp if late else 0))
        f["penalty"].setText(fmt.rupiah(info.penalty_due_rp if info.status == "cair" else 0))
        f["dpd"].setText(self.tr("{days} hari").format(days=info.days_past_due) if late else self.tr("tidak"))
        f["arrears"].setToolTip(self.tr("{count} angsuran jatuh tempo belum dibayar").format(count=len(late)))
        for key in ("arrears", "penalty", "dpd"):
            f[key].setStyleSheet(f"font-weight: bold; color: {RED if late else '#222'};")
        self.owed_card.setVisible(bool(info.installments) or info.status == "dihapus")
