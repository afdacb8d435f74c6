"""A report's chart for the PDF: ReportLab's bar and line charts with our own category labels and
legend, drawn run by run in the shipped fonts (the Chinese font has no digits or Latin letters,
so a label like "90% 用时不超过" needs two fonts in one line, which ReportLab's labels cannot)."""

from __future__ import annotations

import math

from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from orderdesk.services.documents.fonts import REGULAR, runs, text_width
from orderdesk.services.reports.base import ReportTable
from orderdesk.services.reports.formatting import babel_locale
from orderdesk.services.reports.series import chart_series, value_step

PALETTE = (
    colors.HexColor("#3b6ea5"),
    colors.HexColor("#e07b39"),
    colors.HexColor("#5aa469"),
    colors.HexColor("#c9485b"),
    colors.HexColor("#8e6bbf"),
    colors.HexColor("#9c7a3c"),
)
WIDTH, HEIGHT = 180 * mm, 60 * mm
LABEL_SIZE, LEGEND_SIZE = 6, 7
LEGEND_CHARS = 30


def text(value: str, size: float, anchor: str = "start") -> Group:
    """One line of text as a group of strings, one per font run, from (0, 0) on the baseline;
    ``anchor`` start, middle or end as a ReportLab String's."""
    width = text_width(value, size)
    x = {"start": 0.0, "middle": -width / 2, "end": -width}[anchor]
    group = Group()
    for run in runs(value):
        group.add(String(x, 0, run.text, fontName=run.font, fontSize=size, fillColor=colors.black))
        x += text_width(run.text, size)
    return group


def chart(table: ReportTable, language: str) -> Drawing | None:
    cats, series = chart_series(table, language)
    if not cats:
        return None
    drawing = Drawing(WIDTH, HEIGHT, initialFontName=REGULAR)  # not Helvetica, which is not embedded
    plot = HorizontalLineChart() if table.chart and table.chart.kind == "line" else VerticalBarChart()
    plot.x, plot.y, plot.width, plot.height = 12 * mm, 16 * mm, WIDTH - 62 * mm, HEIGHT - 20 * mm
    plot.data = [tuple(values) for _name, values in series]
    plot.categoryAxis.categoryNames = cats
    plot.categoryAxis.visibleLabels = False  # drawn below, run by run
    _value_axis(plot, [v for _name, vs in series for v in vs], babel_locale(language))
    for i in range(len(series)):
        colour = PALETTE[i % len(PALETTE)]
        if isinstance(plot, VerticalBarChart):
            plot.bars[i].fillColor = colour
            plot.bars[i].strokeColor = None
        else:
            plot.lines[i].strokeColor = colour
    drawing.add(plot)
    _category_labels(drawing, plot, cats)
    _legend(drawing, [name for name, _values in series])
    return drawing


def _value_axis(plot, values: list[float], locale: str) -> None:
    axis = plot.valueAxis
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = LABEL_SIZE
    axis.valueMin = 0
    top = max(values, default=0.0)
    step = value_step(top, all(float(v).is_integer() for v in values))
    if step:
        axis.valueStep = step
        axis.valueMax = max(step, math.ceil(top / step) * step)
    number = "#,##0" if (step or 1) >= 1 else "#,##0.##"
    # The language's digits and decimal sign on the axis too (0,5 in Russian and Polish).
    axis.labelTextFormat = lambda v: format_decimal(v, format=number, locale=locale)


def _category_labels(drawing: Drawing, plot, cats: list[str]) -> None:
    """Each category's label under its bar (or point), slanted when there are many."""
    slot = plot.width / len(cats)
    slanted = len(cats) > 8
    for i, name in enumerate(cats):
        x = plot.x + (i + 0.5) * slot
        label = text(name, LABEL_SIZE, "end" if slanted else "middle")
        if slanted:
            label.transform = (0.7071, 0.7071, -0.7071, 0.7071, x, plot.y - 3)  # 45° up to the right
        else:
            label.transform = (1, 0, 0, 1, x, plot.y - 3 - LABEL_SIZE)
        drawing.add(label)


def _legend(drawing: Drawing, names: list[str]) -> None:
    x, y = WIDTH - 46 * mm, HEIGHT - 6 * mm
    for i, name in enumerate(names[:12]):
        top = y - i * (LEGEND_SIZE + 4)
        drawing.add(Rect(x, top - 1, 6, 6, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        label = text(name[:LEGEND_CHARS], LEGEND_SIZE)
        label.transform = (1, 0, 0, 1, x + 9, top)
        drawing.add(label)
