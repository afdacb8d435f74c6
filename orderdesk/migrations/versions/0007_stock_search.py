"""stock: products' folded search text (SKU and name), so search is a plain LIKE on 50,000 products;
no index on archived (SQLite chose it and then sorted every product instead of walking the SKU index)

Revision ID: 0007_stock_search
Revises: 0006_stock
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007_stock_search"
down_revision = "0006_stock"
branch_labels = None
depends_on = None


def product_search_text(sku: str, name: str) -> str:
    """As services.stock.catalogue.search_text_for wrote it when this migration was made (frozen here)."""
    decomposed = unicodedata.normalize("NFKD", f"{sku} {name}".casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ł", "l").replace("ё", "е")


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch.drop_index("ix_products_archived")
    bind = op.get_bind()
    products = sa.table("products", sa.column("id"), sa.column("sku"), sa.column("name"), sa.column("search_text"))
    for pid, sku, name in bind.execute(sa.select(products.c.id, products.c.sku, products.c.name)).all():
        bind.execute(products.update().where(products.c.id == pid).values(search_text=product_search_text(sku, name)))


def downgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.create_index("ix_products_archived", ["archived"], unique=False)
        batch.drop_column("search_text")
