"""Dialogs of the Rekonsiliasi QRIS page: import a settlement file or bank mutation with a
preset, match a settlement line to a sale by hand, and undo a match with a reason. Each
posts through its service on the task runner, with a client-made UUID kept for a retry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.clock import OutletZone
from app.domain.errors import DomainError
from app.services import qris_settlement as qs
from app.services.qris_settlement import ImportResult, ManualMatchResult, UnmatchResult
from app.services.qris_settlement_format import Preset
from app.services.qris_settlement_report import Candidate, MatchedLine, UnmatchedLine, UnsettledPayment
from app.ui.pages.qris_reconcile_tables import kind_label, line_amount, line_when
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, confirm, error_text, hint, human_size

FILE_FILTER = "*.csv *.CSV *.xlsx *.XLSX"


class ImportDialog(QDialog):
    """The chosen file, a preset, Impor; then the result, or the refusal row by row."""

    imported = Signal(object)  # ImportResult

    def __init__(self, session: Session, path: Path, presets: tuple[Preset, ...], default_preset: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path, self.presets = session, Path(path), presets
        self.uuid = uuid4()  # the import's id, reused if the user retries
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Impor file settlement/mutasi"))
        self.setMinimumWidth(640)
        try:
            size = human_size(self.path.stat().st_size)
        except OSError:
            size = "?"
        about = QLabel(self.tr("<b>{name}</b> ({size})<br>{folder}").format(
            name=escape(self.path.name), size=size, folder=escape(str(self.path.parent))))
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset = QComboBox()
        for p in presets:
            self.preset.addItem(self.tr("{name} (bawaan)").format(name=p.name) if p.builtin else p.name, p.name)
        if default_preset is not None and self.preset.findData(default_preset) >= 0:
            self.preset.setCurrentIndex(self.preset.findData(default_preset))
        self.preset_info = hint("")
        form = QFormLayout()
        form.addRow(self.tr("Berkas"), about)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow("", self.preset_info)

        self.message = MessageLabel()
        self.problems = QStringListModel(self)
        self.problem_list = QListView()
        self.problem_list.setModel(self.problems)
        self.problem_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_list.setWordWrap(True)
        self.problem_list.setMinimumHeight(140)
        self.problem_list.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.import_button = button(self.tr("Impor"), primary=True)
        self.close_button = button(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Berkas dibaca utuh: bila satu baris saja rusak, seluruh berkas ditolak dan tidak ada yang disimpan. "
            "Berkas yang sama tidak bisa diimpor dua kali; baris yang sudah ada di impor sebelumnya dilewati.")))
        layout.addWidget(self.message)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.import_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        self._preset_changed()

    def _preset_changed(self) -> None:
        p = next((p for p in self.presets if p.name == self.preset.currentData()), None)
        self.import_button.setEnabled(p is not None and self.result is None)
        if p is None:
            self.preset_info.setText(self.tr("Belum ada preset."))
            return
        delimiter = {";": self.tr("titik koma (;)"), ",": self.tr("koma (,)"), "\t": self.tr("tab")}.get(
            p.delimiter, p.delimiter)
        unit = self.tr("sen") if p.amount_unit == "cent" else self.tr("rupiah")
        basis = (self.tr("jumlah bersih (sudah dipotong MDR)") if p.amount_is_net
                 else self.tr("jumlah kotor (sebelum MDR)"))
        columns = " · ".join(f"{self.field_label(k)} = {v[0]}" + (" …" if len(v) > 1 else "")
                             for k, v in p.columns.items())
        self.preset_info.setText(self.tr("Pemisah CSV {delimiter} · jumlah dalam {unit} · {basis}.\nKolom: {columns}"
                                         ).format(delimiter=delimiter, unit=unit, basis=basis, columns=columns))

    def field_label(self, field: str) -> str:
        return {"reference": self.tr("referensi"), "txn_at": self.tr("waktu transaksi"),
                "settled_on": self.tr("tanggal settlement"), "amount": self.tr("jumlah"), "mdr": self.tr("MDR"),
                "description": self.tr("keterangan"), "direction": self.tr("jenis mutasi")}.get(field, field)

    def submit(self) -> None:
        if not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        self.preset.setEnabled(False)
        self.message.show_ok(self.tr("Membaca dan mencocokkan {name}…").format(name=self.path.name))
        self.problem_list.hide()
        self.session.runner.submit(qs.import_settlement, self.session.ctx.uow(), self.session.actor, self.path,
                                   self.preset.currentData(), uuid=self.uuid,
                                   on_done=self._done, on_error=self._failed)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.message.show_ok(self.tr("Berkas {name} diimpor (impor #{id}, preset {preset}).").format(
            name=result.file_name, id=result.import_id, preset=result.preset))
        rows = [
            (self.tr("Baris disimpan"), fmt.number(result.lines)),
            (self.tr("Dilewati (bukan kredit QRIS)"), fmt.number(result.skipped)),
            (self.tr("Sudah ada di impor sebelumnya"), fmt.number(result.already_imported)),
            (self.tr("Cocok otomatis"), self.tr("{count} transaksi · {gross} · MDR {mdr} · masuk bank {net}").format(
                count=len(result.matched), gross=fmt.rupiah(result.gross_rp), mdr=fmt.rupiah(result.mdr_rp),
                net=fmt.rupiah(result.net_rp))),
            (self.tr("Jurnal"), result.journal_number or self.tr("tidak ada (tidak ada yang cocok)")),
            (self.tr("Masih terbuka"), self.tr("{unsettled} pembayaran belum settle · {lines} baris tanpa "
                                               "pasangan").format(
                unsettled=fmt.number(result.report.summary.unsettled_count),
                lines=fmt.number(result.report.summary.unmatched_lines_count))),
        ]
        self.result_label.setText("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td>{escape(k)}</td><td>&nbsp;&nbsp;<b>{escape(v)}</b></td></tr>" for k, v in rows) + "</table>")
        self.result_label.show()
        self.import_button.hide()
        self.close_button.setText(self.tr("Tutup"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.preset.setEnabled(True)
        if isinstance(exc, DomainError):
            self.message.show_error(exc.message)  # "… ditolak …: nothing was stored", in the service's words
            self.problems.setStringList(list(exc.details))
            self.problem_list.setVisible(bool(exc.details))
        else:
            self.message.show_error(error_text(exc))

    def problem_lines(self) -> list[str]:
        return self.problems.stringList()


# --- manual match -----------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    """A sale whose QRIS payment is open, offered for a line."""
    payment_id: int
    sale_no: str
    amount_rp: int
    reference: str
    confirmed_at: datetime
    candidate: bool  # the matching rules named it for this line


def choices_for(line: UnmatchedLine, candidates: tuple[Candidate, ...],
                unsettled: tuple[UnsettledPayment, ...]) -> list[Choice]:
    """The line's candidates first, then every open payment, the nearest amount first."""
    out = [Choice(c.payment_id, c.sale_no, c.amount_rp, c.reference, c.confirmed_at, True) for c in candidates]
    seen = {c.payment_id for c in out}
    rest = sorted((p for p in unsettled if p.payment_id not in seen),
                  key=lambda p: (abs(p.amount_rp - line.amount_rp), p.confirmed_at))
    return out + [Choice(p.payment_id, p.sale_no, p.amount_rp, p.reference, p.confirmed_at, False) for p in rest]


