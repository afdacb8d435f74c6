"""Write orderdesk/migrations/sqlite_schema.sql again after adding a migration.

A new SQLite database gets its schema from that file (``orderdesk.fresh_schema``); this migrates
a new file with Alembic and writes what the migrations made. Run: ``python scripts/write_sqlite_schema.py``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from orderdesk.db import Database
from orderdesk.fresh_schema import SNAPSHOT, snapshot_of


def migrated_snapshot() -> str:
    """The snapshot text of a new file migrated by Alembic."""
    with tempfile.TemporaryDirectory(prefix="orderdesk-schema-") as folder:
        path = Path(folder) / "schema.sqlite3"
        db = Database.open(path, migrate=False)
        try:
            db.upgrade(from_snapshot=False)
        finally:
            db.dispose()
        connection = sqlite3.connect(path)
        try:
            return snapshot_of(connection)
        finally:
            connection.close()


if __name__ == "__main__":
    SNAPSHOT.write_text(migrated_snapshot(), encoding="utf-8")
    print(f"Wrote {SNAPSHOT.name}")
