"""What every report is made of: the query's filters, the resulting table, and SQL helpers that
read the same on SQLite and PostgreSQL (aggregates run in the database, never in Python loops)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from orderdesk.models import HistoryRow, OrderRow

# Column kinds decide formatting in the window, the CLI and the exports.
TEXT, INT, MONEY, HOURS, DAYS, PERCENT, DATE, DATETIME = (
    "text",
    "int",
    "money",
    "hours",
    "days",
    "percent",
    "date",
    "datetime",
)


def local_offset_minutes() -> int:
    """This PC's offset from UTC now: days in reports are the shop's local days."""
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


@dataclass(frozen=True)
class ReportQuery:
    """The filters of one run: a date range in the shop's local days (both ends included)."""

    date_from: date
    date_to: date
    delivery_method: str | None = None
    channel: str | None = None  # the order's source (phone, web, import, or a store's name)
    utc_offset_minutes: int = 0  # local time = UTC + offset; days are the shop's days
    now: datetime | None = None  # naive UTC; fixed in tests

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.date_from, time()) - timedelta(minutes=self.utc_offset_minutes)

    @property
    def end_utc(self) -> datetime:
        """Exclusive: the first instant after the last day."""
        return datetime.combine(self.date_to + timedelta(days=1), time()) - timedelta(minutes=self.utc_offset_minutes)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT


@dataclass(frozen=True)
class Chart:
    """How the window and the PDF draw the table: bars or lines of ``series`` over ``x``."""

    kind: str  # "bar" or "line"
    x: str
    series: tuple[str, ...]
    group: str | None = None  # a text column whose values become separate series
    x2: str | None = None  # a second text column named beside x ("SMS · twilio"), when not empty


@dataclass
class ReportTable:
    name: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    chart: Chart | None = None
    note: str = ""

    def as_dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: Callable[[], str]  # translated when asked, in the current language
    run: Callable[[Session, ReportQuery], ReportTable]


class Dialect:
    """The few SQL expressions SQLite and PostgreSQL spell differently."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def seconds(self, start: Any, end: Any) -> ColumnElement[float]:
        if self.sqlite:
            return (func.julianday(end) - func.julianday(start)) * 86400.0
        return func.extract("epoch", end - start)

    def local_day(self, at: Any, offset_minutes: int) -> ColumnElement[str]:
        if self.sqlite:
            return func.date(at, f"{offset_minutes:+d} minutes")
        return func.to_char(at + literal_column(f"interval '{int(offset_minutes)} minutes'"), "YYYY-MM-DD")

    def local_week(self, at: Any, offset_minutes: int) -> ColumnElement[str]:
        """The Monday that starts the (local) week, as YYYY-MM-DD."""
        if self.sqlite:
            return func.date(at, f"{offset_minutes:+d} minutes", "weekday 0", "-6 days")
        shifted = at + literal_column(f"interval '{int(offset_minutes)} minutes'")
        return func.to_char(func.date_trunc("week", shifted), "YYYY-MM-DD")

    def local_hour(self, at: Any, offset_minutes: int) -> ColumnElement[str]:
        if self.sqlite:
            return func.strftime("%Y-%m-%d %H:00", at, f"{offset_minutes:+d} minutes")
        shifted = at + literal_column(f"interval '{int(offset_minutes)} minutes'")
        return func.to_char(shifted, "YYYY-MM-DD HH24:00")


def order_filters(query: ReportQuery) -> list[ColumnElement[bool]]:
    """The delivery-method and channel filters, on the orders table."""
    where: list[ColumnElement[bool]] = []
    if query.delivery_method:
        where.append(OrderRow.delivery_method == query.delivery_method)
    if query.channel:
        where.append(OrderRow.source == query.channel)
    return where


def in_range(column: Any, query: ReportQuery) -> ColumnElement[bool]:
    return and_(column >= query.start_utc, column < query.end_utc)


def status_reached(to_status: str, name: str) -> Select:
    """(order_id, at): the first time each order reached ``to_status``, from the history."""
    return (
        select(HistoryRow.order_id.label("order_id"), func.min(HistoryRow.at).label("at"))
        .where(HistoryRow.kind == "status", HistoryRow.to_value == to_status)
        .group_by(HistoryRow.order_id)
        .subquery(name)
    )


def percentiles(values: Select, group_keys: Sequence[str], value_key: str, name: str) -> Select:
    """Median and 90th percentile (nearest rank) of ``value_key`` per group, in SQL.

    Nearest-rank needs only window functions (SQLite 3.25+, PostgreSQL), so both backends give
    the same numbers: the rank is ceil(n * p / 100), written as integer arithmetic.
    """
    sub = values.subquery(f"{name}_values")
    parts = [sub.c[k] for k in group_keys]
    ranked = select(
        *parts,
        sub.c[value_key].label("v"),
        func.row_number().over(partition_by=parts, order_by=sub.c[value_key]).label("rn"),
        # The same window as the rank (whole partition as frame): one sort for both, not two.
        func.count().over(partition_by=parts, order_by=sub.c[value_key], rows=(None, None)).label("n"),
    ).subquery(f"{name}_ranked")
    rk = [ranked.c[k] for k in group_keys]
    rank50 = (ranked.c.n * 50 + 99) // 100
    rank90 = (ranked.c.n * 90 + 99) // 100
    return select(
        *rk,
        func.max(ranked.c.n).label("n"),
        func.max(case((ranked.c.rn == rank50, ranked.c.v))).label("p50"),
        func.max(case((ranked.c.rn == rank90, ranked.c.v))).label("p90"),
    ).group_by(*rk)
