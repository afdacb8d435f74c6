"""pg_trgm: trigram index over orders.search_text on PostgreSQL (SQLite has its FTS5 trigram index)

Any fragment of three or more characters is then found through the index, as on SQLite,
instead of reading the whole table. A no-op on SQLite.

Revision ID: 0006_pg_trgm
Revises: 0009_automation
"""

from alembic import op

revision = "0006_pg_trgm"
down_revision = "0009_automation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE INDEX IF NOT EXISTS ix_orders_search_trgm ON orders USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_orders_search_trgm")
