"""The Beranda's three small charts, drawn with QPainter: daily bars, cumulative lines and
horizontal bars by category. QtCharts would need PySide6-Addons (a 175 MB wheel beside the
234 MB Essentials) for three pictures a village PC can draw in a page of code; see
docs/ARCHITECTURE.md. Each chart keeps its numbers (`values`, `series`, `rows`) so tests
read what is drawn, and shows the exact amount of what the mouse is over."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain import fmt

AXIS = QColor("#9a9a9a")
GRID = QColor("#ececec")
TEXT = QColor("#555555")
EMPTY = QColor("#9a9a9a")


def compact_rupiah(amount: int, prefix: str = "") -> str:
    """Axis labels and short notes: 1,2 jt · 850 rb · 3,4 M (Indonesian abbreviations)."""
    sign, a = ("-" if amount < 0 else ""), abs(amount)
    for size, unit in ((1_000_000_000, "M"), (1_000_000, "jt"), (1_000, "rb")):
        if a >= size:
            value = f"{a / size:.1f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{sign}{prefix}{value} {unit}"
    return f"{sign}{prefix}{a}"


def nice_ceiling(value: int) -> int:
    """The top of the axis: 1, 2, 2.5 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return int(step * power)
    return 10 * power


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_text = ""
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 2))
        self.small = small

    def sizeHint(self) -> QSize:
        return QSize(320, 190)

    def _plot_rect(self, top_max: int) -> QRectF:
        metrics = QFontMetrics(self.small)
        label_w = max(metrics.horizontalAdvance(compact_rupiah(round(top_max * i / 4))) for i in range(5)) + 8
        return QRectF(label_w, 8, self.width() - label_w - 6, self.height() - 8 - 20)

    def _y_axis(self, p: QPainter, plot: QRectF, top: int) -> None:
        p.setFont(self.small)
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.setPen(QPen(GRID if i else AXIS, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            p.drawText(QRectF(0, y - 8, plot.left() - 4, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       compact_rupiah(round(top * i / 4)))

    def _empty(self, p: QPainter) -> None:
        p.setPen(EMPTY)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class BarChart(_Chart):
    """One bar per day (the last one, today, in the stronger colour)."""

    def __init__(self, colour: str, today_colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour, self.today_colour = QColor(colour), QColor(today_colour)
        self.labels: list[str] = []
        self.tips: list[str] = []
        self.values: list[int] = []

    def set_data(self, labels: list[str], values: list[int], tips: list[str] | None = None) -> None:
        self.labels, self.values = list(labels), list(values)
        self.tips = list(tips) if tips else list(labels)
        self.update()

    def _geometry(self) -> tuple[QRectF, int, float]:
        top = nice_ceiling(max(self.values, default=0))
        plot = self._plot_rect(top)
        return plot, top, plot.width() / max(1, len(self.values))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(self.values):
            self._empty(p)
            return
        plot, top, slot = self._geometry()
        self._y_axis(p, plot, top)
        every = max(1, round(len(self.values) / 6))
        for i, value in enumerate(self.values):
            height = plot.height() * max(0, value) / top
            x = plot.left() + i * slot + slot * 0.15
            last = i == len(self.values) - 1
            p.fillRect(QRectF(x, plot.bottom() - height, slot * 0.7, height), self.today_colour if last else self.colour)
            if (len(self.values) - 1 - i) % every == 0:
                p.setPen(TEXT)
                p.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 2, slot + 40, 16),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.labels[i])

    def mouseMoveEvent(self, event) -> None:
        if not self.values:
            return
        plot, _top, slot = self._geometry()
        i = int((event.position().x() - plot.left()) // slot)
        if 0 <= i < len(self.values):
            QToolTip.showText(event.globalPosition().toPoint(), f"{self.tips[i]}: {fmt.rupiah(self.values[i])}", self)
        else:
            QToolTip.hideText()


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]  # cumulative, one per day from the 1st
    colour: str
    dashed: bool = False


class LineChart(_Chart):
    """Cumulative lines over the days of a month, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.days = 31

    def set_series(self, days: int, series: list[Series]) -> None:
        self.days, self.series = days, list(series)
        self.update()

    def _geometry(self) -> tuple[QRectF, int]:
        top = nice_ceiling(max((max(s.values, default=0) for s in self.series), default=0))
        plot = self._plot_rect(top)
        plot.setTop(plot.top() + 16)  # room for the legend
        return plot, top

    def _point(self, plot: QRectF, top: int, i: int, value: int) -> QPointF:
        return QPointF(plot.left() + plot.width() * i / max(1, self.days - 1),
                       plot.bottom() - plot.height() * max(0, value) / top)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(any(s.values) for s in self.series):
            self._empty(p)
            return
        plot, top = self._geometry()
        self._y_axis(p, plot, top)
        for day in (1, 10, 20, self.days):
            p.setPen(TEXT)
            x = self._point(plot, top, day - 1, 0).x()
            p.drawText(QRectF(x - 15, plot.bottom() + 2, 30, 16), Qt.AlignmentFlag.AlignHCenter, str(day))
        x = plot.left()
        metrics = QFontMetrics(self.small)
        for s in self.series:
            pen = QPen(QColor(s.colour), 2.2, Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            path = QPainterPath()
            for i, value in enumerate(s.values):
                point = self._point(plot, top, i, value)
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            p.setPen(pen)
            p.drawPath(path)
            p.drawLine(QPointF(x, 8), QPointF(x + 18, 8))
            p.setPen(TEXT)
            p.drawText(QPointF(x + 22, 12), s.name)
            x += 34 + metrics.horizontalAdvance(s.name)

    def mouseMoveEvent(self, event) -> None:
        if not self.series:
            return
        plot, _top = self._geometry()
        day = round((event.position().x() - plot.left()) / plot.width() * (self.days - 1))
        lines = [f"{s.name}: {fmt.rupiah(s.values[day])}" for s in self.series if 0 <= day < len(s.values)]
        if lines:
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join([f"1–{day + 1}"] + lines), self)
        else:
            QToolTip.hideText()


@dataclass(frozen=True)
class Row:
    label: str
    value: int
    note: str  # drawn after the bar, e.g. "3 · Rp12 jt"
    colour: QColor
    tip: str = ""  # the exact figures, under the mouse


class HBarChart(_Chart):
    """One labelled horizontal bar per category (kolektibilitas, in order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = list(rows)
        self.update()

    def _row_height(self) -> float:
        return min(30.0, (self.height() - 8) / max(1, len(self.rows)))

    def _top(self) -> float:
        """The rows sit in the middle of the chart's height."""
        return max(4.0, (self.height() - self._row_height() * len(self.rows)) / 2)

    def mouseMoveEvent(self, event) -> None:
        i = int((event.position().y() - self._top()) // self._row_height())
        if 0 <= i < len(self.rows) and self.rows[i].tip:
            QToolTip.showText(event.globalPosition().toPoint(), self.rows[i].tip, self)
        else:
            QToolTip.hideText()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not any(r.value for r in self.rows):
            self._empty(p)
            return
        metrics = QFontMetrics(self.small)
        p.setFont(self.small)
        # Labels take at most 46% of a narrow chart (elided; the tooltip has the whole name).
        label_w = min(max(metrics.horizontalAdvance(r.label) for r in self.rows) + 10, int(self.width() * 0.46))
        note_w = max(metrics.horizontalAdvance(r.note) for r in self.rows) + 10
        bar_w = max(20.0, self.width() - label_w - note_w)
        top = max(r.value for r in self.rows)
        height, first = self._row_height(), self._top()
        for i, r in enumerate(self.rows):
            y = first + i * height
            p.setPen(TEXT)
            p.drawText(QRectF(0, y, label_w - 8, height), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(r.label, Qt.TextElideMode.ElideRight, label_w - 8))
            width = bar_w * r.value / top if top else 0
            p.fillRect(QRectF(label_w, y + height * 0.2, max(width, 1.5 if r.value else 0), height * 0.6), r.colour)
            p.drawText(QRectF(label_w + width + 6, y, note_w, height), Qt.AlignmentFlag.AlignVCenter, r.note)
