"""A report cell as a reader sees it: money with its currency, hours and shares in the
language's number format, status keys as words. Used by the window, the CLI table and the PDF."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from orderdesk.i18n import N_, _
from orderdesk.money import Money
from orderdesk.services.reports.base import DATE, DATETIME, INT, MONEY, PERCENT, TEXT, Column, ReportTable
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
# Where an order came from (orders' source) and how a message went (outbox channel); a store's
# own name is shown as it is. The same words as the order's history (services/history_text.py).
CHANNEL_KEYS = ("channel",)
CHANNELS = {
    "web": N_("web store"),
    "phone": N_("phone"),
    "import": N_("file import"),
    "demo": N_("demo"),
    "manual": N_("entered by hand"),
    "email": N_("e-mail"),
    "sms": N_("SMS"),
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
    if column.kind == DATE:
        return day_text(value, language)
    if column.kind == DATETIME and isinstance(value, datetime):
        local = value + timedelta(minutes=utc_offset_minutes)
        return f"{day_text(local.date(), language)} {local:%H:%M}"
    if column.kind == TEXT and column.key in STATUS_KEYS:
        try:
            return label(Status(value), language)
        except ValueError:
            return str(value)
    if column.kind == TEXT and column.key in DELIVERY_KEYS and value in DELIVERY:
        return _(DELIVERY[value])
    if column.kind == TEXT and column.key in CHANNEL_KEYS and value in CHANNELS:
        return _(CHANNELS[value])
    return str(value)


def day_text(value: date | str, language: str) -> str:
    """A day as the language writes it short (02.03.2026, 2026/3/2); English keeps ISO
    (2026-03-02), which reads the same to an English-speaking shop in any country."""
    if isinstance(value, datetime):
        value = value.date()
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if language not in _BABEL or language == "en":
        return day.isoformat()
    return format_date(day, "short", locale=_BABEL[language])


def babel_locale(language: str) -> str:
    return _BABEL.get(language, "en")


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
