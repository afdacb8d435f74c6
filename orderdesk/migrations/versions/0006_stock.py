"""stock: movements ledger, several barcodes per product, catalogue fields, purchase orders

Existing counters get an opening ledger row each (a count for on hand, a reservation for
reserved), so the ledger sums equal the counters from the first day.

Revision ID: 0006_stock
Revises: 0005_merge
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_stock"
down_revision = "0006_leases"  # chained after the other 0006 migrations
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("supplier", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("reorder_point", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reorder_quantity", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_index(batch.f("ix_products_supplier"), ["supplier"], unique=False)
        batch.create_index(batch.f("ix_products_archived"), ["archived"], unique=False)

    op.create_table(
        "product_barcodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_barcodes_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_barcodes")),
        sa.UniqueConstraint("code", name=op.f("uq_product_barcodes_code")),
    )
    op.create_index(op.f("ix_product_barcodes_product_id"), "product_barcodes", ["product_id"], unique=False)

    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("on_hand_after", sa.Integer(), nullable=False),
        sa.Column("reserved_after", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("document", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_stock_movements_order_id_orders"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_stock_movements_product_id_products"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    op.create_index(op.f("ix_stock_movements_order_id"), "stock_movements", ["order_id"], unique=False)
    op.create_index("ix_stock_movements_product_id_id", "stock_movements", ["product_id", "id"], unique=False)

    op.create_table(
        "purchase_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("supplier", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_purchase_orders_number")),
    )
    op.create_index(op.f("ix_purchase_orders_status"), "purchase_orders", ["status"], unique=False)
    op.create_table(
        "purchase_order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchase_order_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purchase_order_id"],
            ["purchase_orders.id"],
            name=op.f("fk_purchase_order_lines_purchase_order_id_purchase_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_purchase_order_lines_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_order_lines")),
    )
    op.create_index(
        op.f("ix_purchase_order_lines_purchase_order_id"), "purchase_order_lines", ["purchase_order_id"], unique=False
    )
    op.create_index(op.f("ix_purchase_order_lines_product_id"), "purchase_order_lines", ["product_id"], unique=False)

    # Existing data: each barcode in the new table (the first product keeps a code two shared),
    # and opening ledger rows so the counters equal the ledger sums.
    op.execute(
        "INSERT INTO product_barcodes (product_id, code) "
        "SELECT MIN(id), barcode FROM products WHERE barcode <> '' GROUP BY barcode"
    )
    op.execute(
        "INSERT INTO stock_movements (product_id, kind, quantity, on_hand_after, reserved_after, at, actor, "
        "reason, order_id, document) SELECT id, 'counted', stock_on_hand, stock_on_hand, 0, CURRENT_TIMESTAMP, "
        "'migration', 'opening balance', NULL, '' FROM products WHERE stock_on_hand <> 0"
    )
    op.execute(
        "INSERT INTO stock_movements (product_id, kind, quantity, on_hand_after, reserved_after, at, actor, "
        "reason, order_id, document) SELECT id, 'reserved', reserved, stock_on_hand, reserved, CURRENT_TIMESTAMP, "
        "'migration', 'opening balance', NULL, '' FROM products WHERE reserved <> 0"
    )


def downgrade() -> None:
    op.drop_table("purchase_order_lines")
    op.drop_table("purchase_orders")
    op.drop_index("ix_stock_movements_product_id_id", table_name="stock_movements")
    op.drop_table("stock_movements")
    op.drop_table("product_barcodes")
    with op.batch_alter_table("products") as batch:
        batch.drop_index(batch.f("ix_products_archived"))
        batch.drop_index(batch.f("ix_products_supplier"))
        batch.drop_column("archived")
        batch.drop_column("reorder_quantity")
        batch.drop_column("reorder_point")
        batch.drop_column("supplier")
