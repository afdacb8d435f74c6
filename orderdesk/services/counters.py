"""Counters shared by several PCs, changed in one SQL statement each so no update is lost.

A read-then-write in Python (``row.last += 1``) loses updates on PostgreSQL under READ
COMMITTED, and creating a missing counter row races on its primary key. Here the row is
created with INSERT … ON CONFLICT DO NOTHING and bumped with UPDATE … RETURNING, which both
backends run atomically (SQLite ≥ 3.35 has RETURNING).
"""

from __future__ import annotations

import importlib

from sqlalchemy import update
from sqlalchemy.orm import Session

from orderdesk.models import OrderCounterRow


def upsert(s: Session):
    """The dialect's INSERT with ON CONFLICT support for this session's database.

    Imported from the dialect in use only: loading the PostgreSQL dialect (with its async
    drivers' modules) costs a SQLite command-line run more than its own query.
    """
    name = "sqlite" if s.get_bind().dialect.name == "sqlite" else "postgresql"
    return importlib.import_module(f"sqlalchemy.dialects.{name}").insert


def order_number_block(s: Session, year: int, count: int) -> list[str]:
    """``count`` consecutive order numbers of ``year`` in one atomic step (a bulk import's orders)."""
    table = OrderCounterRow.__table__
    s.execute(upsert(s)(table).values(year=year, last=0).on_conflict_do_nothing(index_elements=[table.c.year]))
    last = s.execute(
        update(table).where(table.c.year == year).values(last=table.c.last + count).returning(table.c.last)
    ).scalar_one()
    return [f"{year}-{n:06d}" for n in range(last - count + 1, last + 1)]


def next_order_number(s: Session, year: int) -> str:
    """The next human-friendly order number of ``year`` (2026-000123), unique across PCs."""
    table = OrderCounterRow.__table__
    s.execute(upsert(s)(table).values(year=year, last=0).on_conflict_do_nothing(index_elements=[table.c.year]))
    last = s.execute(
        update(table).where(table.c.year == year).values(last=table.c.last + 1).returning(table.c.last)
    ).scalar_one()
    return f"{year}-{last:06d}"


def next_return_number(s: Session, year: int) -> str:
    """The next return number of ``year`` (R-2026-00001), unique across PCs like order numbers."""
    from orderdesk.models_extra import ReturnCounterRow

    table = ReturnCounterRow.__table__
    s.execute(upsert(s)(table).values(year=year, last=0).on_conflict_do_nothing(index_elements=[table.c.year]))
    last = s.execute(
        update(table).where(table.c.year == year).values(last=table.c.last + 1).returning(table.c.last)
    ).scalar_one()
    return f"R-{year}-{last:05d}"
