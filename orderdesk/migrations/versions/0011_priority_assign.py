"""orders: a priority flag (shown first in each board column and on the pick list) and the person
the order is assigned to (a user's name, "" = nobody); message templates get a fallback text,
used when a placeholder of the main text has no value for an order

Plain ADD COLUMN on both backends: a batch copy of ``orders`` on SQLite would drop the triggers
that keep ``orders_fts`` in step.

Revision ID: 0011_priority_assign
Revises: 0010_products_fts
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_priority_assign"
down_revision = "0011_history_stay"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("priority", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("orders", sa.Column("assigned_to", sa.String(length=80), nullable=False, server_default=""))
    # A board column reads "priority first, then newest": one index walk per status.
    op.create_index("ix_orders_status_priority_id", "orders", ["status", "priority", "id"])
    op.create_index(op.f("ix_orders_assigned_to"), "orders", ["assigned_to"])
    op.add_column("message_templates", sa.Column("fallback", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("message_templates") as batch:
        batch.drop_column("fallback")
    op.drop_index(op.f("ix_orders_assigned_to"), table_name="orders")
    op.drop_index("ix_orders_status_priority_id", table_name="orders")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("assigned_to")
        batch.drop_column("priority")
