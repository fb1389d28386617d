"""The one table model of the GUI: rows are service result objects, columns are specs,
and rows arrive page by page as the view scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain.errors import DomainError

Loader = Callable[[int, int], Sequence[Any]]  # loader(offset, limit) -> rows

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# The role that returns the row object itself, for pages that act on a selection.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    name: str
    header: str  # already translated by the page that builds the spec
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = LEFT
    fmt: Callable[[Any], str] = _text  # e.g. app.domain.fmt.rupiah for money


def slice_loader(rows: Sequence[Any]) -> Loader:
    """A loader over rows already in memory (journal lines, users, backups)."""
    return lambda offset, limit: list(rows[offset:offset + limit])


class LazyTableModel(QAbstractTableModel):
    """Read-only rows from `loader`, fetched `page_size` at a time.

    A page shorter than `page_size` means the end was reached. A DomainError from
    the loader (e.g. permission withdrawn) stops fetching and is reported by signal.
    """

    load_failed = Signal(object)

    def __init__(self, columns: Sequence[Column], loader: Loader | None = None, *,
                 page_size: int = 100, parent=None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._loader = loader
        self._page_size = page_size
        self._rows: list[Any] = []
        self._more = loader is not None
        self._resetting = False

    # --- Qt model interface ------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.fmt(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section].align.value)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._loader is None or self._resetting:
            return  # (views and testers may ask while the reset is still being announced)
        try:
            page = list(self._loader(len(self._rows), self._page_size))
        except DomainError as err:
            self._more = False
            self.load_failed.emit(err)
            return
        self._more = len(page) >= self._page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- for pages ---------------------------------------------------------

    def set_loader(self, loader: Loader | None) -> None:
        """Forget every row and start again (new filter, data changed)."""
        self._resetting = True
        try:
            self.beginResetModel()
            self._loader = loader
            self._rows = []
            self._more = loader is not None
            self.endResetModel()
        finally:
            self._resetting = False

    def reload(self) -> None:
        self.set_loader(self._loader)

    def load_first_page(self) -> None:
        """Load the first page now (a view does this itself once it is shown)."""
        if self.canFetchMore() and not self._rows:
            self.fetchMore()

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    @property
    def loaded_rows(self) -> int:
        return len(self._rows)
