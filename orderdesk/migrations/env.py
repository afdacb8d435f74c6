"""Alembic environment: run from code at start-up (``Database.upgrade``) or by the alembic CLI."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from orderdesk.schema import metadata

config = context.config
target_metadata = metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 index and its shadow tables (SQLite) and the trigram index (PostgreSQL) are
    # created by hand in the migrations.
    if type_ == "index" and name == "ix_orders_search_trgm":
        return False
    return not (type_ == "table" and name.startswith("orders_fts"))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
