"""A report's chart with QtCharts, from the same series the PDF draws, in the window's theme."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette

from orderdesk.services.reports.base import ReportTable
from orderdesk.services.reports.series import chart_series, value_step

_QT_LOCALE = {"en": "en_GB", "ru": "ru_RU", "pl": "pl_PL", "zh": "zh_CN"}


class ReportChart(QChartView):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.show_table(None)

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def show_table(self, table: ReportTable | None) -> None:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if self._dark() else QChart.ChartTheme.ChartThemeLight)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(_QT_LOCALE.get(self.language, "en_GB")))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        categories, series = chart_series(table, self.language) if table is not None else ([], [])
        if categories:
            axis_x = QBarCategoryAxis()
            axis_x.append(categories)
            if len(categories) > 8:
                axis_x.setLabelsAngle(-60)
                axis_x.setTruncateLabels(False)  # slanted, a day fits; truncated it was "…"
            axis_y = QValueAxis()
            axis_y.setMin(0)
            values = [v for _name, vs in series for v in vs]
            top = max(values, default=0.0)
            whole = all(float(v).is_integer() for v in values)
            # The same lines as the PDF: 1, 2 or 5 times a power of ten, whole numbers for counts.
            step = value_step(top, whole) or 1.0
            axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
            axis_y.setTickAnchor(0)
            axis_y.setTickInterval(step)
            axis_y.setMax(max(step, math.ceil(top / step) * step))
            axis_y.setLabelFormat("%.0f" if step >= 1 else "%.1f")
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            if table is not None and table.chart is not None and table.chart.kind == "line":
                for name, values in series:
                    line = QLineSeries()
                    line.setName(name)
                    for i, v in enumerate(values):
                        line.append(QPointF(i, v))
                    chart.addSeries(line)
                    line.attachAxis(axis_x)
                    line.attachAxis(axis_y)
            else:
                bars = QBarSeries()
                for name, values in series:
                    bar_set = QBarSet(name)
                    bar_set.append(values)
                    bars.append(bar_set)
                chart.addSeries(bars)
                bars.attachAxis(axis_x)
                bars.attachAxis(axis_y)
        chart.legend().setVisible(len(series) > 1)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
