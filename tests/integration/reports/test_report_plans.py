"""The on-time report reads the partial index made for it (migration 0012_handover_index) on a
real PostgreSQL: a WHERE that no longer says the index's condition would silently fall back to
grouping every history row in a hash table. (SQLite keeps grouping off ix_order_history_step:
it cannot read a partial index alone when the condition names a column the index lacks.)"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import event

from orderdesk.db import Database
from orderdesk.services.reports import ReportService
from tests.integration.reports.known_history import QUERY, seed
from tests.support import postgres
from tests.support.components import require


def _on_time_statement(db: Database) -> tuple[str, object]:
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        # A whole year: a range under a quarter first picks the orders that started in it.
        ReportService(db).run("on-time", dataclasses.replace(QUERY, date_from=date(2025, 3, 11)))
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return next((st, p) for st, p in reversed(seen) if "order_history" in st)


def test_on_time_reads_the_handover_index_on_postgresql():
    require(postgres.available(), "PostgreSQL server binaries (Debian package postgresql)")
    with postgres.temporary_server() as url:
        db = Database.open(url)
        try:
            seed(db)
            statement, parameters = _on_time_statement(db)
            with db.engine.connect() as conn:
                cursor = conn.connection.driver_connection.cursor()
                # A handful of rows would be read whole; the question is which index the WHERE can use.
                cursor.execute("SET enable_seqscan = off")
                cursor.execute("EXPLAIN " + statement, parameters)
                plan = " ".join(r[0] for r in cursor.fetchall())
                cursor.close()
        finally:
            db.dispose()
    assert "ix_order_history_handover" in plan, plan
