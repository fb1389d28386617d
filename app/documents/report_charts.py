"""Charts for the report PDFs (reportlab.graphics): bars for a trend per day or month,
one colour per series, a legend under the plot."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.documents.pdf_base import GREY, INK, RED, pdf_text
from app.domain.fmt import number
from app.domain.reports_table import Chart

PALETTE = (RED, colors.HexColor("#5B6770"), colors.HexColor("#E8A33D"), colors.HexColor("#3C8D5A"),
           colors.HexColor("#7A4FA0"))


def _axis_label(value: float) -> str:
    """Short rupiah for an axis: 12.500.000 -> '12,5 jt'."""
    v = int(value)
    if abs(v) >= 1_000_000_000:
        return f"{v / 1e9:.1f} M".replace(".", ",")
    if abs(v) >= 1_000_000:
        return f"{v / 1e6:.1f} jt".replace(".", ",")
    if abs(v) >= 1_000:
        return f"{v / 1e3:.0f} rb"
    return number(v)


def chart_drawing(chart: Chart, width: float, height: float = 150) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 10, pdf_text(chart.title), fontName="Helvetica-Bold", fontSize=9, fillColor=INK))
    if not chart.labels or not chart.series:
        d.add(String(0, height / 2, "Tidak ada data pada periode ini.", fontName="Helvetica", fontSize=8,
                     fillColor=GREY))
        return d
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 48, 34, width - 58, height - 56
    bc.data = [list(values) for _, values in chart.series]
    bc.categoryAxis.categoryNames = [pdf_text(l) for l in chart.labels]
    bc.categoryAxis.labels.fontSize = 6
    crowded = len(chart.labels) * 34 > bc.width  # labels would overlap: slant them
    bc.categoryAxis.labels.angle = 45 if crowded else 0
    bc.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    bc.valueAxis.labels.fontSize = 6
    bc.valueAxis.labelTextFormat = _axis_label
    bc.valueAxis.valueMin = min(0, min(min(v) for _, v in chart.series))
    bc.valueAxis.strokeColor = bc.categoryAxis.strokeColor = GREY
    bc.groupSpacing, bc.barSpacing = 2, 0.5
    if len(chart.series) > 1:
        bc.categoryAxis.style = "stacked"
    for i in range(len(chart.series)):
        bc.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        bc.bars[i].strokeColor = None
    d.add(bc)
    legend = Legend()
    legend.x, legend.y = 48, 6
    legend.fontSize, legend.columnMaximum, legend.dx, legend.dy = 7, 1, 6, 6
    legend.alignment = "right"
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], pdf_text(name)) for i, (name, _) in enumerate(chart.series)]
    d.add(legend)
    return d
