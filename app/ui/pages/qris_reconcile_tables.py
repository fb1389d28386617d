"""Parts of the Rekonsiliasi QRIS page: the summary strip, the red-text table model, the rows
of the "to decide" table and the labels the page and its dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.domain import fmt
from app.domain.clock import OutletZone
from app.services.qris_settlement_report import (LineCandidates, MatchedLine, ReconcileSummary, UnmatchedLine,
                                                 UnsettledPayment)
from app.ui.style import RED
from app.ui.table_model import Column, LazyTableModel
from app.ui.widgets import card, hint

ALERT_STYLE = (f"QLabel {{ background: #fdecea; color: {RED}; border: 1px solid {RED}; border-radius: 4px; "
               "padding: 6px 10px; font-weight: bold; }")
ALERT_CARD_STYLE = f"QFrame#card {{ background: #fdecea; border: 2px solid {RED}; }}"


class TintedTableModel(LazyTableModel):
    """The generic row model, with a text colour per row (None: the view's own)."""

    def __init__(self, columns: Sequence[Column], color: Callable[[Any], str | None], *,
                 page_size: int = 100, parent=None) -> None:
        super().__init__(columns, page_size=page_size, parent=parent)
        self._color = color

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_object(index.row()) if index.isValid() else None
            color = self._color(row) if row is not None else None
            return QBrush(QColor(color)) if color else None
        return super().data(index, role)


# --- the summary strip ---------------------------------------------------------

class SummaryStrip(QWidget):
    """Five cards: captured-not-settled (red when any), lines without a payment, lines to decide,
    Piutang QRIS in the books, what is settled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.cards: dict[str, QFrame] = {}
        self.figures: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for key, title in (("unsettled", self.tr("Dibayar, belum settle")),
                           ("lines", self.tr("Tanpa pembayaran")),
                           ("decide", self.tr("Perlu diputuskan")),
                           ("receivable", self.tr("Piutang QRIS di buku")),
                           ("settled", self.tr("Sudah settle"))):
            frame, layout = card(title)
            layout.setContentsMargins(12, 8, 12, 8)
            layout.setSpacing(2)
            figure = QLabel("—")
            figure.setObjectName("bigNumber")
            note = hint("")
            layout.addWidget(figure)
            layout.addWidget(note)
            layout.addStretch(1)
            frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # equal widths
            frame.setMinimumWidth(150)
            self.cards[key], self.figures[key], self.notes[key] = frame, figure, note
            row.addWidget(frame, 1)

    def show_summary(self, s: ReconcileSummary) -> None:
        alarming = s.unsettled_count > 0
        self.figures["unsettled"].setText(fmt.rupiah(s.unsettled_rp))
        if alarming:
            self.notes["unsettled"].setText(self.tr("{count} pembayaran · tertua {days} hari").format(
                count=fmt.number(s.unsettled_count), days=s.oldest_unsettled_days))
        else:
            self.notes["unsettled"].setText(self.tr("tidak ada: semua sudah disetor bank"))
        self.figures["unsettled"].setStyleSheet(f"color: {RED};" if alarming else "")
        self.notes["unsettled"].setStyleSheet(f"color: {RED}; font-weight: bold;" if alarming else "")
        self.cards["unsettled"].setStyleSheet(ALERT_CARD_STYLE if alarming else "")
        self.figures["lines"].setText(fmt.rupiah(s.unmatched_lines_rp))
        self.notes["lines"].setText(self.tr("{count} baris settlement belum dicocokkan").format(
            count=fmt.number(s.unmatched_lines_count)))
        self.figures["decide"].setText(fmt.number(s.ambiguous_count + s.mismatch_count + s.suggestion_count))
        self.notes["decide"].setText(self.tr("ragu {a} · jumlah beda {m} · saran {s}").format(
            a=s.ambiguous_count, m=s.mismatch_count, s=s.suggestion_count))
        self.figures["receivable"].setText(fmt.rupiah(s.receivable_rp))
        self.notes["receivable"].setText(self.tr("akun 1103 Piutang QRIS (belum settle)"))
        self.figures["settled"].setText(fmt.rupiah(s.settled_gross_rp))
        self.notes["settled"].setText(self.tr("{count} transaksi · MDR {mdr}").format(
            count=fmt.number(s.settled_count), mdr=fmt.rupiah(s.settled_mdr_rp)))


# --- rows of the "to decide" table -----------------------------------------------

@dataclass(frozen=True)
class Decision:
    """A line a person has to decide, and why: ambiguous | mismatch | suggestion."""
    group: str
    item: LineCandidates


def decisions(ambiguous, mismatches, suggestions) -> list[Decision]:
    return ([Decision("ambiguous", i) for i in ambiguous] + [Decision("mismatch", i) for i in mismatches]
            + [Decision("suggestion", i) for i in suggestions])


def group_label(d: Decision) -> str:
    if d.group == "ambiguous":
        return QCoreApplication.translate("QrisReconcile", "Ragu: {n} kandidat").format(n=len(d.item.candidates))
    if d.group == "mismatch":
        return QCoreApplication.translate("QrisReconcile", "Referensi sama, jumlah beda")
    return QCoreApplication.translate("QrisReconcile", "Saran pasangan")


def kind_label(kind: str) -> str:
    return {"reference": QCoreApplication.translate("QrisReconcile", "Referensi"),
            "amount": QCoreApplication.translate("QrisReconcile", "Jumlah & waktu"),
            "manual": QCoreApplication.translate("QrisReconcile", "Manual")}.get(kind, kind)


def line_amount(amount_rp: int, net: bool) -> str:
    if net:
        return QCoreApplication.translate("QrisReconcile", "{amount} bersih").format(amount=fmt.rupiah(amount_rp))
    return fmt.rupiah(amount_rp)


def line_when(line: UnmatchedLine | MatchedLine, zone: OutletZone) -> str:
    if line.txn_at is not None:
        return fmt.local_datetime(line.txn_at, zone)
    if line.settled_on is not None:
        return QCoreApplication.translate("QrisReconcile", "settle {day}").format(day=fmt.day(line.settled_on))
    return "—"


def age_text(days: int) -> str:
    return QCoreApplication.translate("QrisReconcile", "{days} hari").format(days=days)


def unsettled_color(_p: UnsettledPayment) -> str:
    return RED
