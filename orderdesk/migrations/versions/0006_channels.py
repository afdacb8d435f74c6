"""sales channels (web stores): channels, the store's ids and status on orders, store pushes

Revision ID: 0006_channels
Revises: 0005_merge
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_channels"
down_revision = "0007_stock_search"  # chained after the stock migrations
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("base_url", sa.String(length=300), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("cursor", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channels")),
        sa.UniqueConstraint("name", name=op.f("uq_channels_name")),
    )
    # Plain ADD COLUMN: no table rebuild on SQLite, so the orders table keeps its search triggers.
    # No foreign key on channel_id for the same reason (SQLite cannot add one to an existing
    # table); a channel is switched off, never deleted, so its orders keep pointing at it.
    op.add_column("orders", sa.Column("channel_id", sa.Integer(), nullable=True))
    op.add_column("orders", sa.Column("external_number", sa.String(length=40), nullable=False, server_default=""))
    op.add_column("orders", sa.Column("store_status", sa.String(length=40), nullable=False, server_default=""))
    op.add_column("orders", sa.Column("store_modified", sa.String(length=30), nullable=False, server_default=""))
    op.create_index("uq_orders_channel_external", "orders", ["channel_id", "external_id"], unique=True)
    op.create_table(
        "store_pushes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=100), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=True),
        sa.Column("outcome_unknown", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channels.id"], name=op.f("fk_store_pushes_channel_id_channels"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_store_pushes_order_id_orders"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_pushes")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_store_pushes_idempotency_key")),
    )
    op.create_index(op.f("ix_store_pushes_channel_id"), "store_pushes", ["channel_id"])
    op.create_index(op.f("ix_store_pushes_order_id"), "store_pushes", ["order_id"])
    op.create_index(op.f("ix_store_pushes_status"), "store_pushes", ["status"])


def downgrade() -> None:
    op.drop_table("store_pushes")
    op.drop_index("uq_orders_channel_external", table_name="orders")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("store_modified")
        batch.drop_column("store_status")
        batch.drop_column("external_number")
        batch.drop_column("channel_id")
    op.drop_table("channels")
