"""A member's loans, for the Anggota page's profile: `MemberLoansBox(session, parent)` and
`show_member(member_no)`. It imports nothing of the Anggota or Pinjaman pages, so the
profile may import it. One line of totals (running loans, outstanding principal, arrears
in red) over the member's loans (number, product, disbursed, principal, term, outstanding,
days late, and the kolektibilitas in colour for a running loan, else its status); a double
click asks to open the loan (`loan_chosen`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.errors import DomainError
from app.services import loans
from app.services.loans import LoanSummary
from app.ui.pages.loan_labels import LoanListModel, bucket_text, outlet_buckets, status_text
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel

SHOWN = 50


class MemberLoansBox(QWidget):
    loan_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member_no: str | None = None
        self.loans: list[LoanSummary] = []
        self.title = QLabel(self.tr("Pinjaman"))
        self.title.setObjectName("cardTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = MessageLabel()
        # The kolektibilitas (coloured) of a running loan, else its status.
        self.model = LoanListModel([
            Column("number", self.tr("Nomor"), lambda s: s.number),
            Column("product", self.tr("Produk"), lambda s: s.product_name or s.product_code),
            Column("disbursed", self.tr("Cair"), lambda s: s.disbursed_on, fmt=lambda d: fmt.day(d) if d else ""),
            Column("principal", self.tr("Pokok"), lambda s: s.principal_rp, RIGHT, fmt.number),
            Column("term", self.tr("Jangka"), lambda s: s.term, RIGHT, lambda v: self.tr("{n} bln").format(n=v)),
            Column("outstanding", self.tr("Sisa pokok"), lambda s: s.outstanding_rp, RIGHT,
                   lambda v: fmt.number(v) if v else ""),
            Column("dpd", self.tr("Hari"), lambda s: s.days_past_due if s.status == "cair" else None, RIGHT),
            Column("quality", self.tr("Keadaan"), lambda s: bucket_text(s.bucket_code, s.kolektibilitas)
                   if s.status == "cair" else status_text(s.status)),
        ], page_size=SHOWN, parent=self)
        self.table = make_table(self.model, widths={0: 150, 1: 190, 2: 100, 3: 100, 4: 70, 5: 100, 6: 50},
                                stretch=7)
        self.table.setMinimumHeight(90)
        header = self.table.horizontalHeader()
        for i in range(7):  # no column narrower than its (translated) header
            header.resizeSection(i, max(header.sectionSize(i), header.sectionSizeFromContents(i).width()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._chosen)
        self.show_member(None)

    def show_member(self, member_no: str | None) -> list[LoanSummary]:
        self.member_no = member_no
        self.message.clear()
        rows: list[LoanSummary] = []
        if member_no:
            try:
                rows = loans.list_loans(self.session.ctx.reader(), self.session.actor, member_no=member_no,
                                        limit=SHOWN)
            except DomainError as err:
                self.message.show_error(err)
        self.loans = rows
        self.model.bucket_count = len(outlet_buckets(self.session.ctx))
        self.model.set_loader(slice_loader(rows))
        self.model.load_first_page()
        self.table.setVisible(bool(rows))
        running = [s for s in rows if s.status == "cair"]
        waiting = [s for s in rows if s.status in ("diajukan", "disetujui")]
        if not member_no:
            self.summary.setText("")
        elif not rows:
            self.summary.setText(self.tr("Belum pernah meminjam."))
            self.summary.setStyleSheet("")
        else:
            parts = [self.tr("{count} pinjaman berjalan, sisa pokok {amount}").format(
                count=len(running), amount=fmt.rupiah(sum(s.outstanding_rp for s in running)))]
            if waiting:
                parts.append(self.tr("{count} menunggu persetujuan/pencairan").format(count=len(waiting)))
            late = [s for s in running if s.days_past_due]
            if late:
                worst = max(late, key=lambda s: s.days_past_due)
                parts.append(self.tr("menunggak {days} hari ({quality})").format(
                    days=worst.days_past_due, quality=bucket_text(worst.bucket_code, worst.kolektibilitas)))
            self.summary.setText(" · ".join(parts))
            self.summary.setStyleSheet(f"color: {RED}; font-weight: bold;" if late else "")
        return rows

    def reload(self) -> list[LoanSummary]:
        return self.show_member(self.member_no)

    def _chosen(self, index) -> None:
        loan = self.model.row_object(index.row())
        if loan is not None:
            self.loan_chosen.emit(loan.number)
