"""The Jurnal tab of the bookkeeping page: search and browse journals (lazily, newest
first), see a journal's lines, post a manual journal (from a template or by hand) and
reverse one, each button only for those allowed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import ledger
from app.services.ledger import JournalInfo, JournalSummary
from app.ui.pages.books_templates_dialog import TemplatesDialog
from app.ui.pages.journal_entry_dialog import JournalEntryDialog
from app.ui.pages.reverse_dialog import ReverseDialog
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, date_edit, hint, optional_date

PAGE_SIZE = 100


class JournalTab(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        actor = session.actor
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nomor atau keterangan…"))
        self.search.setClearButtonEnabled(True)
        self.date_from = date_edit(allow_empty=self.tr("semua"))
        self.date_to = date_edit(allow_empty=self.tr("semua"))
        self.new_button = button(self.tr("Jurnal baru"), primary=True)
        self.reverse_button = button(self.tr("Balik jurnal"))
        self.reverse_button.setEnabled(False)
        self.templates_button = button(self.tr("Templat…"))
        self.new_button.setVisible(actor.can(Permission.JOURNAL_POST))
        self.templates_button.setVisible(actor.can(Permission.JOURNAL_POST))
        self.reverse_button.setVisible(actor.can(Permission.JOURNAL_REVERSE))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(self.tr("Dari")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("s.d.")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.reverse_button)
        filters.addWidget(self.templates_button)
        filters.addWidget(self.new_button)

        self.model = LazyTableModel(self._journal_columns(), page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 170, 1: 110, 3: 120, 4: 100, 5: 280}, stretch=2)
        self.count_label = hint("")
        self.message = MessageLabel()
        self.model.load_failed.connect(self.message.show_error)

        self.detail_title = QLabel(self.tr("Pilih jurnal untuk melihat barisnya."))
        self.detail_title.setWordWrap(True)
        self.lines_model = LazyTableModel(self._line_columns(), parent=self)
        self.lines_table = make_table(self.lines_model, widths={0: 70, 1: 240, 3: 140, 4: 140}, stretch=2)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.lines_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 4)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        # Typing filters after a short pause, so each keystroke does not query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.open_new_dialog)
        self.reverse_button.clicked.connect(self.open_reverse_dialog)
        self.templates_button.clicked.connect(self.open_templates_dialog)
        self.current: JournalInfo | None = None
        self.entry_dialog: JournalEntryDialog | None = None
        self.reverse_dialog: ReverseDialog | None = None
        self.templates_dialog: TemplatesDialog | None = None
        self.refresh()

    # --- columns -----------------------------------------------------------

    def _journal_columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Nomor"), lambda j: j.number),
            Column("date", self.tr("Tanggal"), lambda j: j.date, fmt=fmt.day),
            Column("memo", self.tr("Keterangan"), lambda j: j.memo),
            Column("total", self.tr("Jumlah"), lambda j: j.total_rp, RIGHT, fmt.rupiah),
            Column("by", self.tr("Oleh"), lambda j: j.posted_by),
            Column("status", self.tr("Status"), self._status),
        ]

    def _line_columns(self) -> list[Column]:
        return [
            Column("account", self.tr("Akun"), lambda l: l.account),
            Column("name", self.tr("Nama akun"), lambda l: l.account_name),
            Column("memo", self.tr("Keterangan baris"), lambda l: l.memo),
            Column("debit", self.tr("Debit"), lambda l: l.debit_rp, RIGHT, _amount),
            Column("credit", self.tr("Kredit"), lambda l: l.credit_rp, RIGHT, _amount),
        ]

    def _status(self, j: JournalSummary | JournalInfo) -> str:
        if j.reversed_by:
            return self.tr("Dibalik oleh {number}").format(number=j.reversed_by)
        if j.reverses:
            return self.tr("Pembalikan dari {number}").format(number=j.reverses)
        return self.tr("Diposting")

    # --- loading -----------------------------------------------------------

    def _filters(self) -> dict:
        return {"text": self.search.text(), "date_from": optional_date(self.date_from),
                "date_to": optional_date(self.date_to)}

    def refresh(self, select_number: str | None = None) -> None:
        ctx, actor, filters = self.session.ctx, self.session.actor, self._filters()
        self.message.clear()
        self.model.set_loader(lambda offset, limit: ledger.list_journals(
            ctx.reader(), actor, limit=limit, offset=offset, **filters))
        self.model.load_first_page()
        try:
            count = ledger.count_journals(ctx.reader(), actor, **filters)
        except DomainError as err:
            self.message.show_error(err)
            count = 0
        self.count_label.setText(self.tr("{count} jurnal").format(count=fmt.number(count)))
        self._show_lines(None)
        if select_number:
            self.select(select_number)

    def select(self, number: str) -> bool:
        row = self.model.find_row(lambda j: j.number == number)
        while row < 0 and self.model.canFetchMore():  # it may be further down the list
            self.model.fetchMore()
            row = self.model.find_row(lambda j: j.number == number)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_journal(self) -> JournalSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        summary = self.selected_journal()
        if summary is None:
            self._show_lines(None)
            return
        try:
            info = ledger.get_journal(self.session.ctx.reader(), self.session.actor, summary.number)
        except DomainError as err:
            self.message.show_error(err)
            return
        self._show_lines(info)

    def _show_lines(self, info: JournalInfo | None) -> None:
        self.current = info
        if info is None:
            self.detail_title.setText(self.tr("Pilih jurnal untuk melihat barisnya."))
            self.lines_model.set_loader(None)
            self.reverse_button.setEnabled(False)
            return
        self.detail_title.setText(self.tr("<b>{number}</b> · {day} · {memo} · oleh {user} · {status}").format(
            number=escape(info.number), day=fmt.day(info.date), memo=escape(info.memo),
            user=escape(info.posted_by), status=escape(self._status(info))))
        self.lines_model.set_loader(slice_loader(info.lines))
        self.lines_model.load_first_page()
        self.reverse_button.setEnabled(not info.reversed_by and not info.reverses)

    # --- actions -----------------------------------------------------------

    def open_new_dialog(self) -> JournalEntryDialog:
        self.entry_dialog = JournalEntryDialog(self.session, self)
        self.entry_dialog.posted.connect(lambda info: self.refresh(select_number=info.number))
        self.entry_dialog.open()
        return self.entry_dialog

    def open_templates_dialog(self) -> TemplatesDialog:
        self.templates_dialog = TemplatesDialog(self.session, self)
        self.templates_dialog.open()
        return self.templates_dialog

    def open_reverse_dialog(self) -> ReverseDialog | None:
        if self.current is None:
            return None
        number = self.current.number
        self.reverse_dialog = ReverseDialog(self.session, self.current, self)
        self.reverse_dialog.reversed.connect(lambda _info: self.refresh(select_number=number))
        self.reverse_dialog.open()
        return self.reverse_dialog


def _amount(value: int) -> str:
    return fmt.rupiah(value) if value else ""
