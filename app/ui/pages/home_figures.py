"""The books' part of the Beranda, for those who read reports: five tiles (sales today,
this month against last, Kas and Bank, savings, loans with NPL in the health colour) and
three charts (the last 30 days, this month against last cumulatively, loan quality)."""

from __future__ import annotations

from itertools import accumulate
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.savings import SavingsType
from app.services.dashboard import Dashboard, SalesFigures, previous_month
from app.ui.pages.home_charts import BarChart, HBarChart, LineChart, Row, Series, compact_rupiah
from app.ui.pages.home_tiles import Tile
from app.ui.pages.loan_labels import HEALTH_COLOURS, bucket_text, health_text, pct
from app.ui.style import RED
from app.ui.widgets import card

# Bar colours by kolektibilitas (stronger than the table badges: bars on white).
QUALITY = ("#43a047", "#e6b800", "#fb8c00", "#f4511e", "#b3261e")
GREEN, AMBER = "#1b5e20", "#a15c00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


def _short(amount: int) -> str:
    return compact_rupiah(amount, "Rp")


def quality_colour(code: int, count: int) -> QColor:
    step = 0 if count <= 1 else round((code - 1) * (len(QUALITY) - 1) / (count - 1))
    return QColor(QUALITY[max(0, min(step, len(QUALITY) - 1))])


class HomeFigures:
    """Fills `holder` with the tiles and charts; `show(d)` puts a dashboard's figures in."""

    def __init__(self, make_tile: Callable[[str, str], Tile], holder: QWidget) -> None:
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)
        outer.addLayout(self.tile_grid)
        self.tiles = {key: make_tile(key, title) for key, title in (
            ("today", _tr("Penjualan hari ini")), ("month", _tr("Penjualan bulan ini")),
            ("cash", _tr("Kas dan bank")), ("savings", _tr("Simpanan anggota")),
            ("loans", _tr("Pinjaman beredar")))}
        self.columns = 0
        self.reflow(len(self.tiles))
        self.daily = BarChart("#e8a19b", RED)
        self.daily.empty_text = _tr("Belum ada penjualan dalam 30 hari terakhir.")
        self.months = LineChart()
        self.months.empty_text = _tr("Belum ada penjualan bulan ini dan bulan lalu.")
        self.quality = HBarChart()
        self.quality.empty_text = _tr("Tidak ada pinjaman berjalan.")
        self.chart_cards = []
        charts = QGridLayout()
        charts.setSpacing(12)
        for col, (title, chart) in enumerate(((_tr("Penjualan 30 hari terakhir"), self.daily),
                                              (_tr("Bulan ini dan bulan lalu (kumulatif)"), self.months),
                                              (_tr("Kualitas pinjaman (kolektibilitas)"), self.quality))):
            frame, layout = card(title)
            heading = frame.findChild(QLabel, "cardTitle")
            heading.setWordWrap(True)  # a narrow window wraps the title rather than widening the page
            heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.setContentsMargins(12, 8, 12, 8)
            layout.addWidget(chart, 1)
            frame.setMinimumHeight(190)
            self.chart_cards.append(frame)
            charts.addWidget(frame, 0, col)
            charts.setColumnStretch(col, 1)
        outer.addLayout(charts)

    def reflow(self, columns: int) -> None:
        """Five tiles across on a wide window, three per row on a narrow one (rupiah stay whole)."""
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles.values()):
            self.tile_grid.addWidget(tile, i // columns, i % columns)
        for col in range(len(self.tiles)):
            self.tile_grid.setColumnStretch(col, 1 if col < columns else 0)

    def show(self, d: Dashboard) -> None:
        s = d.sales
        t = self.tiles
        if s is not None:
            t["today"].set(fmt.rupiah(s.today_rp), _tr("{count} transaksi").format(count=s.today_count))
            self._month(s)
            self._charts(s)
        if d.cash is not None:
            t["cash"].set(fmt.rupiah(d.cash.total_rp), _tr("Kas {kas} · Bank {bank}").format(
                kas=_short(d.cash.kas_rp), bank=_short(d.cash.bank_rp)),
                colour=RED if d.cash.kas_rp < 0 or d.cash.bank_rp < 0 else None)
            t["cash"].setToolTip(_tr("Kas {kas}\nKas di Bank {bank}").format(
                kas=fmt.rupiah(d.cash.kas_rp), bank=fmt.rupiah(d.cash.bank_rp)))
        if d.savings_rp is not None:
            amounts = {st.value: d.savings_rp.get(st.value, 0) for st in SavingsType}
            t["savings"].set(fmt.rupiah(d.savings_total_rp), _tr("Pokok {pokok} · Wajib {wajib} · Sukarela {sukarela}")
                             .format(**{k: _short(v) for k, v in amounts.items()}))
            t["savings"].setToolTip(_tr("Pokok {pokok}\nWajib {wajib}\nSukarela {sukarela}")
                                    .format(**{k: fmt.rupiah(v) for k, v in amounts.items()}))
        if d.loans is not None:
            loans = d.loans
            t["loans"].set(fmt.rupiah(loans.outstanding_rp), _tr("{count} pinjaman · NPL {npl}% · {health}").format(
                count=loans.running, npl=pct(loans.npl_pct), health=health_text(loans.health)))
            t["loans"].note.setStyleSheet(f"color: {HEALTH_COLOURS.get(loans.health, '#666')}; font-weight: bold;")
            count = len(loans.by_bucket)
            self.quality.set_rows([
                Row(bucket_text(b.code, b.name), amount, _tr("{n} · {amount}").format(n=n, amount=_short(amount)),
                    quality_colour(b.code, count), _tr("{bucket}: {n} pinjaman, sisa pokok {amount}").format(
                        bucket=bucket_text(b.code, b.name), n=n, amount=fmt.rupiah(amount)))
                for b, n, amount in loans.by_bucket])

    def _month(self, s: SalesFigures) -> None:
        change = s.change_pct
        first_last, _ = previous_month(s.as_of)
        last = fmt.month(first_last.year, first_last.month).split(" ")[0]
        to_day = _tr("{month} s.d. tgl {day}: {amount}").format(
            month=last, day=s.as_of.day, amount=_short(s.last_month_to_day_rp))
        if change is not None:
            to_day += f" ({'+' if change > 0 else ''}{pct(change, 1)}%)"
        whole = _tr("{month} penuh: {amount}").format(month=last, amount=_short(s.last_month_rp))
        self.tiles["month"].set(fmt.rupiah(s.this_month_rp), f"{to_day}\n{whole}")
        colour = None if change is None else (GREEN if change >= 0 else RED)
        self.tiles["month"].note.setStyleSheet(f"color: {colour};" if colour else "")
        self.tiles["month"].setToolTip(_tr("{month} s.d. tgl {day}: {to_day}\n{month} penuh: {whole}").format(
            month=last, day=s.as_of.day, to_day=fmt.rupiah(s.last_month_to_day_rp), whole=fmt.rupiah(s.last_month_rp)))

    def _charts(self, s: SalesFigures) -> None:
        self.daily.set_data([str(day.day) for day, _ in s.daily], [amount for _, amount in s.daily],
                            [fmt.day(day) for day, _ in s.daily])
        first_last, _ = previous_month(s.as_of)
        this_name = fmt.month(s.as_of.year, s.as_of.month).split(" ")[0]
        last_name = fmt.month(first_last.year, first_last.month).split(" ")[0]
        self.months.set_series(max(len(s.last_month), 28), [
            Series(last_name, tuple(accumulate(s.last_month)), "#8a8a8a", dashed=True),
            Series(this_name, tuple(accumulate(s.this_month)), RED)])
