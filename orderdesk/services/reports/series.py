"""A report table as chart data, the same for the window's QtCharts and the PDF's ReportLab charts,
so screen and paper agree."""

from __future__ import annotations

import math
from typing import Any

from orderdesk.money import Money
from orderdesk.services.reports.base import MONEY, ReportTable
from orderdesk.services.reports.formatting import cell

MAX_CATEGORIES = 31  # a month of days; more bars than that are unreadable


def chart_series(table: ReportTable, language: str) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """(categories, [(series name, values)]) for a table's chart; grouped tables are pivoted
    (one series per value of the group column); the last MAX_CATEGORIES categories are kept."""
    spec = table.chart
    if spec is None or not table.rows:
        return [], []
    keys = [c.key for c in table.columns]
    xi = keys.index(spec.x)
    x_col = table.columns[xi]
    if spec.group:
        gi, vi = keys.index(spec.group), keys.index(spec.series[0])
        group_col = table.columns[gi]
        cats: list[str] = []
        groups: dict[str, dict[str, float]] = {}
        for row in table.rows:
            x = cell(table, x_col, row, language)
            if x not in cats:
                cats.append(x)
            g = cell(table, group_col, row, language) or "–"
            groups.setdefault(g, {})
            groups[g][x] = groups[g].get(x, 0.0) + value(table, vi, row)
        cats = cats[-MAX_CATEGORIES:]
        return cats, [(g, [vals.get(x, 0.0) for x in cats]) for g, vals in groups.items()]
    rows = table.rows[-MAX_CATEGORIES:]
    cats = [cell(table, x_col, row, language) for row in rows]
    if spec.x2:
        x2_col = table.columns[keys.index(spec.x2)]
        seconds = [cell(table, x2_col, row, language) for row in rows]
        cats = [f"{x} · {x2}" if x2 else x for x, x2 in zip(cats, seconds, strict=True)]
    series = []
    for key in spec.series:
        i = keys.index(key)
        series.append((table.columns[i].title, [value(table, i, row) for row in rows]))
    return cats, series


def value(table: ReportTable, index: int, row: tuple[Any, ...]) -> float:
    """A cell as a chart's number: money in major units (129.90, not 12990 minor units)."""
    raw = row[index]
    if raw is None:
        return 0.0
    if table.columns[index].kind == MONEY:
        keys = [c.key for c in table.columns]
        if "currency" in keys:
            return float(Money(int(raw), str(row[keys.index("currency")])).decimal)
    return float(raw)


def value_step(top: float, integers: bool) -> float | None:
    """A value-axis step of 1, 2 or 5 times a power of ten giving about five lines; whole numbers
    for counts (a chart of one order has no 0.2 line)."""
    if top <= 0:
        return 1.0 if integers else None
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0) if integers else step
