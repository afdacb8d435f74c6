"""Writing many generated rows at once (benchmark data): plain tuples, no ORM objects.

On SQLite the rows go through the driver's ``executemany`` in one transaction, and the order
search index (FTS5) is filled with one ``INSERT … SELECT`` for the batch instead of by its
per-row trigger (``orders_indexed_after``, which the import's batches use too), which is what
makes a million orders take minutes, not the better part of an hour. The trigger is dropped and
re-created inside the same transaction, so nobody ever sees the table without it. Elsewhere
(PostgreSQL) a Core ``insert`` per table does the job.

History rows get the same treatment (``stays_set_after``): the trigger that stores each status
row's stay (how long the order stayed there, for the reports) looks up and updates the order's
previous step on every insert; a bulk writer instead sets the stays of every order it touched with
one window query at the end, the same numbers the trigger would have stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert

from orderdesk.db import Database

Table = tuple[Any, Sequence[str], Sequence[tuple]]  # (mapped class, column names, rows)

_FTS_INSERT_TRIGGER = "orders_fts_ai"
# The stay triggers of a write that does not delete: an insert, and a re-dated or re-kinded step.
_STAY_TRIGGERS = ("order_history_stay_ai", "order_history_stay_au")
_STEPS = "('status', 'create')"
# The orders whose history rows are above ? (inserted in the block) or listed in ? (a JSON array).
_TOUCHED = "(SELECT order_id FROM order_history WHERE id > ? UNION SELECT value FROM json_each(?))"
# Their steps' stays: the time to the order's next step (by time, then id), in julianday seconds
# as the triggers compute them; any other row of theirs has none.
_SET_STAYS = (
    "UPDATE order_history SET stay_seconds = s.stay FROM ("
    "SELECT id, (julianday(lead(at) OVER w) - julianday(at)) * 86400.0 AS stay FROM order_history "
    "WHERE kind IN " + _STEPS + " AND order_id IN " + _TOUCHED + " "
    "WINDOW w AS (PARTITION BY order_id ORDER BY at, id)) s "
    "WHERE s.id = order_history.id AND order_history.stay_seconds IS NOT s.stay"
)
_CLEAR_STAYS = (
    "UPDATE order_history SET stay_seconds = NULL WHERE stay_seconds IS NOT NULL AND kind NOT IN "
    + _STEPS
    + " AND order_id IN "
    + _TOUCHED
)

Execute = Callable[..., Any]  # (sql, parameters) -> cursor: sqlite3's or SQLAlchemy's exec_driver_sql


@contextmanager
def orders_indexed_after(execute: Execute, order_ids: Sequence[int]) -> Iterator[None]:
    """SQLite, inside a write transaction: the orders ``order_ids`` inserted in the block go into the
    search index with one ``INSERT … SELECT`` at the end instead of by the per-row trigger.

    SQLite runs a trigger's insert as a statement of its own, and FTS5 writes its pending index
    data out at each one: for 5,000 imported orders that was about 0.6 s, against 0.1 s for one
    statement. The trigger is dropped and re-created inside the same transaction, so no other
    connection ever sees the table without it.
    """
    found = execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_INSERT_TRIGGER,))
    trigger = found.fetchone()
    if trigger is None or not order_ids:
        yield
        return
    execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}", ())
    try:
        yield
    finally:
        # Also after a failure: a batch is written row by row (executemany), and whatever of it a
        # caller keeps must be in the index.
        execute(
            "INSERT INTO orders_fts(rowid, search_text) SELECT id, search_text FROM orders "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([int(i) for i in order_ids]),),
        )
        execute(trigger[0], ())


@contextmanager
def stays_set_after(execute: Execute, order_ids: Sequence[int] = ()) -> Iterator[None]:
    """SQLite, inside a write transaction: the history rows inserted in the block, and the steps of
    ``order_ids`` re-dated in it, get their stays (and their orders' other steps theirs) from one
    window query at the end instead of the per-row triggers.

    The insert and update triggers are dropped and re-created inside the same transaction: no
    other connection ever sees the table without them. ``execute`` runs SQL with ``?`` parameters
    on that connection. Deleting history rows in the block is not covered (its trigger stays on).
    """
    marks = ", ".join("?" for _ in _STAY_TRIGGERS)
    found = execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", _STAY_TRIGGERS)
    triggers = found.fetchall()
    if not triggers:  # a database from before the stays: nothing to keep
        yield
        return
    first = execute("SELECT coalesce(max(id), 0) FROM order_history", ()).fetchone()[0]
    for name, _sql in triggers:
        execute(f"DROP TRIGGER {name}", ())
    try:
        yield
    finally:
        # Also after a failure, as ``orders_indexed_after``: a caller that keeps what was written
        # keeps sound stays and the triggers for the next writer.
        listed = json.dumps([int(i) for i in order_ids])
        execute(_SET_STAYS, (first, listed))
        execute(_CLEAR_STAYS, (first, listed))
        for _name, sql in triggers:
            execute(sql, ())


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
        new_orders = [row[list(columns).index("id")] for model, columns, rows in tables
                      if model.__table__.name == "orders" for row in rows]  # fmt: skip
        with orders_indexed_after(con.execute, new_orders), stays_set_after(con.execute):
            _insert_all(con, dialect, tables)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert_all(con, dialect, tables: Sequence[Table]) -> None:
    """Each table's rows with one executemany."""
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


def _converted(row: tuple, processors: list[tuple[int, Any]]) -> tuple:
    values = list(row)
    for index, proc in processors:
        if values[index] is not None:
            values[index] = proc(values[index])
    return tuple(values)
