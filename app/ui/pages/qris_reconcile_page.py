"""Rekonsiliasi QRIS (bendahara): what is still open between the QRIS payments the cashiers
confirmed and the money the acquirer or bank actually paid.

At the top, the summary: captured-not-settled payments in red (a "paid" that never
arrives is how a fake payment screenshot shows up), lines without a payment, lines to
decide, Piutang QRIS in the books, what is settled. Tabs: the captured-not-settled
payments (oldest first, red), settlement lines without a payment, lines a person must
decide (ambiguous, reference with another amount, suggestions), matched lines, past imports.

Importing a file, matching and unmatching post journals (journal.post): the buttons are
hidden for the others (pengawas read). The report is built on the task runner and every
action refreshes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import qris_settlement as qs, qris_settlement_report as qs_report
from app.services.qris_settlement import ImportResult, ImportSummary, ManualMatchResult, UnmatchResult
from app.services.qris_settlement_report import MatchedLine, ReconcileReport, UnmatchedLine
from app.ui.outlet import outlet_zone
from app.ui.pages.qris_reconcile_dialogs import FILE_FILTER, ImportDialog, MatchDialog, UnmatchDialog
from app.ui.pages.qris_reconcile_tables import (ALERT_STYLE, Decision, SummaryStrip, TintedTableModel, age_text,
                                                decisions, group_label, kind_label, line_amount, line_when,
                                                unsettled_color)
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint, page_title

MATCHED_PAGE = 100
IMPORTS_SHOWN = 200


def _load(ctx, actor) -> tuple[ReconcileReport, list[ImportSummary]]:
    """On the task runner: the report (it runs the matching rules) and the imports."""
    return qs.reconcile_report(ctx.reader(), actor), qs.list_imports(ctx.reader(), actor, limit=IMPORTS_SHOWN)


def _tab(table: QTableView, about: str, *actions) -> QWidget:
    """A tab: a line of explanation, the table, and its buttons under it."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(hint(about))
    layout.addWidget(table, 1)
    if actions:
        row = QHBoxLayout()
        row.addStretch(1)
        for a in actions:
            row.addWidget(a)
        layout.addLayout(row)
    return widget


