"""The bar chart of incidents per month (reportlab.graphics, vector, no image)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import cm

from export.dossier import fonts, labels
from export.dossier.styles import ACCENT, GREY

MAX_LABELS = 18


def months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def per_month_chart(days: list[dt.date], width: float = 17 * cm,
                    height: float = 6.5 * cm) -> Drawing:
    """Incidents per calendar month from the first to the last, empty months included."""
    counts = Counter((d.year, d.month) for d in days)
    months = months_between(min(days), max(days))
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = width - 40, height - 45
    chart.data = [[counts.get(m, 0) for m in months]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    step = max(1, -(-len(months) // MAX_LABELS))
    chart.categoryAxis.categoryNames = [
        f"{labels.MONTHS[m - 1]} {y % 100:02d}" if i % step == 0 else ""
        for i, (y, m) in enumerate(months)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 8 else "n"
    top = max(chart.data[0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) + max(1, top // 10)
    chart.valueAxis.valueStep = max(1, -(-top // 5))
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    drawing.add(chart)
    drawing.add(String(0, height - 10, "Vorfälle je Monat", fontName=fonts.BOLD, fontSize=8,
                       fillColor=GREY))
    return drawing
