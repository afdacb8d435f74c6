"""A new SQLite database's schema in one transaction, instead of replaying every migration.

Replaying Alembic's migrations on a new file takes about half a second (importing Alembic,
running each script, SQLite's batch-mode table copies), which every new database paid: the
demo, a shop's first start, every test's database. The schema the migrations end in is written
down in ``migrations/sqlite_schema.sql``: the statement SQLite keeps for each table, index,
trigger and virtual table, in the order the migrations created them, and the revision rows.
A new, empty SQLite database gets that; any database with something in it is migrated by
Alembic as before, and so is a new one when the snapshot's revisions are not this version's
heads (a migration added without writing the snapshot again).

A test migrates a new file with Alembic and requires exactly the schema and revisions the
snapshot makes. After adding a migration, write the snapshot again:
``python scripts/write_sqlite_schema.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from orderdesk.revisions import VERSION_TABLE, head_revisions

SNAPSHOT = Path(__file__).resolve().parent / "migrations" / "sqlite_schema.sql"
_HEADS = "-- heads: "
# The tables SQLite makes for an FTS5 table by itself (https://sqlite.org/fts5.html, "shadow tables").
_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def snapshot_of(connection: sqlite3.Connection) -> str:
    """The snapshot text for the schema of ``connection``'s database (a migrated one)."""
    objects = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = [name for kind, name, sql in objects if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]
    shadows = {f"{name}{suffix}" for name in virtual for suffix in _FTS5_SHADOWS}
    heads = sorted(row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}"))
    lines = [
        "-- The schema a new SQLite database gets: what the migrations make, in their order.",
        "-- Written by scripts/write_sqlite_schema.py; a test compares it with the migrations.",
        _HEADS + " ".join(heads),
        "",
    ]
    lines += [f"{sql};" for _kind, name, sql in objects if name not in shadows]
    lines += [f"INSERT INTO {VERSION_TABLE} (version_num) VALUES ('{head}');" for head in heads]
    return "\n".join(lines) + "\n"


def _statements(text: str) -> tuple[set[str], list[str]]:
    """(the snapshot's head revisions, its statements); a trigger's inner ``;`` does not end one."""
    heads: set[str] = set()
    statements: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if not current and line.startswith("--"):
            if line.startswith(_HEADS):
                heads = set(line[len(_HEADS) :].split())
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return heads, statements


def create_from_snapshot(connection: sqlite3.Connection) -> bool:
    """Give a new, empty database the schema; False (nothing done) if it is not empty or the
    snapshot is not of this version's head revisions. ``connection`` must be outside a transaction.

    The emptiness check and the statements are one write transaction, so processes opening the
    same new file at once make its schema once; the others find it made.
    """
    try:
        heads, statements = _statements(SNAPSHOT.read_text(encoding="utf-8"))
    except OSError:
        return False
    if not heads or heads != set(head_revisions()):
        return False
    connection.execute("BEGIN IMMEDIATE")
    try:
        if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            connection.execute("ROLLBACK")
            return False
        for statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return True
