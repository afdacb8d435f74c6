"""A report cell as a reader sees it: money with its currency, hours and shares in the
language's number format, status keys as words. Used by the window, the CLI table and the PDF."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from babel.numbers import format_decimal

from orderdesk.i18n import N_, _
from orderdesk.money import Money
from orderdesk.services.reports.base import DATETIME, INT, MONEY, PERCENT, TEXT, Column, ReportTable
from orderdesk.workflow import Status, label

_BABEL = {"en": "en", "ru": "ru", "pl": "pl", "zh": "zh_Hans_CN"}
STATUS_KEYS = ("status", "job")
DELIVERY_KEYS = ("delivery_method",)
DELIVERY = {
    "pickup_shop": N_("Shop pickup"),
    "pickup_point": N_("Pickup point"),
    "own_courier": N_("Own courier"),
    "carrier": N_("Carrier"),
}


def cell(table: ReportTable, column: Column, row: tuple[Any, ...], language: str, utc_offset_minutes: int = 0) -> str:
    value = row[table.columns.index(column)]
    if value is None:
        return "–"
    locale = _BABEL.get(language, "en")
    if column.kind == MONEY:
        currency = _currency_of(table, row)
        return Money(int(value), currency).format(locale) if currency else str(value)
    if column.kind == INT:
        return format_decimal(int(value), locale=locale)
    if column.kind == PERCENT:
        return format_decimal(value, format="#,##0.0", locale=locale) + " %"
    if column.kind in ("hours", "days", "number"):
        return format_decimal(value, format="#,##0.0", locale=locale)
    if column.kind == DATETIME and isinstance(value, datetime):
        return (value + timedelta(minutes=utc_offset_minutes)).strftime("%Y-%m-%d %H:%M")
    if column.kind == TEXT and column.key in STATUS_KEYS:
        try:
            return label(Status(value), language)
        except ValueError:
            return str(value)
    if column.kind == TEXT and column.key in DELIVERY_KEYS and value in DELIVERY:
        return _(DELIVERY[value])
    return str(value)


def _currency_of(table: ReportTable, row: tuple[Any, ...]) -> str:
    for i, c in enumerate(table.columns):
        if c.key == "currency":
            return str(row[i])
    return ""


def plain(table: ReportTable, column: Column, row: tuple[Any, ...]) -> Any:
    """The machine value for CSV/JSON/XLSX: money in major units as a decimal string, instants ISO."""
    value = row[table.columns.index(column)]
    if value is None:
        return None
    if column.kind == MONEY:
        currency = _currency_of(table, row)
        return str(Money(int(value), currency).decimal) if currency else value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value
