"""The generic lazy table model: Qt's model checks, and fetching page by page."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.domain import fmt
from app.domain.errors import DomainError
from app.ui.table_model import RIGHT, ROW_ROLE, Column, LazyTableModel, slice_loader


@dataclass(frozen=True)
class Row:
    number: int
    name: str
    amount_rp: int


ROWS = [Row(i, f"baris {i}", i * 1_250) for i in range(250)]
COLUMNS = [Column("number", "No", lambda r: r.number, RIGHT),
           Column("name", "Nama", lambda r: r.name),
           Column("amount", "Jumlah", lambda r: r.amount_rp, RIGHT, fmt.rupiah)]


class RecordingLoader:
    def __init__(self, rows):
        self.rows, self.calls = rows, []

    def __call__(self, offset: int, limit: int):
        self.calls.append((offset, limit))
        return self.rows[offset:offset + limit]


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_model_passes_qt_model_tester(qtmodeltester, force_py):
    model = LazyTableModel(COLUMNS, slice_loader(ROWS), page_size=100)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=force_py)
    model.set_loader(slice_loader(ROWS[:7]))
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=force_py)


def test_fetches_page_by_page_with_increasing_offsets():
    loader = RecordingLoader(ROWS)
    model = LazyTableModel(COLUMNS, loader, page_size=100)
    assert loader.calls == [] and model.rowCount() == 0  # nothing read until asked
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert loader.calls == [(0, 100), (100, 100), (200, 100)]
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())  # a short page is the end
    model.fetchMore(QModelIndex())
    assert len(loader.calls) == 3


def test_a_view_fetches_the_first_page_itself_and_more_when_scrolled(qtbot):
    loader = RecordingLoader(ROWS)
    model = LazyTableModel(COLUMNS, loader, page_size=50)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() >= 50)
    assert loader.calls[0] == (0, 50)
    assert model.rowCount() < len(ROWS)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: len(loader.calls) >= 2)
    offsets = [offset for offset, _ in loader.calls]
    assert offsets == sorted(offsets) and offsets[1] == 50


def test_columns_format_and_align_and_expose_the_row():
    model = LazyTableModel(COLUMNS, slice_loader(ROWS), page_size=100)
    model.fetchMore(QModelIndex())
    index = model.index(3, 2)
    assert model.data(index) == "Rp3.750"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.data(index, ROW_ROLE) == ROWS[3]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
    assert model.find_row(lambda r: r.number == 42) == 42


def test_a_refused_read_stops_fetching_and_is_reported(qtbot):
    def refuse(offset, limit):
        raise DomainError("permission_denied", "Tidak berwenang.")
    model = LazyTableModel(COLUMNS, refuse)
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args[0].message == "Tidak berwenang."
    assert not model.canFetchMore(QModelIndex()) and model.rowCount() == 0
