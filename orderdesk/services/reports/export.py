"""Report tables to files: CSV and XLSX for spreadsheets, a PDF with charts for printing.

CSV and XLSX carry machine values (money in major units, ISO instants) under translated
headers; the PDF carries what a reader sees, in the documents language, with embedded fonts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from orderdesk.i18n import _, language_scope
from orderdesk.services.reports.base import INT, MONEY, PERCENT, ReportQuery, ReportTable
from orderdesk.services.reports.formatting import cell, day_text, plain

if TYPE_CHECKING:
    from orderdesk.services.reports import ReportService


def to_csv(table: ReportTable, *, keys: bool = False, delimiter: str = ",") -> str:
    """CSV text; ``keys`` writes the columns' stable keys as the header (for scripts)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([c.key if keys else c.title for c in table.columns])
    for row in table.rows:
        writer.writerow(["" if (v := plain(table, c, row)) is None else v for c in table.columns])
    return out.getvalue()


def write_csv(table: ReportTable, path: Path) -> None:
    # A BOM so Excel opens UTF-8 (Cyrillic, Chinese) correctly; ';' is what Excel expects in
    # most European locales, and every spreadsheet reads it.
    path.write_text("\ufeff" + to_csv(table, delimiter=";"), encoding="utf-8", newline="")


def write_xlsx(tables: Sequence[ReportTable], path: Path) -> None:
    """One sheet per table; numbers stay numbers so the shop can sum and chart them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables:
        name = _sheet_name(table.title, used)
        sheet = book.create_sheet(name)
        sheet.append([c.title for c in table.columns])
        for c in sheet[1]:
            c.font = Font(bold=True)
        for row in table.rows:
            values = []
            for column in table.columns:
                value = plain(table, column, row)
                if column.kind == MONEY and value is not None:
                    value = float(value)
                values.append(value)
            sheet.append(values)
        for i, column in enumerate(table.columns, start=1):
            fmt = {MONEY: "#,##0.00", INT: "0", PERCENT: "0.0"}.get(column.kind)
            if fmt:
                for (c,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                    c.number_format = fmt
            sheet.column_dimensions[sheet.cell(row=1, column=i).column_letter].width = max(10, len(column.title) + 2)
        if table.note:
            sheet.append([])
            sheet.append([table.note])
    book.save(path)


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ , unique in the book.
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Report"
    name, n = base, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def write_pdf(
    tables: Sequence[ReportTable], path: Path, query: ReportQuery, language: str, shop_name: str = ""
) -> None:
    """An A4 report: per table its title, chart, table and note, in ``language``. The tables'
    titles and headings are as they were made: make them with ``ReportService.run(...,
    language=language)``, or call :func:`write_report_pdf`."""
    from orderdesk.services.reports.pdf import build

    with language_scope(language):
        heading = _("Report {start} – {end}").format(
            start=day_text(query.date_from, language), end=day_text(query.date_to, language)
        )
        build(path, tables, heading if not shop_name else f"{shop_name}: {heading}", language, query.utc_offset_minutes)


def write_report_pdf(
    service: ReportService, names: Sequence[str], path: Path, query: ReportQuery, language: str, shop_name: str = ""
) -> None:
    """The reports ``names`` run and printed wholly in the documents ``language``: titles,
    column headings, chart labels, notes, dates and money, whatever the interface speaks."""
    tables = [service.run(name, query, language=language) for name in names]
    write_pdf(tables, path, query, language, shop_name)


__all__ = ["cell", "to_csv", "write_csv", "write_pdf", "write_report_pdf", "write_xlsx"]
