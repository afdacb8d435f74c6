"""Writing many generated rows at once (benchmark data): plain tuples, no ORM objects.

On SQLite the rows go through the driver's ``executemany`` in one transaction, and the order
search index (FTS5) is filled with one ``INSERT … SELECT`` for the batch instead of by its
per-row trigger, which is what makes a million orders take minutes, not the better part of an
hour. The trigger is dropped and re-created inside the same transaction, so nobody ever sees
the table without it. Elsewhere (PostgreSQL) a Core ``insert`` per table does the job.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert

from orderdesk.db import Database

Table = tuple[Any, Sequence[str], Sequence[tuple]]  # (mapped class, column names, rows)

_FTS_INSERT_TRIGGER = "orders_fts_ai"


def bulk_write(db: Database, tables: Sequence[Table]) -> None:
    """Insert every table's rows (in the order given, so foreign keys resolve) in one transaction."""
    if not db.is_sqlite:
        with db.session(write=True) as s:
            for model, columns, rows in tables:
                if rows:
                    s.execute(insert(model), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    raw = db.engine.raw_connection()
    try:
        _sqlite_write(raw.driver_connection, db.engine.dialect, tables)
    finally:
        raw.close()


def _sqlite_write(con, dialect, tables: Sequence[Table]) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        trigger = con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_INSERT_TRIGGER,)
        ).fetchone()
        orders_ids: list[int] = []
        if trigger:
            con.execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
        for model, columns, rows in tables:
            if not rows:
                continue
            table = model.__table__
            # The column types' own converters (datetimes as SQLAlchemy writes them, JSON, booleans).
            processors = [
                (index, proc)
                for index, name in enumerate(columns)
                if (proc := table.c[name].type.bind_processor(dialect)) is not None
            ]
            if processors:
                rows = [_converted(row, processors) for row in rows]
            marks = ", ".join("?" for _ in columns)
            con.executemany(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", rows)
            if table.name == "orders":
                id_index = list(columns).index("id")
                orders_ids += [row[id_index] for row in rows]
        if trigger:
            if orders_ids:
                con.execute(
                    "INSERT INTO orders_fts(rowid, search_text) SELECT id, search_text FROM orders "
                    "WHERE id BETWEEN ? AND ?",
                    (min(orders_ids), max(orders_ids)),
                )
            con.execute(trigger[0])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _converted(row: tuple, processors: list[tuple[int, Any]]) -> tuple:
    values = list(row)
    for index, proc in processors:
        if values[index] is not None:
            values[index] = proc(values[index])
    return tuple(values)
