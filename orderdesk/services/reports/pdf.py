"""The PDF report: ReportLab's own charts (vector, no screenshots) and tables, with the shipped
fonts so Cyrillic, Polish and Chinese print (see services/documents/fonts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from orderdesk.services.documents.fonts import BOLD, REGULAR, register_fonts, runs, text_width
from orderdesk.services.reports import pdf_chart
from orderdesk.services.reports.base import ReportTable
from orderdesk.services.reports.formatting import cell

WIDTH = 180 * mm  # A4 less the margins
WIDEST = 60 * mm  # a long value wraps rather than squeezing the other columns


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
        chart = pdf_chart.chart(table, language)
        if chart is not None:
            block += [chart, Spacer(1, 3 * mm)]
        block.append(_table(table, language, offset, body))
        if table.note:
            block.append(Paragraph(markup(table.note), note))
        story.append(KeepTogether(block[:3]) if len(block) > 3 else KeepTogether(block))
        story += block[3:]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        initialFontName=REGULAR,  # not Helvetica: every font in the file is embedded
    )
    doc.build(story)


def _table(table: ReportTable, language: str, offset: int, style: ParagraphStyle) -> Table:
    narrow = len(table.columns) > 8  # e.g. complaints: smaller type and padding, whole words
    if narrow:
        style = ParagraphStyle("narrow", parent=style, fontSize=7, leading=8.5)
    pad = 3 if narrow else 6
    texts = [[cell(table, c, row, language, offset) for c in table.columns] for row in table.rows]
    header = [Paragraph(markup(c.title, bold=True), style) for c in table.columns]
    data = [header] + [[Paragraph(markup(text), style) for text in row] for row in texts]
    widths = _widths(table, texts, style.fontSize, pad)
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the cells are paragraphs; not Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return t


def _widths(table: ReportTable, texts: list[list[str]], size: float, pad: float) -> list[float]:
    """Column widths on the page, measured in the fonts used: each column gets at least its
    heading's longest word (headings break between words, never inside one: "Стра-на"), then
    the room left goes to the columns whose values want more, up to their longest value."""
    least, want = [], []
    for i, column in enumerate(table.columns):
        word = max((text_width(w, size, bold=True) for w in column.title.split()), default=0.0)
        value = max((text_width(row[i], size) for row in texts), default=0.0)
        least.append(word + 2 * pad + 1)
        want.append(max(least[-1], min(value + 2 * pad + 1, WIDEST)))
    if sum(least) >= WIDTH:  # even the words do not fit: shrink evenly
        return [w * WIDTH / sum(least) for w in least]
    if sum(want) <= WIDTH:  # everything fits: spread the spare room in proportion
        return [w * WIDTH / sum(want) for w in want]
    share = (WIDTH - sum(least)) / (sum(want) - sum(least))
    return [lo + (hi - lo) * share for lo, hi in zip(least, want, strict=True)]
