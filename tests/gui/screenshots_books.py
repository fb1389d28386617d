"""Screenshots of the treasurer's screens (`make screenshots` calls `treasurer` last, so its
period and year close stay out of the other screens): Laporan (the PHU with anggota and
non-anggota columns), Pembukuan (Bagan Akun, Periode), SHU (Simulasi, Tahun Buku of the
closed 2025), the Rekening Koran Bulanan dialog after a run, and the first page of one
member's monthly statement."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from app.bootstrap import open_context
from app.documents import monthly_statement as statement
from app.domain.monthly_statement import MemberMonth
from app.services import auth, demo, ledger, member_statements, year_close
from app.ui.pages.statements_dialog import StatementsDialog
from app.ui.session import Session, SessionEvents
from app.ui.tasks import TaskRunner
from tests.gui.screenshots import NOW, SIZE, _main_window, _save, _settle

STATEMENT_WIDTH = 910  # pixels across an A4 page (about 110 dpi)


def treasurer(ctx, runner: TaskRunner, out: Path, workdir: Path) -> None:
    bendahara = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    window = _main_window(ctx, runner, "bendahara")
    reports = window.show_page("reports")
    reports.choose("phu", "2026-11")
    runner.wait()
    _save(window, out, "reports.png", (SIZE[0], 860))  # the whole PHU, down to the SHU

    _close_books(ctx)
    books = window.show_page("journal")
    accounts = books.show_tab("accounts")
    accounts.select("1203")
    _save(window, out, "books_accounts.png")
    periods = books.show_tab("periods")
    periods.refresh()
    periods.select_month("2026-10")
    periods.select_year(2025)
    _save(window, out, "books_periods.png")

    shu_page = window.show_page("shu")
    simulation = shu_page.simulation
    runner.wait()
    simulation.year.setValue(2026)  # the running year, to prepare the RAT: purchases and loan interest
    runner.wait()
    _settle(300)  # the recompute timer
    simulation.members_view.selectRow(0)
    _save(window, out, "shu.png")
    year = shu_page.show_tab("tahun")
    year.year.setValue(2025)
    year.compute_button.click()
    runner.wait()
    year.members_view.selectRow(0)
    _save(window, out, "shu_year.png")
    window.close_now()

    folder = workdir / "rekening-koran"
    folder.mkdir()
    dialog = StatementsDialog(Session(ctx, bendahara, runner, SessionEvents()), open_file=lambda _p: None)
    dialog.folder.setText(str(folder))
    dialog.duplex.setChecked(True)
    dialog.show()
    dialog.run_button.click()
    runner.wait(120_000)
    _settle()
    if dialog.box is not None:
        dialog.box.reject()  # the offer to open the combined PDF
    _save(dialog, out, "statements_dialog.png", (640, dialog.sizeHint().height()))
    dialog.accept()

    # The picture is of the running month (as far as today), where the demo's members shop.
    data = member_statements.gather(ctx.reader(), bendahara, NOW.strftime("%Y-%m"))
    member = _telling_member(data.members)
    _statement_page(data, member).save(str(out / "monthly_statement.png"))
    print(out / "monthly_statement.png")


def _close_books(ctx) -> None:
    """The books as a treasurer keeps them, each close on its own day: 2025 closed (December,
    then the year) in January, 2026 closed through September early in October; October is
    over and waits for Tutup Bulan."""
    when = [datetime(2026, 1, 8, 3, 0, tzinfo=timezone.utc)]
    dated = open_context(str(ctx.sqlite_path), clock=lambda: when[0], upgrade=False)
    try:
        bendahara = auth.login(dated.uow(), "bendahara", demo.DEMO_PIN)
        ledger.close_period(dated.uow(), bendahara, "2025-12")
        when[0] = datetime(2026, 1, 12, 7, 30, tzinfo=timezone.utc)
        year_close.close_year(dated.uow(), bendahara, 2025)
        when[0] = datetime(2026, 10, 5, 2, 45, tzinfo=timezone.utc)
        ledger.close_period(dated.uow(), bendahara, "2026-09")
    finally:
        dated.close()


def _telling_member(members) -> MemberMonth:
    """A member whose first page shows every part: savings moved, an installment paid, purchases."""
    return next((m for m in members if any(s.lines for s in m.sections) and any(loan.payments for loan in m.loans)
                 and m.purchases.count >= 3), members[0])


class _PainterPen:
    """The statement's Pen (text, rect, line in PDF points, origin bottom left) drawn with
    QPainter. PySide6-Essentials has no QtPdf to render the PDF itself; this draws the same
    rows the PDF is made of. Helvetica is rarely installed, so each string is scaled across
    to Helvetica's width: columns and right edges land where the PDF has them."""

    def __init__(self, painter: QPainter, scale: float) -> None:
        self.p = painter
        self.k = scale
        self.fonts: dict[tuple[str, float], QFont] = {}
        self.texts: list[tuple] = []  # drawn after the shapes, as the PDF does

    def _y(self, y: float) -> float:
        return (statement.PAGE_H - y) * self.k

    @staticmethod
    def _color(c) -> QColor:
        return QColor.fromRgbF(c.red, c.green, c.blue)

    def _font(self, name: str, size: float) -> QFont:
        font = self.fonts.get((name, size))
        if font is None:
            font = self.fonts[name, size] = QFont("Helvetica")
            font.setStyleHint(QFont.StyleHint.SansSerif)
            font.setPixelSize(max(1, round(size * self.k)))
            font.setBold(name == statement.BOLD)
        return font

    def text(self, x: float, y: float, text: str, font: str, size: float, color, right: bool) -> None:
        self.texts.append((x, y, text, font, size, color, right))

    def draw_texts(self) -> None:
        for args in self.texts:
            self._draw_text(*args)
        self.texts.clear()

    def _draw_text(self, x: float, y: float, text: str, font: str, size: float, color, right: bool) -> None:
        width = statement.width_of(text, font, size)
        if right:
            x -= width
        qfont = self._font(font, size)
        drawn = QFontMetricsF(qfont).horizontalAdvance(text)
        self.p.save()
        self.p.setFont(qfont)
        self.p.setPen(self._color(color))
        self.p.translate(x * self.k, self._y(y))
        if drawn > 0:
            self.p.scale(width * self.k / drawn, 1.0)
        self.p.drawText(QPointF(0, 0), text)
        self.p.restore()

    def rect(self, x: float, y: float, w: float, h: float, fill=None, stroke=None, line_width: float = 0.6) -> None:
        area = QRectF(x * self.k, self._y(y + h), w * self.k, h * self.k)
        if fill is not None:
            self.p.fillRect(area, self._color(fill))
        if stroke is not None:
            self.p.setPen(QPen(self._color(stroke), line_width * self.k))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(area)

    def line(self, x1: float, y1: float, x2: float, y2: float, color, line_width: float) -> None:
        self.p.setPen(QPen(self._color(color), line_width * self.k))
        self.p.drawLine(QPointF(x1 * self.k, self._y(y1)), QPointF(x2 * self.k, self._y(y2)))


def _statement_page(data, member: MemberMonth) -> QImage:
    """The first page of the member's statement, as `monthly_statement.render` lays it out."""
    k = STATEMENT_WIDTH / statement.PAGE_W
    image = QImage(STATEMENT_WIDTH, round(statement.PAGE_H * k), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    pages = statement.paginate(statement.member_rows(data, member))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    pen = _PainterPen(painter, k)
    for row, y in pages[0].rows:
        row.draw(pen, y)
    statement._furniture(pen, data, member, 1, len(pages))
    pen.draw_texts()
    painter.end()
    return image
