"""Ids for new rows taken before they are written, so many rows go in with one executemany.

Without its id a new row must come back from the database with it (RETURNING), and SQLAlchemy
writes such rows one INSERT each on SQLite, whose RETURNING does not keep the rows' order. Ids
taken first are safe from other writers: on SQLite the write transaction holds the database's
lock (``BEGIN IMMEDIATE``), on PostgreSQL each id comes from the table's own sequence.
"""

from __future__ import annotations

from sqlalchemy import func, select, text


def new_ids(s, model, count: int) -> list[int]:
    """``count`` unused ids of ``model``'s table, in ascending order; inside a write transaction."""
    if count == 0:
        return []
    table = model.__table__
    # No autoflush: the rows waiting for these ids must not be written (numbered) by the query.
    with s.no_autoflush:
        if s.get_bind().dialect.name == "postgresql":
            sequence = s.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
            query = text("SELECT nextval(:s) FROM generate_series(1, :n)")
            return list(s.scalars(query, {"s": sequence, "n": count}))
        top = s.scalar(select(func.max(table.c.id))) or 0
    return list(range(top + 1, top + count + 1))