class MatchDialog(QDialog):
    """Pair one settlement line with a sale: pick from the list or type the sale number;
    confirm; one journal is posted."""

    matched = Signal(object)  # ManualMatchResult

    def __init__(self, session: Session, line: UnmatchedLine, candidates: tuple[Candidate, ...],
                 unsettled: tuple[UnsettledPayment, ...], zone: OutletZone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.line, self.zone = session, line, zone
        self.uuid = uuid4()
        self.confirm_box = None
        self.setWindowTitle(self.tr("Cocokkan baris settlement #{id}").format(id=line.line_id))
        self.setMinimumSize(880, 520)
        about = QLabel(self.tr("<b>Baris #{id}</b> · {amount} · ref {reference} · {when}<br>{file} (baris {no}) "
                               "{text}").format(id=line.line_id, amount=escape(line_amount(line.amount_rp, line.net)),
                               reference=escape(line.reference or "—"), when=escape(line_when(line, zone)),
                               file=escape(line.file_name), no=line.line_no, text=escape(line.description)))
        about.setWordWrap(True)
        self.all_choices = choices_for(line, candidates, unsettled)
        columns = [
            Column("sale", self.tr("Penjualan"), lambda c: c.sale_no),
            Column("amount", self.tr("Jumlah"), lambda c: c.amount_rp, RIGHT, fmt.rupiah),
            Column("difference", self.tr("Selisih"), lambda c: c.amount_rp - line.amount_rp, RIGHT,
                   lambda d: fmt.rupiah(d) if d else "0"),
            Column("reference", self.tr("Referensi"), lambda c: c.reference or "—"),
            Column("confirmed", self.tr("Dikonfirmasi kasir"), lambda c: fmt.local_datetime(c.confirmed_at, zone)),
            Column("note", self.tr("Catatan"), lambda c: self.tr("kandidat") if c.candidate else ""),
        ]
        self.model = LazyTableModel(columns, slice_loader(self.all_choices), parent=self)
        self.table = make_table(self.model, widths={0: 170, 1: 110, 2: 100, 3: 130, 4: 190}, stretch=5)
        self.model.load_first_page()
        self.sale_no = QLineEdit()
        self.sale_no.setPlaceholderText(self.tr("pilih di daftar atau ketik nomor penjualan, mis. PJ-20261123-0042"))
        self.sale_no.setMaxLength(40)
        self.message = MessageLabel()
        self.match_button = button(self.tr("Cocokkan…"), primary=True)
        self.match_button.setEnabled(False)
        cancel = button(self.tr("Batal"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.match_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Pembayaran QRIS yang belum settle (kandidat dulu, lalu jumlah terdekat):")))
        layout.addWidget(self.table, 1)
        sale_row = QHBoxLayout()
        sale_row.addWidget(QLabel(self.tr("Nomor penjualan")))
        sale_row.addWidget(self.sale_no, 1)
        layout.addLayout(sale_row)
        layout.addWidget(hint(self.tr(
            "Jumlah harus sama dengan pembayaran; baris bersih (mutasi bank) boleh sampai 3% di bawahnya, selisihnya "
            "menjadi MDR. Satu jurnal settlement (Kas di Bank dan Beban MDR terhadap Piutang QRIS) akan diposting.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.table.doubleClicked.connect(lambda _i: self.ask())
        self.sale_no.textChanged.connect(lambda t: self.match_button.setEnabled(bool(t.strip())))
        self.sale_no.returnPressed.connect(self.ask)
        self.match_button.clicked.connect(self.ask)
        cancel.clicked.connect(self.reject)
        if candidates:
            self.table.selectRow(0)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        choice = self.model.row_object(rows[0].row()) if rows else None
        if choice is not None:
            self.sale_no.setText(choice.sale_no)

    def choose(self, sale_no: str) -> bool:
        row = self.model.find_row(lambda c: c.sale_no == sale_no)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.find_row(lambda c: c.sale_no == sale_no)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def ask(self):
        """Confirm first: the match posts a journal."""
        sale_no = self.sale_no.text().strip().upper()
        if not sale_no or not self.match_button.isEnabled():
            return None
        self.confirm_box = confirm(
            self, self.tr("Cocokkan dan posting jurnal?"),
            self.tr("Cocokkan baris #{id} ({amount}, ref {reference}) dengan penjualan {sale}?\n\nJurnal settlement "
                    "akan diposting. Bila ternyata salah, batalkan dengan Batalkan pencocokan (jurnal balik).").format(
                id=self.line.line_id, amount=line_amount(self.line.amount_rp, self.line.net),
                reference=self.line.reference or "—", sale=sale_no),
            self.tr("Cocokkan dan posting"), lambda: self.submit(sale_no))
        return self.confirm_box

    def submit(self, sale_no: str) -> None:
        self.match_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(qs.match_payment, self.session.ctx.uow(), self.session.actor, self.line.line_id,
                                   sale_no, uuid=self.uuid, on_done=self._done, on_error=self._failed)

    def _done(self, result: ManualMatchResult) -> None:
        self.matched.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.match_button.setEnabled(bool(self.sale_no.text().strip()))
        self.message.show_error(exc)


# --- unmatch ----------------------------------------------------------------------

class UnmatchDialog(QDialog):
    """Undo a match: the reason, a confirmation, and a journal in the other direction."""

    unmatched = Signal(object)  # UnmatchResult

    def __init__(self, session: Session, line: MatchedLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.line = session, line
        self.uuid = uuid4()
        self.confirm_box = None
        self.setWindowTitle(self.tr("Batalkan pencocokan baris #{id}").format(id=line.line_id))
        self.setMinimumWidth(560)
        about = QLabel(self.tr("<b>Baris #{id}</b> · {file} (baris {no}) · ref {reference}<br>cocok dengan "
                               "<b>{sale}</b> ({kind}) · {gross}, MDR {mdr}, masuk bank {net} · jurnal {journal}"
                               ).format(
            id=line.line_id, file=escape(line.file_name), no=line.line_no, reference=escape(line.reference or "—"),
            sale=escape(line.sale_no), kind=escape(kind_label(line.kind).lower()), gross=fmt.rupiah(line.gross_rp),
            mdr=fmt.rupiah(line.mdr_rp), net=fmt.rupiah(line.net_rp), journal=escape(line.journal_number or "—")))
        about.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(150)
        self.reason.setPlaceholderText(self.tr("mis. salah pilih, seharusnya PJ-20261123-0042"))
        self.message = MessageLabel()
        self.unmatch_button = button(self.tr("Batalkan pencocokan…"), primary=True)
        self.unmatch_button.setEnabled(False)
        cancel = button(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.unmatch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(hint(self.tr(
            "Jurnal yang sudah diposting tidak diubah: jurnal balik (Piutang QRIS kembali, Kas di Bank dan Beban MDR "
            "berkurang) dicatat hari ini. Baris dan pembayarannya terbuka lagi dan tidak dicocokkan otomatis lagi.")))
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.reason.textChanged.connect(lambda t: self.unmatch_button.setEnabled(bool(t.strip())))
        self.reason.returnPressed.connect(self.ask)
        self.unmatch_button.clicked.connect(self.ask)
        cancel.clicked.connect(self.reject)

    def ask(self):
        if not self.unmatch_button.isEnabled():
            return None
        reason = self.reason.text().strip()
        self.confirm_box = confirm(
            self, self.tr("Batalkan pencocokan?"),
            self.tr("Batalkan pencocokan baris #{id} dengan {sale} ({gross})?\n\nJurnal balik akan diposting.").format(
                id=self.line.line_id, sale=self.line.sale_no, gross=fmt.rupiah(self.line.gross_rp)),
            self.tr("Batalkan dan posting"), lambda: self.submit(reason))
        return self.confirm_box

    def submit(self, reason: str) -> None:
        self.unmatch_button.setEnabled(False)
        self.message.clear()
        self.session.runner.submit(qs.unmatch, self.session.ctx.uow(), self.session.actor, self.line.line_id, reason,
                                   uuid=self.uuid, on_done=self._done, on_error=self._failed)

    def _done(self, result: UnmatchResult) -> None:
        self.unmatched.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unmatch_button.setEnabled(bool(self.reason.text().strip()))
        self.message.show_error(exc)
