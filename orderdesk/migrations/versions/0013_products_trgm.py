"""products_trgm: trigram index over products.search_text on PostgreSQL (SQLite has products_fts)

A product search for a fragment of three or more characters that few products hold then reads
those products through the index, as on SQLite, instead of all 50,000. A no-op on SQLite.

Revision ID: 0013_products_trgm
Revises: 0012_return_photos
"""

from alembic import op

revision = "0013_products_trgm"
down_revision = "0012_return_photos"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # fastupdate off: a search right after a CSV import of many products reads the index, not a
    # pending list the size of the import (the planner then chose a full scan until a VACUUM).
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_products_search_trgm ON products "
        "USING gin (search_text gin_trgm_ops) WITH (fastupdate = off)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_products_search_trgm")
