"""Tutup shift: a blind count of the drawer by denomination. The expected amount is not on
screen until the count is saved; then the Z report shows expected, counted and the
difference. A difference above the setting needs a pengurus PIN. Once the close has
committed, the Laporan Z goes to the printer queue; a print that cannot be queued is only
reported (the shift stays closed)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QHBoxLayout, QLabel, QSpinBox,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.cash import DENOMINATIONS
from app.domain.errors import DomainError
from app.services import printing, shifts
from app.services.printing import JobInfo
from app.services.shifts import ShiftReport
from app.ui.outlet import outlet_zone
from app.ui.pages.till_common import ApprovalBox, TillDialog, big_label, kick_printer
from app.ui.pages.till_shift_dialogs import fill_report
from app.ui.session import Session
from app.ui.widgets import MessageLabel, button, error_text, hint, page_title

MAX_PIECES = 100_000


@dataclass(frozen=True)
class Closed:
    report: ShiftReport
    z_job: JobInfo | None  # the Laporan Z queued for the printer
    print_error: str = ""  # why it could not be queued (the shift is closed all the same)


class CloseShiftDialog(TillDialog):
    closed = Signal(object)  # the Z ShiftReport

    def __init__(self, session: Session, till: str, shift_number: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Tutup shift {number}").format(number=shift_number))
        self.till = till
        self.report: ShiftReport | None = None
        self.z_job: JobInfo | None = None
        self.setMinimumWidth(560)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._count_page())
        self.stack.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.counts[DENOMINATIONS[0]].setFocus()
        self.counts[DENOMINATIONS[0]].selectAll()

    # --- page 1: the count -------------------------------------------------

    def _count_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_title(self.tr("Hitung kas di laci")))
        layout.addWidget(hint(self.tr("Hitung uang di laci per pecahan (lembar/keping). Jumlah kas seharusnya "
                                      "ditampilkan setelah hitungan disimpan.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(QLabel(self.tr("<b>Pecahan</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Jumlah</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Nilai</b>")), 0, 2)
        self.counts: dict[int, QSpinBox] = {}
        self.values: dict[int, QLabel] = {}
        for n, denom in enumerate(DENOMINATIONS, start=1):
            spin = QSpinBox()
            spin.setRange(0, MAX_PIECES)
            spin.setMinimumWidth(110)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            value = QLabel(fmt.rupiah(0))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(130)
            grid.addWidget(QLabel(fmt.rupiah(denom)), n, 0)
            grid.addWidget(spin, n, 1)
            grid.addWidget(value, n, 2)
            spin.valueChanged.connect(self._update)
            self.counts[denom], self.values[denom] = spin, value
        layout.addLayout(grid)
        total = QHBoxLayout()
        total.addWidget(QLabel(self.tr("Jumlah dihitung")))
        total.addStretch(1)
        self.total_label = big_label(fmt.rupiah(0))
        total.addWidget(self.total_label)
        layout.addLayout(total)
        self.approval = ApprovalBox(self.session, Permission.SHIFT_APPROVE, page)
        self.approval.hide()
        self.approval.needed = False  # asked only when the service says the difference is too large
        layout.addWidget(self.approval)
        layout.addWidget(self.message)
        row, ok = self.buttons(self.tr("Simpan hitungan dan tutup shift"))
        self.submit_button = ok
        layout.addLayout(row)
        return page

    def counted(self) -> dict[int, int]:
        return {d: s.value() for d, s in self.counts.items() if s.value()}

    def counted_rp(self) -> int:
        return sum(d * n for d, n in self.counted().items())

    def _update(self) -> None:
        for denom, spin in self.counts.items():
            self.values[denom].setText(fmt.rupiah(denom * spin.value()))
        self.total_label.setText(fmt.rupiah(self.counted_rp()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a count moves to the next one; the last count's Enter goes to the button,
        so a stray Enter does not close the shift halfway through counting."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.stack.currentIndex() == 0:
            spins = list(self.counts.values())
            focus = self.focusWidget()
            current = next((s for s in spins if s is focus or s.isAncestorOf(focus)), None) if focus else None
            if current is not None:
                after = spins.index(current) + 1
                target = spins[after] if after < len(spins) else self.submit_button
                target.setFocus()
                if isinstance(target, QSpinBox):
                    target.selectAll()
                return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        if self.stack.currentIndex() == 1:
            self.accept()
            return
        ctx, actor, till, counts = self.session.ctx, self.session.actor, self.till, self.counted()
        if actor.can(Permission.SHIFT_APPROVE):
            approve = lambda: actor  # noqa: E731 - a pengurus closing a till approves the difference
        else:
            approve = self.approval.approver_job(self.tr("Selisih kas saat tutup shift"))

        def close() -> Closed:
            report = shifts.close_shift(ctx.uow(), actor, till, counts=counts, approver=approve())
            try:
                job = printing.print_shift_report(ctx.uow(), actor, till, report.number)
            except Exception as exc:  # noqa: BLE001 - committed: a print problem must not look like a failed close
                return Closed(report, None, error_text(exc))
            return Closed(report, job)
        self.submit_button.setEnabled(False)
        self.run(close, on_done=self._closed)

    def failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.approval.clear_pin()
        if isinstance(exc, DomainError) and exc.code == "approval_required":
            self.approval.require()
            self.approval.username.setFocus()
        super().failed(exc)

    # --- page 2: the Z report ----------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_title = QLabel()
        self.result_title.setObjectName("pageTitle")
        layout.addWidget(self.result_title)
        self.z_form = QFormLayout()
        layout.addLayout(self.z_form)
        self.print_note = MessageLabel()
        layout.addWidget(self.print_note)
        layout.addStretch(1)
        done = QHBoxLayout()
        done.addStretch(1)
        self.done_button = button(self.tr("Selesai (Enter)"), primary=True)
        self.done_button.setAutoDefault(False)
        self.done_button.setMinimumHeight(38)
        self.done_button.clicked.connect(self.accept)
        done.addWidget(self.done_button)
        layout.addLayout(done)
        return page

    def _closed(self, closed: Closed) -> None:
        report = self.report = closed.report
        self.z_job = closed.z_job
        if closed.z_job is not None:
            kick_printer(self.session)
            self.print_note.show_ok(self.tr("Laporan Z dikirim ke printer."))
        else:
            self.print_note.show_error(self.tr("Laporan Z belum bisa dicetak: {error}").format(
                error=closed.print_error))
        self.result_title.setText(self.tr("Laporan Z — shift {number} ditutup").format(number=report.number))
        fill_report(self.z_form, report, outlet_zone(self.session.ctx), show_expected=True)
        self.stack.setCurrentIndex(1)
        self.done_button.setFocus()
        self.closed.emit(report)
