"""The PDF report: ReportLab's own charts (vector, no screenshots) and tables, with the shipped
fonts so Cyrillic, Polish and Chinese print (see services/documents/fonts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from orderdesk.services.documents.fonts import BOLD, CJK, REGULAR, register_fonts, runs
from orderdesk.services.reports.base import ReportTable
from orderdesk.services.reports.formatting import cell
from orderdesk.services.reports.series import chart_series

PALETTE = (
    colors.HexColor("#3b6ea5"),
    colors.HexColor("#e07b39"),
    colors.HexColor("#5aa469"),
    colors.HexColor("#c9485b"),
    colors.HexColor("#8e6bbf"),
    colors.HexColor("#9c7a3c"),
)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup that switches font per run, so any script prints with a glyph."""
    return "".join(f'<font name="{r.font}">{escape(r.text)}</font>' for r in runs(text, bold))


def build(path: Path, tables: Sequence[ReportTable], heading: str, language: str, offset: int) -> None:
    register_fonts()
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8, leading=10)
    note = ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, textColor=colors.grey)
    story = [Paragraph(markup(heading, bold=True), title)]
    for table in tables:
        block = [Paragraph(markup(table.title, bold=True), h2)]
        chart = _chart(table, language)
        if chart is not None:
            block += [chart, Spacer(1, 3 * mm)]
        block.append(_table(table, language, offset, body))
        if table.note:
            block.append(Paragraph(markup(table.note), note))
        story.append(KeepTogether(block[:3]) if len(block) > 3 else KeepTogether(block))
        story += block[3:]
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm
    )
    doc.build(story)


def _table(table: ReportTable, language: str, offset: int, style: ParagraphStyle) -> Table:
    header = [Paragraph(markup(c.title, bold=True), style) for c in table.columns]
    data = [header] + [
        [Paragraph(markup(cell(table, c, row, language, offset)), style) for c in table.columns] for row in table.rows
    ]
    t = Table(data, repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _chart(table: ReportTable, language: str) -> Drawing | None:
    cats, series = chart_series(table, language)
    if not cats:
        return None
    width, height = 180 * mm, 60 * mm
    drawing = Drawing(width, height)
    chart = HorizontalLineChart() if table.chart and table.chart.kind == "line" else VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, width - 60 * mm, height - 20 * mm
    chart.data = [tuple(values) for _name, values in series]
    chart.categoryAxis.categoryNames = cats
    label_font = CJK if any(r.font == CJK for c in cats for r in runs(c)) else REGULAR
    chart.categoryAxis.labels.fontName = label_font
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45 if len(cats) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(cats) > 8 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    for i in range(len(series)):
        colour = PALETTE[i % len(PALETTE)]
        if isinstance(chart, VerticalBarChart):
            chart.bars[i].fillColor = colour
            chart.bars[i].strokeColor = None
        else:
            chart.lines[i].strokeColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 45 * mm, height - 8 * mm
    legend.fontName = CJK if any(r.font == CJK for n, _v in series for r in runs(n)) else REGULAR
    legend.fontSize = 7
    legend.columnMaximum = 12  # one column beside the chart
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name[:30]) for i, (name, _v) in enumerate(series)]
    drawing.add(legend)
    return drawing