class QrisReconcilePage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.zone = outlet_zone(session.ctx)
        self.may_post = session.actor.can(Permission.JOURNAL_POST)
        self.report: ReconcileReport | None = None
        self.imports: list[ImportSummary] = []
        self.loading = False
        self._generation = 0
        self._stale = False
        self.file_dialog: QFileDialog | None = None
        self.dialog: ImportDialog | MatchDialog | UnmatchDialog | None = None

        self.refresh_button = button(self.tr("Muat ulang"))
        self.import_button = button(self.tr("Impor file settlement/mutasi…"), primary=True)
        self.import_button.setVisible(self.may_post)
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Rekonsiliasi QRIS")))
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.import_button)
        self.as_of = hint("")
        self.summary = SummaryStrip()
        self.alert = QLabel()
        self.alert.setObjectName("qrisAlert")
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.message = MessageLabel()
        self.tabs = QTabWidget()
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.as_of)
        layout.addWidget(self.summary)
        layout.addWidget(self.alert)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.refresh_button.clicked.connect(self.reload)
        self.import_button.clicked.connect(self.choose_file)
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _build_tabs(self) -> None:
        self.unsettled_model = TintedTableModel(self._unsettled_columns(), unsettled_color, parent=self)
        self.unsettled_table = make_table(self.unsettled_model, widths={0: 170, 1: 120, 2: 80, 3: 190, 4: 140})
        self.unsettled_table.setObjectName("qrisUnsettledTable")

        self.lines_model = LazyTableModel(self._line_columns(), parent=self)
        self.lines_table = make_table(self.lines_model, widths={0: 70, 1: 140, 2: 180, 3: 140, 4: 230})
        self.match_button = button(self.tr("Cocokkan manual…"), primary=True)

        self.decide_model = LazyTableModel(self._decision_columns(), parent=self)
        self.decide_table = make_table(self.decide_model, widths={0: 230, 1: 60, 2: 110, 3: 130, 4: 330})
        self.decide_button = button(self.tr("Pilih pasangan…"), primary=True)

        self.matched_model = LazyTableModel(self._matched_columns(), page_size=MATCHED_PAGE, parent=self)
        self.matched_table = make_table(self.matched_model, widths={0: 56, 1: 152, 2: 100, 3: 64, 4: 112, 5: 118,
                                                                    6: 156, 7: 116})
        self.matched_search = QLineEdit()
        self.matched_search.setPlaceholderText(self.tr("Cari nomor penjualan atau referensi…"))
        self.matched_search.setClearButtonEnabled(True)
        self.unmatch_button = button(self.tr("Batalkan pencocokan…"))
        self.matched_model.load_failed.connect(self.message.show_error)

        self.imports_model = LazyTableModel(self._import_columns(), parent=self)
        self.imports_table = make_table(self.imports_model, widths={0: 70, 1: 180, 2: 300, 3: 170, 4: 70, 5: 70})

        for b in (self.match_button, self.decide_button, self.unmatch_button):
            b.setVisible(self.may_post)
            b.setEnabled(False)
        read_only = "" if self.may_post else " " + self.tr("Hanya bendahara yang dapat mengimpor dan mencocokkan.")
        self.tabs.addTab(_tab(self.unsettled_table, self.tr(
            "Dikonfirmasi di kasir tetapi tidak ada di berkas settlement atau mutasi mana pun, yang tertua di atas. "
            "Yang lewat masa settlement: tanyakan ke acquirer dan periksa siapa yang mengonfirmasi.") + read_only),
            "")
        self.tabs.addTab(_tab(self.lines_table, self.tr(
            "Uang masuk yang belum punya pasangan pembayaran. Pilih baris, lalu Cocokkan manual.") + read_only,
            self.match_button), "")
        self.tabs.addTab(_tab(self.decide_table, self.tr(
            "Baris yang aturan tidak berani putuskan sendiri: beberapa kandidat, referensi sama dengan jumlah beda, "
            "atau saran untuk baris lama.") + read_only, self.decide_button), "")
        matched = _tab(self.matched_table, self.tr("Baris yang sudah dicocokkan, terbaru di atas.") + read_only,
                       self.unmatch_button)
        matched.layout().insertWidget(1, self.matched_search)
        self.tabs.addTab(matched, self.tr("Sudah cocok"))
        self.tabs.addTab(_tab(self.imports_table, self.tr("Berkas yang pernah diimpor, terbaru di atas.")),
                         self.tr("Riwayat impor"))
        self._set_tab_titles(None)

        self.lines_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.decide_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.matched_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.lines_table.doubleClicked.connect(lambda _i: self.match_selected())
        self.decide_table.doubleClicked.connect(lambda _i: self.decide_selected())
        self.matched_table.doubleClicked.connect(lambda _i: self.unmatch_selected())
        self.match_button.clicked.connect(self.match_selected)
        self.decide_button.clicked.connect(self.decide_selected)
        self.unmatch_button.clicked.connect(self.unmatch_selected)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._load_matched)
        self.matched_search.textChanged.connect(lambda _t: self._search_timer.start())

    # --- columns --------------------------------------------------------------------

    def _unsettled_columns(self) -> list[Column]:
        return [
            Column("sale", self.tr("Penjualan"), lambda p: p.sale_no),
            Column("amount", self.tr("Jumlah"), lambda p: p.amount_rp, RIGHT, fmt.rupiah),
            Column("age", self.tr("Umur"), lambda p: age_text(p.age_days), RIGHT),
            Column("confirmed", self.tr("Dikonfirmasi kasir"), lambda p: fmt.local_datetime(p.confirmed_at, self.zone)),
            Column("reference", self.tr("Referensi"), lambda p: p.reference or "—"),
            Column("cashier", self.tr("Kasir"), lambda p: p.cashier),
        ]

    def _line_columns(self) -> list[Column]:
        return [
            Column("line", self.tr("Baris"), lambda l: f"#{l.line_id}", RIGHT),
            Column("amount", self.tr("Jumlah"), lambda l: line_amount(l.amount_rp, l.net), RIGHT),
            Column("when", self.tr("Waktu transaksi"), lambda l: line_when(l, self.zone)),
            Column("reference", self.tr("Referensi"), lambda l: l.reference or "—"),
            Column("file", self.tr("Berkas (baris)"), lambda l: f"{l.file_name} ({l.line_no})"),
            Column("description", self.tr("Keterangan"), lambda l: l.description),
        ]

    def _decision_columns(self) -> list[Column]:
        return [
            Column("group", self.tr("Jenis"), group_label),
            Column("line", self.tr("Baris"), lambda d: f"#{d.item.line_id}", RIGHT),
            Column("amount", self.tr("Jumlah"), lambda d: d.item.amount_rp, RIGHT, fmt.rupiah),
            Column("reference", self.tr("Referensi"), lambda d: d.item.reference or "—"),
            Column("candidates", self.tr("Kandidat penjualan"), lambda d: ", ".join(
                f"{c.sale_no} ({fmt.rupiah(c.amount_rp)})" for c in d.item.candidates)),
            Column("file", self.tr("Berkas (baris)"), lambda d: f"{d.item.file_name} ({d.item.line_no})"),
        ]

    def _matched_columns(self) -> list[Column]:
        return [
            Column("line", self.tr("Baris"), lambda m: f"#{m.line_id}", RIGHT),
            Column("sale", self.tr("Penjualan"), lambda m: m.sale_no),
            Column("gross", self.tr("Jumlah"), lambda m: m.gross_rp, RIGHT, fmt.rupiah),
            Column("mdr", self.tr("MDR"), lambda m: m.mdr_rp, RIGHT, fmt.rupiah),
            Column("net", self.tr("Masuk bank"), lambda m: m.net_rp, RIGHT, fmt.rupiah),
            Column("kind", self.tr("Cara"), lambda m: kind_label(m.kind)),
            Column("journal", self.tr("Jurnal"), lambda m: m.journal_number or "—"),
            Column("reference", self.tr("Referensi"), lambda m: m.reference or m.payment_reference or "—"),
            Column("file", self.tr("Berkas (baris)"), lambda m: f"{m.file_name} ({m.line_no})"),
        ]

    def _import_columns(self) -> list[Column]:
        return [
            Column("id", self.tr("Impor"), lambda i: f"#{i.import_id}", RIGHT),
            Column("at", self.tr("Waktu"), lambda i: fmt.local_datetime(i.imported_at, self.zone)),
            Column("file", self.tr("Berkas"), lambda i: i.file_name),
            Column("preset", self.tr("Preset"), lambda i: i.preset),
            Column("lines", self.tr("Baris"), lambda i: i.lines, RIGHT, fmt.number),
            Column("matched", self.tr("Cocok"), lambda i: i.matched, RIGHT, fmt.number),
            Column("by", self.tr("Oleh"), lambda i: i.imported_by),
        ]

    def _set_tab_titles(self, report: ReconcileReport | None) -> None:
        s = report.summary if report is not None else None
        titles = (
            self.tr("Dibayar belum settle ({n})").format(n=fmt.number(s.unsettled_count) if s else "…"),
            self.tr("Settlement tanpa pembayaran ({n})").format(n=fmt.number(s.unmatched_lines_count) if s else "…"),
            self.tr("Perlu diputuskan ({n})").format(
                n=(s.ambiguous_count + s.mismatch_count + s.suggestion_count) if s else "…"),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.tabs.tabBar().setTabTextColor(0, QColor(RED) if s and s.unsettled_count else QColor())

    # --- loading --------------------------------------------------------------------

    def showEvent(self, event) -> None:  # sales were confirmed meanwhile at the till
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._stale = True

    def reload(self) -> None:
        """Muat ulang: a fresh report, the last action's message gone."""
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.refresh_button.setEnabled(False)
        self.session.runner.submit(_load, self.session.ctx, self.session.actor,
                                   on_done=lambda r: self._loaded(generation, *r),
                                   on_error=lambda e: self._load_failed(generation, e))
        self._load_matched()

    def _loaded(self, generation: int, report: ReconcileReport, imports: list[ImportSummary]) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.report, self.imports = report, imports
        self.as_of.setText(self.tr("Per {day}. Cocokkan pembayaran QRIS yang dikonfirmasi kasir dengan berkas "
                                   "settlement acquirer atau mutasi bank.").format(day=fmt.day(report.as_of)))
        s = report.summary
        self.summary.show_summary(s)
        if s.unsettled_count:
            self.alert.setText(self.tr(
                "Kemungkinan penipuan: {count} pembayaran QRIS ({amount}) dikonfirmasi di kasir tetapi tidak pernah "
                "disetor bank. Yang tertua {days} hari. Jangan terima tangkapan layar sebagai bukti bayar.").format(
                count=fmt.number(s.unsettled_count), amount=fmt.rupiah(s.unsettled_rp), days=s.oldest_unsettled_days))
        self.alert.setVisible(bool(s.unsettled_count))
        self._set_tab_titles(report)
        self._reload(self.unsettled_model, report.unsettled)
        self._reload(self.lines_model, report.unmatched_lines)
        self._reload(self.decide_model, decisions(report.ambiguous, report.mismatches, report.suggestions))
        self._reload(self.imports_model, imports)
        self._update_buttons()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.message.show_error(exc)

    @staticmethod
    def _reload(model: LazyTableModel, rows) -> None:
        model.set_loader(slice_loader(tuple(rows)))
        model.load_first_page()

    def _load_matched(self) -> None:
        ctx, actor, text = self.session.ctx, self.session.actor, self.matched_search.text()
        self.matched_model.set_loader(lambda offset, limit: qs_report.list_matched(
            ctx.reader(), actor, search=text, limit=limit, offset=offset))
        self.matched_model.load_first_page()
        self._update_buttons()

    # --- selection ------------------------------------------------------------------

    @staticmethod
    def _selected(table: QTableView):
        rows = table.selectionModel().selectedRows()
        return table.model().row_object(rows[0].row()) if rows else None

    def selected_line(self) -> UnmatchedLine | None:
        return self._selected(self.lines_table)

    def selected_decision(self) -> Decision | None:
        return self._selected(self.decide_table)

    def selected_matched(self) -> MatchedLine | None:
        return self._selected(self.matched_table)

    def select_row(self, table: QTableView, predicate) -> bool:
        model = table.model()
        row = model.find_row(predicate)
        while row < 0 and model.canFetchMore():
            model.fetchMore()
            row = model.find_row(predicate)
        if row >= 0:
            table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        self.match_button.setEnabled(self.selected_line() is not None)
        self.decide_button.setEnabled(self.selected_decision() is not None)
        self.unmatch_button.setEnabled(self.selected_matched() is not None)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- import ---------------------------------------------------------------------

    def choose_file(self) -> QFileDialog | None:
        if not self.may_post:
            return None
        dialog = QFileDialog(self, self.tr("Pilih berkas settlement acquirer atau mutasi bank"), str(Path.home()),
                             self.tr("Berkas settlement ({patterns})").format(patterns=FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.open_import_dialog)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def open_import_dialog(self, path: str | Path) -> ImportDialog | None:
        if not path or not self.may_post:
            return None
        try:
            presets = qs.list_presets(self.session.ctx.reader(), self.session.actor)
        except DomainError as err:
            self.message.show_error(err)
            return None
        default = self.imports[0].preset if self.imports else None
        dialog = ImportDialog(self.session, Path(path), presets, default, self)
        dialog.imported.connect(self._imported)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _imported(self, result: ImportResult) -> None:
        if result.journal_number:
            text = self.tr("{name}: {lines} baris, {matched} cocok otomatis ({gross}) — jurnal {journal}.").format(
                name=result.file_name, lines=result.lines, matched=len(result.matched),
                gross=fmt.rupiah(result.gross_rp), journal=result.journal_number)
        else:
            text = self.tr("{name}: {lines} baris disimpan, tidak ada yang cocok otomatis.").format(
                name=result.file_name, lines=result.lines)
        self.message.show_ok(text)
        self.refresh()

    # --- match and unmatch ------------------------------------------------------------

    def match_selected(self) -> MatchDialog | None:
        line = self.selected_line()
        return self.open_match_dialog(line.line_id) if line is not None else None

    def decide_selected(self) -> MatchDialog | None:
        decision = self.selected_decision()
        return self.open_match_dialog(decision.item.line_id) if decision is not None else None

    def open_match_dialog(self, line_id: int) -> MatchDialog | None:
        if not self.may_post or self.report is None:
            return None
        line = next((l for l in self.report.unmatched_lines if l.line_id == line_id), None)
        if line is None:
            return None
        named = {}
        for item in (*self.report.ambiguous, *self.report.mismatches, *self.report.suggestions):
            if item.line_id == line_id:
                for c in item.candidates:
                    named.setdefault(c.payment_id, c)
        dialog = MatchDialog(self.session, line, tuple(named.values()), self.report.unsettled, self.zone, self)
        dialog.matched.connect(self._matched)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _matched(self, result: ManualMatchResult) -> None:
        m = result.match
        self.message.show_ok(self.tr("Baris #{id} cocok dengan {sale}: {gross}, MDR {mdr}, masuk bank {net} — jurnal "
                                     "{journal}.").format(id=m.line_id, sale=m.sale_no, gross=fmt.rupiah(m.gross_rp),
                                                          mdr=fmt.rupiah(m.mdr_rp), net=fmt.rupiah(m.net_rp),
                                                          journal=result.journal_number))
        self.refresh()

    def unmatch_selected(self) -> UnmatchDialog | None:
        line = self.selected_matched()
        if line is None or not self.may_post:
            return None
        dialog = UnmatchDialog(self.session, line, self)
        dialog.unmatched.connect(self._unmatched)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _unmatched(self, result: UnmatchResult) -> None:
        self.message.show_ok(self.tr("Pencocokan baris #{id} dengan {sale} dibatalkan — jurnal {journal}.").format(
            id=result.line_id, sale=result.sale_no, journal=result.journal_number))
        self.refresh()
