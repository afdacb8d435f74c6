"""stock: a trigram search index over products.search_text (SQLite), so a search that matches few
of 50,000 products does not read them all

Triggers keep it in step with every write, whoever makes it (as orders_fts does for orders).

Revision ID: 0010_products_fts
Revises: 0006_live_updates
"""

from alembic import op

revision = "0010_products_fts"
down_revision = "0006_live_updates"  # chained after the PostgreSQL search and live-update migrations
branch_labels = None
depends_on = None

FTS_SQL = (
    "CREATE VIRTUAL TABLE products_fts USING fts5(search_text, content='products', content_rowid='id', "
    "tokenize='trigram case_sensitive 0')",
    "CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN "
    "INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN "
    "INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER products_fts_au AFTER UPDATE OF search_text ON products BEGIN "
    "INSERT INTO products_fts(products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO products_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO products_fts(products_fts) VALUES ('rebuild')",  # the products already there
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_SQL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("products_fts_ai", "products_fts_ad", "products_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS products_fts")
