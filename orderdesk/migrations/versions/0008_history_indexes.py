"""history indexes for reports: when each order reached a status, and the steps within a date range

Revision ID: 0008_history_indexes
Revises: 0006_channels
"""

from alembic import op

revision = "0008_history_indexes"
down_revision = "0006_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (kind, to_value, order_id, at): "when did each order reach paid" is an index-only scan.
    op.create_index("ix_order_history_step", "order_history", ["kind", "to_value", "order_id", "at"])
    # (at): the steps taken within a report's date range.
    op.create_index("ix_order_history_at", "order_history", ["at"])


def downgrade() -> None:
    op.drop_index("ix_order_history_at", table_name="order_history")
    op.drop_index("ix_order_history_step", table_name="order_history")
